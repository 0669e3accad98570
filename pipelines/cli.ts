#!/usr/bin/env -S node --single-threaded-gc
// --single-threaded-gc: V8 collects on the thread that allocates. With a worker on every core, its helper
// threads only took turns with the workers (README, "Speed and memory"); `npm start` passes it too.
import { HELP, parseCli } from '../src/cli/args.js';
import { createReporter, type Reporter } from '../src/cli/progress.js';
import { WhosaidError } from '../src/errors.js';
import { TOOL_VERSION } from '../src/paths.js';
import { runWhosaid } from './whosaid.js';

/** Exit code for a bug in whosaid (EX_SOFTWARE). */
const EXIT_INTERNAL = 70;

async function main(argv: readonly string[]): Promise<number> {
  let reporter: Reporter = createReporter({ quiet: false, logFormat: 'text' });
  try {
    const options = parseCli(argv);
    reporter = createReporter(options);
    if (options.help) {
      process.stdout.write(HELP);
      return 0;
    }
    if (options.version) {
      process.stdout.write(`whosaid ${TOOL_VERSION}\n`);
      return 0;
    }
    const started = performance.now();
    const report = await runWhosaid({ ...options, onProgress: (event) => reporter.progress(event) });
    reporter.finish(report, (performance.now() - started) / 1000);
    return report.exitCode;
  } catch (error) {
    if (error instanceof WhosaidError) {
      reporter.error(error.message, error.code);
      return error.exitCode;
    }
    reporter.error(`internal error, please report it: ${error instanceof Error ? error.stack : String(error)}`, 'E_INTERNAL');
    return EXIT_INTERNAL;
  }
}

process.exitCode = await main(process.argv.slice(2));
