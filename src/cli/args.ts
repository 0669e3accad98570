import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';

export interface CliOptions {
  readonly inputs: readonly string[];
  readonly out: string;
  readonly quiet: boolean;
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
  -o, --out DIR     output folder (default: ${DEFAULT_OUT})
  -q, --quiet       print nothing but errors
  -h, --help        show this help
  -v, --version     show the version

Output (in DIR)
  articles, duplicates, entities, mentions, quotes, relations  as .csv and .jsonl
  run.json                                                     inputs, counts, timings, diagnostics

Exit codes
  0  every input was processed
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
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; run with --help to see the options`, { cause: error });
  }
  const { values, positionals } = parsed;
  if (values.out === '') throw new UsageError('--out expects a folder, got an empty string');
  return {
    inputs: positionals.length > 0 ? positionals : DEFAULT_INPUTS,
    out: values.out ?? DEFAULT_OUT,
    quiet: values.quiet,
    help: values.help,
    version: values.version,
  };
}
