#!/usr/bin/env node
import { HELP, parseCli } from '../src/cli/args.js';
import { summaryLine } from '../src/cli/summary.js';
import { WhosaidError } from '../src/errors.js';
import { TOOL_VERSION } from '../src/paths.js';
import { runWhosaid } from './whosaid.js';

async function main(argv: readonly string[]): Promise<number> {
  const options = parseCli(argv);
  if (options.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`whosaid ${TOOL_VERSION}\n`);
    return 0;
  }
  const started = performance.now();
  const report = await runWhosaid({ inputs: options.inputs, out: options.out });
  if (!options.quiet || report.exitCode !== 0) process.stderr.write(`${summaryLine(report, (performance.now() - started) / 1000)}\n`);
  return report.exitCode;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof WhosaidError) {
      process.stderr.write(`whosaid: ${error.message}\n`);
      process.exitCode = error.exitCode;
    } else {
      process.stderr.write(`whosaid: internal error, please report it: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 70;
    }
  },
);
