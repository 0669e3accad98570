#!/usr/bin/env node
import { HELP, parseCli } from '../src/cli/args.js';
import { createReporter, type Reporter, workerLog } from '../src/cli/progress.js';
import { WhosaidError } from '../src/core/errors.js';
import { TOOL_VERSION } from '../src/io/paths.js';
import { exportWhosaid, pruneWhosaid, runWhosaid, workWhosaid } from './whosaid.js';

/** Exit code for a bug in whosaid (EX_SOFTWARE). */
const EXIT_INTERNAL = 70;

async function main(argv: readonly string[]): Promise<number> {
  let reporter: Reporter = createReporter({ quiet: false, logFormat: 'text' });
  try {
    const command = parseCli(argv);
    reporter = createReporter(command);
    switch (command.command) {
      case 'help':
        process.stdout.write(HELP);
        return 0;
      case 'version':
        process.stdout.write(`whosaid ${TOOL_VERSION}\n`);
        return 0;
      case 'export': {
        const report = exportWhosaid(command);
        reporter.info(`exported runs ${report.firstRun}-${report.lastRun}: ${report.counts['articles']} articles, ${report.counts['quotes']} quotes → ${command.out}/`, { ...report });
        return 0;
      }
      case 'prune': {
        const pruned = await pruneWhosaid(command);
        reporter.info(`pruned ${pruned.runs} runs and ${pruned.articles} articles from ${command.dir}`, pruned);
        return 0;
      }
      case 'worker': {
        const stop = new AbortController();
        for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => stop.abort());
        await workWhosaid({ ...command, log: workerLog(command), stop: stop.signal });
        return 0;
      }
      case 'run': {
        const started = performance.now();
        const report = await runWhosaid({ ...command, onProgress: (event) => reporter.progress(event), onNotice: (message) => reporter.info(message) });
        reporter.finish(report, (performance.now() - started) / 1000);
        return report.exitCode;
      }
    }
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
