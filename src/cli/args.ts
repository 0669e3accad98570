import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';

export type LogFormat = 'text' | 'json';

export interface CliOptions {
  readonly inputs: readonly string[];
  readonly out: string;
  readonly full: boolean;
  readonly concurrency: number;
  readonly maxInputMb: number;
  readonly quiet: boolean;
  readonly logFormat: LogFormat;
  readonly help: boolean;
  readonly version: boolean;
}

/** Inputs when none are given. @default data/raw */
export const DEFAULT_INPUTS = ['data/raw'];
/** Output folder when --out is not given. @default out */
export const DEFAULT_OUT = 'out';

export const HELP = `whosaid: people, places, organizations, quotations and their speakers from English news

Usage
  whosaid [files or folders...] [options]
  npm start -- [files or folders...] [options]

Inputs
  .txt (or any other name)  news dumps: headline, caption, TT line, repeated header, body
  .jsonl / .ndjson          one article a line: {"id", "title", "text", "url", "date"}
  Folders are read recursively. Without inputs: ${DEFAULT_INPUTS.join(' ')}

Options
  -o, --out DIR          output folder (default: ${DEFAULT_OUT})
      --full             forget earlier runs into DIR and analyse every input again
  -j, --concurrency N    worker threads (default: ${availableParallelism()}, the cores of this machine)
      --max-input-mb N   skip input files larger than N MB, with a diagnostic (default: 32)
  -q, --quiet            print nothing but errors
      --log-format F     text (default) or json: one JSON object a line on stderr
  -h, --help             show this help
  -v, --version          show the version

Runs are incremental: DIR keeps each input's analysis, and a second run into the same DIR analyses only new
or changed inputs, then merges everything merged before plus this run's inputs. A run that is killed
resumes where it stopped.

Output (in DIR)
  articles, duplicates, entities, mentions, quotes, relations  as .csv and .jsonl
  graph/                                                       Neo4j bulk-import files
  run.json                                                     inputs, counts, timings, diagnostics

Exit codes
  0  every input of this run was processed
  1  some input failed or was read with errors (see run.json); the rest was still written
  2  usage or configuration error
`;

/** Parses the command line; a wrong option is a UsageError that names it and says what was expected. */
export function parseCli(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        full: { type: 'boolean', default: false },
        concurrency: { type: 'string', short: 'j' },
        'max-input-mb': { type: 'string', default: '32' },
        quiet: { type: 'boolean', short: 'q', default: false },
        'log-format': { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; run with --help to see the options`, { cause: error });
  }
  const { values, positionals } = parsed;
  if (values.out === '') throw new UsageError('--out expects a folder, got an empty string');
  const concurrency = values.concurrency === undefined ? availableParallelism() : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new UsageError(`--concurrency expects a whole number of threads of 1 or more, got "${values.concurrency}"`);
  }
  const maxInputMb = Number(values['max-input-mb']);
  if (!(maxInputMb > 0)) throw new UsageError(`--max-input-mb expects a number of megabytes above 0, got "${values['max-input-mb']}"`);
  const logFormat = values['log-format'];
  if (logFormat !== 'text' && logFormat !== 'json') throw new UsageError(`--log-format expects text or json, got "${logFormat}"`);
  return {
    inputs: positionals.length > 0 ? positionals : DEFAULT_INPUTS,
    out: values.out ?? DEFAULT_OUT,
    full: values.full,
    concurrency,
    maxInputMb,
    quiet: values.quiet,
    logFormat,
    help: values.help,
    version: values.version,
  };
}
