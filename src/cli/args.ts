import { availableParallelism } from 'node:os';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from '../core/errors.js';

export type LogFormat = 'text' | 'json';

/** How the run talks to whoever watches it. */
export interface Output {
  readonly quiet: boolean;
  readonly logFormat: LogFormat;
}

/** What the command line asks for: a night (the default), an export, a prune, help or the version. */
export type Command =
  | ({ readonly command: 'run' } & RunCommand & Output)
  | ({ readonly command: 'export'; readonly dir: string; readonly out: string; readonly since?: string; readonly until?: string } & Output)
  | ({ readonly command: 'prune'; readonly dir: string; readonly before: string; readonly wait: boolean } & Output)
  | ({ readonly command: 'worker'; readonly queue: string; readonly concurrency: number } & Output)
  | ({ readonly command: 'help' } & Output)
  | ({ readonly command: 'version' } & Output);

export interface RunCommand {
  readonly inputs: readonly string[];
  readonly out: string;
  readonly full: boolean;
  readonly concurrency: number;
  readonly maxInputMb: number;
  readonly dedupeDays?: number;
  readonly wait: boolean;
  readonly report: boolean;
  /** The fleet's queue: the run coordinates and `whosaid worker`s analyse. */
  readonly queue?: string;
}

/** Inputs when none are given. @default data/raw */
export const DEFAULT_INPUTS = ['data/raw'];
/** Output folder when --out is not given. @default out */
export const DEFAULT_OUT = 'out';

export const HELP = `whosaid: people, places, organizations, quotations and their speakers from English news

Usage
  whosaid [files or folders...] [options]      a night: analyse what is new, write its tables into --out
  whosaid export DIR --out X [--since R] [--until R]
                                               the tables of any range of DIR's history into X
  whosaid prune DIR --before DATE              drop the runs that started before DATE from DIR's store
  whosaid worker --queue URL [-j N]            analyse the batches of a fleet's runs until stopped (SIGTERM)
  npm start -- [files or folders...] [options]

Inputs
  .txt (or any other name)  news dumps: headline, caption, TT line, repeated header, body
  .jsonl / .ndjson          one article a line: {"id", "title", "text", "url", "date", "caption"}
  Folders are read recursively. Without inputs: ${DEFAULT_INPUTS.join(' ')}

Options of a night
  -o, --out DIR          output folder (default: ${DEFAULT_OUT}); its store is DIR/.whosaid/
      --full             forget DIR's store and analyse every input again
  -j, --concurrency N    worker threads (default: ${availableParallelism()}, the cores of this machine)
      --max-input-mb N   skip input files larger than N MB, with a diagnostic (default: 32)
      --dedupe-days N    look for near duplicates among the last N days only (default: all history)
      --wait             wait for another run that holds DIR instead of exiting with 75
      --no-report        do not write report.html
      --queue URL        coordinate a fleet: the batches go to the \`whosaid worker\`s of this Redis
                         (redis://HOST:PORT, or rediss://USER:PASSWORD@HOST:PORT for TLS; a private CA
                         in NODE_EXTRA_CA_CERTS); the password is never shown
  -q, --quiet            print nothing but errors
      --log-format F     text (default) or json: one JSON object a line on stderr
  -h, --help             show this help
  -v, --version          show the version

A night analyses only what DIR's store has not seen (inputs by the sha256 of their bytes, articles by their
words) and its tables hold what it added: new articles with their mentions, quotes and relations, the
duplicates found tonight, the entities they changed. R is a run number or a date (2026-11-28).

Output (in DIR)
  articles, duplicates, entities, mentions, quotes, relations, who-said-what   as .csv and .jsonl
  graph/      Neo4j bulk-import files and load.cypher (LOAD CSV + MERGE of the night)
  report.html the night at a glance      run.json   inputs, counts, timings, diagnostics

Exit codes
  0   every input of this run was processed
  1   some input failed or was read with errors (see run.json); the rest was written
  2   usage or configuration error (bad option, unusable output folder), the fleet's Redis
      unreachable, or a worker of another analysis version than the coordinator's
  74  I/O error during the run (disk full): the tables from before stay whole
  75  another run holds the output folder (--wait waits for it)
  70  a bug in whosaid
`;

/** Parses the command line; a wrong option is a UsageError that names it and says what was expected. */
export function parseCli(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === 'export' || first === 'prune') return subcommand(first, rest);
  if (first === 'worker') return worker(rest);
  const { values, positionals } = strictly(argv, 'whosaid', {
    out: { type: 'string', short: 'o' },
    full: { type: 'boolean', default: false },
    concurrency: { type: 'string', short: 'j' },
    'max-input-mb': { type: 'string', default: '32' },
    'dedupe-days': { type: 'string' },
    wait: { type: 'boolean', default: false },
    'no-report': { type: 'boolean', default: false },
    queue: { type: 'string' },
    ...OUTPUT_OPTIONS,
  });
  const output = outputOf(values);
  if (values.help) return { command: 'help', ...output };
  if (values.version) return { command: 'version', ...output };
  if (values.out === '') throw new UsageError('--out expects a folder, got an empty string');
  const dedupeDays = values['dedupe-days'] === undefined ? {} : { dedupeDays: count('--dedupe-days', values['dedupe-days'], 'a whole number of days of 1 or more') };
  return {
    command: 'run',
    inputs: positionals.length > 0 ? positionals : DEFAULT_INPUTS,
    out: values.out ?? DEFAULT_OUT,
    full: values.full,
    concurrency: concurrencyOf(values.concurrency),
    maxInputMb: megabytes(values['max-input-mb']),
    ...dedupeDays,
    wait: values.wait,
    report: !values['no-report'],
    ...(values.queue === undefined ? {} : { queue: values.queue }),
    ...output,
  };
}

function worker(argv: readonly string[]): Command {
  const { values, positionals } = strictly(argv, 'whosaid worker', { queue: { type: 'string' }, concurrency: { type: 'string', short: 'j' }, ...OUTPUT_OPTIONS });
  const output = outputOf(values);
  if (values.help) return { command: 'help', ...output };
  if (positionals.length > 0) throw new UsageError(`worker takes no inputs (the coordinator sends the articles), got ${positionals.map((p) => `"${p}"`).join(' ')}`);
  if (values.queue === undefined || values.queue === '') throw new UsageError('worker expects --queue redis://HOST:PORT: the Redis its coordinator queues batches in');
  return { command: 'worker', queue: values.queue, concurrency: concurrencyOf(values.concurrency), ...output };
}

function concurrencyOf(value: string | undefined): number {
  return value === undefined ? availableParallelism() : count('--concurrency', value, 'a whole number of threads of 1 or more');
}

const OUTPUT_OPTIONS = {
  quiet: { type: 'boolean', short: 'q', default: false },
  'log-format': { type: 'string', default: 'text' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

function outputOf(values: { quiet?: boolean; 'log-format'?: string }): Output {
  const logFormat = values['log-format'] ?? 'text';
  if (logFormat !== 'text' && logFormat !== 'json') throw new UsageError(`--log-format expects text or json, got "${logFormat}"`);
  return { quiet: values.quiet === true, logFormat };
}

function subcommand(command: 'export' | 'prune', argv: readonly string[]): Command {
  const { values, positionals } = strictly(argv, `whosaid ${command}`, {
    out: { type: 'string', short: 'o' },
    since: { type: 'string' },
    until: { type: 'string' },
    before: { type: 'string' },
    wait: { type: 'boolean', default: false },
    ...OUTPUT_OPTIONS,
  });
  const output = outputOf(values);
  if (values.help) return { command: 'help', ...output };
  const [dir, ...extra] = positionals;
  if (dir === undefined || extra.length > 0) throw new UsageError(`${command} expects one output folder of a run, got ${positionals.length === 0 ? 'none' : positionals.map((p) => `"${p}"`).join(' ')}`);
  if (command === 'prune') {
    if (values.before === undefined) throw new UsageError('prune expects --before DATE: the runs that started before it are dropped');
    return { command, dir, before: values.before, wait: values.wait, ...output };
  }
  if (values.out === undefined || values.out === '') throw new UsageError('export expects --out X: the folder the tables go into');
  return { command, dir, out: values.out, ...(values.since === undefined ? {} : { since: values.since }), ...(values.until === undefined ? {} : { until: values.until }), ...output };
}

/** `parseArgs` with positionals, refusing unknown options with a UsageError that says where to look. */
function strictly<const O extends ParseArgsConfig['options']>(argv: readonly string[], command: string, options: O) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (error) {
    // Node's messages may span lines; an error is one line.
    throw new UsageError(`${(error as Error).message.replace(/\.?\s*\n\s*/gu, '. ')}; run ${command} --help to see the options`, { cause: error });
  }
}

function count(option: string, value: string, expected: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`${option} expects ${expected}, got "${value}"`);
  return number;
}

function megabytes(value: string): number {
  const number = Number(value);
  if (!(number > 0)) throw new UsageError(`--max-input-mb expects a number of megabytes above 0, got "${value}"`);
  return number;
}
