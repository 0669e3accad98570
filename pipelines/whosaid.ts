/**
 * The composition root of a run: which analyser analyses the batches, which analysis version they are made
 * under, and the commands a folder takes (a night, an export, a prune). It only composes; the work is in
 * src/run (a night), src/store (the memory), src/outputs (the tables).
 *
 *   discover ─▶ read ─▶ split ─▶ plan against the store ─▶ batches ─▶ [tokenize ─▶ ner ─▶ quotes ─▶ relations]
 *            ─▶ commit each input (dedupe, rows) ─▶ the night's tables (staged, then moved in)
 */
import { existsSync } from 'node:fs';
import { availableParallelism, hostname } from 'node:os';
import path from 'node:path';
import { UsageError } from '../src/core/errors.js';
import { analysisVersion } from '../src/io/analysis-version.js';
import { FolderLock } from '../src/io/lock.js';
import { lockFile, prepareOutputFolder, storeFile } from '../src/io/output-folder.js';
import { Staging } from '../src/io/staging.js';
import type { WorkerLog } from '../src/fleet/worker.js';
import { reportPage } from '../src/outputs/report/page.js';
import { summarise } from '../src/outputs/report/summary.js';
import { OutputWriter, writeRange } from '../src/outputs/writer.js';
import { type Analyser, inThreadAnalyser, poolAnalyser } from '../src/run/analyser.js';
import { DEFAULT_MAX_INPUT_MB, type NightOptions, runNight } from '../src/run/night.js';
import type { RunReport } from '../src/run/report.js';
import { Store } from '../src/store/index.js';
import type { AnyArticleStage } from '../src/core/types.js';
import { articleStages, sharedModels } from './stages.js';

export { DEFAULT_MAX_INPUT_MB };

export interface RunOptions extends Omit<NightOptions, 'analysis' | 'analyser' | 'extras'> {
  /** Worker threads for the per-article stages. @default os.availableParallelism() */
  readonly concurrency?: number;
  /** Write report.html, the night at a glance. @default true */
  readonly report?: boolean;
  /** The per-article stages, when they are not to be loaded from `data/` (tests share one set). */
  readonly stages?: () => readonly AnyArticleStage[];
  /** The fleet's queue, `redis://HOST:PORT`: the run coordinates, `whosaid worker`s analyse. */
  readonly queue?: string;
  /** Told what a person watching should know while the run goes on (no worker takes the fleet's batches). */
  readonly onNotice?: (message: string) => void;
}

/** Below this many bytes of input, analysis runs in this thread: starting workers (lexicon, models) costs more. */
const MIN_BYTES_FOR_WORKERS = 256 * 1024;

/** The fleet's code, loaded only by a run with a queue and by `whosaid worker`: Redis' clients take a while to load. */
const fleet = async () => {
  const [coordinator, redis, worker] = await Promise.all([import('../src/fleet/coordinator.js'), import('../src/fleet/redis.js'), import('../src/fleet/worker.js')]);
  return { fleetAnalyser: coordinator.fleetAnalyser, queueAddress: redis.queueAddress, runFleetWorker: worker.runFleetWorker };
};

const threadsAnalyser = (threads: number) => poolAnalyser(new URL('./worker.js', import.meta.url), threads, sharedModels());

/** One night into `options.out`: see `runNight`. */
export async function runWhosaid(options: RunOptions): Promise<RunReport> {
  const concurrency = Math.max(1, options.concurrency ?? availableParallelism());
  const analysis = analysisVersion();
  const queue = options.queue === undefined ? undefined : (await fleet()).queueAddress(options.queue);
  const analyser = async (bytes: number): Promise<Analyser> => {
    if (queue !== undefined) return (await fleet()).fleetAnalyser(queue, analysis, options.onNotice);
    return bytes < MIN_BYTES_FOR_WORKERS || options.stages !== undefined
      ? inThreadAnalyser(options.stages ?? (() => articleStages()))
      : threadsAnalyser(concurrency);
  };
  const extras = (report: RunReport, store: Store) => ({
    'report.html': reportPage(report, summarise(store, store.range(String(report.tables.firstRun), String(report.tables.lastRun)))),
  });
  return runNight({ ...options, analysis: analysis.id, analyser, ...(options.report === false ? {} : { extras }) });
}

export interface ExportOptions {
  /** The output folder whose store is exported. */
  readonly dir: string;
  /** Where the tables go: another folder. */
  readonly out: string;
  /** First and last run of the range: a run number or a date. @default the whole history */
  readonly since?: string;
  readonly until?: string;
  readonly cwd?: string;
}

/** What an export wrote: the range and each table's rows. */
export interface ExportReport {
  readonly firstRun: number;
  readonly lastRun: number;
  readonly counts: Readonly<Record<string, number>>;
}

/**
 * `whosaid export DIR --out X`: the tables of any range of DIR's history, from its store, as a night writes its
 * own; the whole history gives the same bytes as a `--full` run over the same inputs.
 */
export function exportWhosaid(options: ExportOptions): ExportReport {
  const cwd = options.cwd ?? process.cwd();
  const dir = path.resolve(cwd, options.dir);
  const out = path.resolve(cwd, options.out);
  if (dir === out) throw new UsageError(`export writes into another folder than ${options.dir}, whose tables are the nightly ones; pass --out OTHER`);
  const store = openExisting(dir, options.dir);
  try {
    prepareOutputFolder(out, options.out);
    const range = store.range(options.since, options.until);
    const staging = Staging.open(out);
    const writer = new OutputWriter((name) => staging.sink(name));
    // One read transaction: a run committing meanwhile does not tear the export.
    store.db.transaction(() => writeRange(store, range, writer))();
    const report: ExportReport = { firstRun: range.first, lastRun: range.last, counts: writer.counts };
    staging.writeWhole('export.json', `${JSON.stringify(report, null, 2)}\n`);
    staging.seal();
    staging.moveIntoPlace();
    return report;
  } finally {
    store.close();
  }
}

/** `whosaid prune DIR --before DATE`: drops the runs that started before DATE from the store, holding the folder's lock. */
export async function pruneWhosaid(options: { readonly dir: string; readonly before: string; readonly wait?: boolean; readonly cwd?: string }): Promise<{ runs: number; articles: number }> {
  const before = new Date(options.before);
  if (Number.isNaN(before.getTime())) throw new UsageError(`--before expects a date (2026-01-31), got "${options.before}"`);
  const dir = path.resolve(options.cwd ?? process.cwd(), options.dir);
  const store = openExisting(dir, options.dir);
  const lock = await FolderLock.acquire(lockFile(dir), { wait: options.wait === true, folder: options.dir });
  try {
    return store.prune(before);
  } finally {
    lock.release();
    store.close();
  }
}

export interface WorkOptions {
  /** The fleet's queue: `redis://HOST:PORT`, or `rediss://USER:PASSWORD@HOST:PORT`. */
  readonly queue: string;
  /** Worker threads that analyse here. @default os.availableParallelism() */
  readonly concurrency?: number;
  readonly log: WorkerLog;
  readonly stop: AbortSignal;
}

/** `whosaid worker --queue URL`: analyses the fleet's batches in worker threads until stopped. */
export async function workWhosaid(options: WorkOptions): Promise<void> {
  const threads = Math.max(1, options.concurrency ?? availableParallelism());
  const analysis = analysisVersion();
  const { queueAddress, runFleetWorker } = await fleet();
  const address = queueAddress(options.queue);
  await runFleetWorker({ address, analysis, analyser: threadsAnalyser(threads), name: `${hostname()}:${process.pid}`, log: options.log, stop: options.stop });
}

function openExisting(dir: string, given: string): Store {
  if (!existsSync(storeFile(dir))) throw new UsageError(`${given} holds no whosaid store; pass the output folder of a run`);
  return Store.open(storeFile(dir));
}
