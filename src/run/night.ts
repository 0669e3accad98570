import path from 'node:path';
import PQueue from 'p-queue';
import { diagnostic } from '../core/diagnostics.js';
import { WhosaidError } from '../core/errors.js';
import { discoverInputs, type InputFile } from '../io/discover.js';
import { FolderLock } from '../io/lock.js';
import { lockFile, prepareOutputFolder, removeStore, storeFile } from '../io/output-folder.js';
import { ioError, Staging } from '../io/staging.js';
import { OutputWriter, writeRange } from '../outputs/writer.js';
import type { DuplicateFinder } from '../store/dedupe.js';
import { type ArticleToCommit, Store } from '../store/index.js';
import type { AnalysedArticle, Article, Diagnostic } from '../core/types.js';
import type { InputReport } from '../outputs/run-json.js';
import type { Analyser } from './analyser.js';
import { BATCH_CHARS, type BatchResult, cutBatches } from './batch.js';
import { batchFailed, outcomeOf, type PlannedInput, Planner } from './plan.js';
import { buildRunReport, type RunReport } from './report.js';
import { StageTimes } from '../core/timing.js';

/** What a progress display is told: batches analysed of those planned (the rest estimated from bytes), inputs committed. */
export interface Progress {
  readonly batches: number;
  readonly totalBatches: number;
  readonly inputs: number;
  readonly totalInputs: number;
  /** The batch just analysed, when that is the news: where it came from, who analysed it and how long it took. */
  readonly batch?: { readonly input: string; readonly articles: number; readonly worker: string; readonly ms: number };
}

export interface NightOptions {
  /** Files and folders to read. */
  readonly inputs: readonly string[];
  /** Output folder. */
  readonly out: string;
  /** Folder that input names in the outputs are relative to. @default process.cwd() */
  readonly cwd?: string;
  /** Forget the folder's store and analyse every input again. @default false */
  readonly full?: boolean;
  /** Input files larger than this many MB are skipped with a diagnostic. @default 32 */
  readonly maxInputMb?: number;
  /** Near duplicates are looked for among the articles of the last N days only. @default all history */
  readonly dedupeDays?: number;
  /** Wait for another run that holds the folder instead of failing at once. @default false */
  readonly wait?: boolean;
  /** The version of the analysis (code, data, models) that analyses tonight's articles. */
  readonly analysis: string;
  /** What analyses the batches, chosen by the bytes of input to read (a fleet is connected to first). */
  readonly analyser: (bytes: number) => Analyser | Promise<Analyser>;
  /** Extra files written beside the tables, from the finished report (the report page). */
  readonly extras?: (report: RunReport, store: Store) => Readonly<Record<string, string>>;
  readonly onProgress?: (progress: Progress) => void;
}

/** Input files larger than this are skipped: one input is read whole. */
export const DEFAULT_MAX_INPUT_MB = 32;
/** Inputs read ahead of the one being committed, at most: what bounds memory on a long run. */
const MAX_INPUTS_AHEAD = 16;

/**
 * One night: takes the folder's lock, opens its store, reads the inputs in path order, analyses what the store
 * does not have yet in batches (in worker threads or on the fleet), commits each input in one transaction, in
 * order, and writes the tables of what this run (and any killed run before it) added. Killed at any point,
 * the store holds whole inputs, the folder the tables of before, and the next run goes on.
 */
export async function runNight(options: NightOptions): Promise<RunReport> {
  const startedAt = new Date();
  const cwd = options.cwd ?? process.cwd();
  const out = path.resolve(cwd, options.out);
  const rebuilt = prepareOutputFolder(out, options.out);
  const lock = await FolderLock.acquire(lockFile(out), { wait: options.wait === true, folder: options.out });
  try {
    if (options.full) removeStore(out);
    const store = openStore(out);
    try {
      const diagnostics: Diagnostic[] = [];
      if (rebuilt) diagnostics.push(diagnostic('run/store-rebuilt', options.out, 'the folder held the cache of an older whosaid; it was removed and the store starts anew from the inputs given'));
      return await night(store, out, startedAt, options, cwd, diagnostics);
    } finally {
      store.close();
    }
  } finally {
    lock.release();
  }
}

function openStore(out: string): Store {
  try {
    return Store.open(storeFile(out));
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('SQLITE_')) throw ioError(storeFile(out), error);
    throw error;
  }
}

async function night(store: Store, out: string, startedAt: Date, options: NightOptions, cwd: string, diagnostics: Diagnostic[]): Promise<RunReport> {
  const times = new StageTimes();
  const run = storeCall(out, () => store.beginRun(startedAt, options.analysis));
  const previous = store.previousAnalysis(run);
  if (previous !== undefined && previous !== options.analysis) {
    diagnostics.push(diagnostic('run/analysis-changed', options.out, 'the store holds articles analysed by another version of whosaid or its models; they keep that analysis (run with --full to analyse everything again)'));
  }
  const started = performance.now();
  const discovered = await discoverInputs(options.inputs, cwd);
  times.add('discover', performance.now() - started);
  diagnostics.push(...discovered.diagnostics);

  const maxInputBytes = (options.maxInputMb ?? DEFAULT_MAX_INPUT_MB) * (1 << 20);
  const finder = store.duplicateFinder(startedAt, options.dedupeDays);
  const bytes = discovered.files.reduce((sum, file) => sum + Math.min(file.bytes, maxInputBytes), 0);
  const analyser = await options.analyser(bytes);
  const workers = new Set<string>();
  let inputs: InputReport[];
  try {
    const commit = { store, run, finder, analyser, times, out, bytes, workers, onProgress: options.onProgress };
    inputs = await analyseAndCommit(discovered.files, commit, new Planner(store, finder, maxInputBytes, times), diagnostics);
  } finally {
    await analyser.close();
  }

  const range = store.undelivered(run);
  const staging = Staging.open(out);
  const writer = new OutputWriter((name) => staging.sink(name));
  times.measure('write', () => writeRange(store, range, writer));
  const report = buildRunReport({
    run, startedAt: startedAt.toISOString(), endedAt: new Date().toISOString(), out: options.out, tables: { firstRun: range.first, lastRun: range.last },
    inputs, counts: writer.counts, store: store.totals(), times, workers: [...workers].sort(), diagnostics,
  });
  staging.writeWhole('run.json', `${JSON.stringify(report, null, 2)}\n`);
  for (const [name, content] of Object.entries(options.extras?.(report, store) ?? {})) staging.writeWhole(name, content);
  // Sealed first: once the store says delivered, the tables are whole in staging, and a kill is finished by the next run.
  staging.seal();
  storeCall(out, () => store.delivered(range, new Date(report.endedAt)));
  staging.moveIntoPlace();
  return report;
}

interface Commit {
  readonly store: Store;
  readonly run: number;
  readonly finder: DuplicateFinder;
  readonly analyser: Analyser;
  readonly times: StageTimes;
  readonly out: string;
  readonly bytes: number;
  /** Who analysed tonight's batches, as they said. */
  readonly workers: Set<string>;
  readonly onProgress: ((progress: Progress) => void) | undefined;
}

/** An input on its way: planned, its batches given to the analyser, waiting for its turn to commit. */
interface InFlight {
  readonly planned: PlannedInput;
  /** The articles of each batch, and what became of it, in the same order. */
  readonly batches: readonly (readonly Article[])[];
  readonly results: Promise<(BatchResult | Error)[]>;
}

/**
 * Plans the inputs in order and gives their batches to the analyser as soon as each is read, while inputs
 * whose batches are all back are committed, strictly in path order, so the store never depends on which
 * worker was fast. Reading stays at most MAX_INPUTS_AHEAD inputs and twice the analyser's capacity ahead. A batch
 * the analyser loses is the input's failure; a fault of the environment under it (the fleet's Redis gone) ends
 * the night, with what was committed kept.
 */
async function analyseAndCommit(files: readonly InputFile[], c: Commit, planner: Planner, diagnostics: Diagnostic[]): Promise<InputReport[]> {
  // One batch more than the analyser runs at once: a thread finishing one finds the next already waiting.
  const queue = new PQueue({ concurrency: Math.max(1, c.analyser.capacity) + 1 });
  const reports: InputReport[] = [];
  const inFlight: InFlight[] = [];
  const progress = { batches: 0, planned: 0, bytesPlanned: 0 };
  let fault: WhosaidError | undefined;
  const tell = (batch?: Progress['batch']) =>
    c.onProgress?.({
      batches: progress.batches,
      totalBatches: progress.planned + Math.ceil(Math.max(0, c.bytes - progress.bytesPlanned) / BATCH_CHARS),
      inputs: reports.length,
      totalInputs: files.length,
      ...(batch === undefined ? {} : { batch }),
    });
  const commitNext = async () => {
    const next = inFlight.shift() as InFlight;
    const results = await next.results;
    if (fault !== undefined) throw fault;
    reports.push(c.times.measure('store', () => commitInput(c, next, results, diagnostics)));
    tell();
  };
  for (const file of files) {
    const planned = planner.plan(file);
    progress.bytesPlanned += Math.min(file.bytes, planned.bytes);
    const batches = cutBatches(planned.articles.filter((a) => !a.known).map((a) => a.article));
    progress.planned += batches.length;
    const results = Promise.all(
      batches.map((articles) =>
        queue
          .add(() => (fault === undefined ? c.analyser.run({ input: file.path, articles }) : Promise.reject(fault)))
          .then(
            (result) => {
              const done = result as BatchResult;
              progress.batches++;
              c.workers.add(done.worker);
              tell({ input: file.path, articles: articles.length, worker: done.worker, ms: Math.round(done.ms) });
              return done;
            },
            (error: unknown) => {
              if (error instanceof WhosaidError) fault ??= error;
              return error instanceof Error ? error : new Error(String(error));
            },
          ),
      ),
    );
    inFlight.push({ planned, batches, results });
    tell();
    while (inFlight.length > MAX_INPUTS_AHEAD) await commitNext();
    await queue.onSizeLessThan(queue.concurrency * 2);
    if (fault !== undefined) throw fault;
  }
  while (inFlight.length > 0) await commitNext();
  return reports;
}

/**
 * Commits one input: an input the store had gets this path noted; one whose bytes could not be read, or whose
 * analysis lost a batch, is reported and left out (the next run tries it again); any other goes in whole, in one
 * transaction, with its diagnostics.
 */
function commitInput(c: Commit, { planned, batches }: InFlight, results: readonly (BatchResult | Error)[], runDiagnostics: Diagnostic[]): InputReport {
  const { file, sha256 } = planned;
  const report = (outcome: InputReport['outcome'], extra: Partial<InputReport> = {}): InputReport => ({
    path: file.path, sha256: sha256 ?? '', bytes: planned.bytes, outcome, articles: planned.articles.length, kept: 0, duplicates: 0, seen: false, ...extra,
  });
  if (planned.seen && sha256 !== undefined) {
    storeCall(c.out, () => c.store.committer.seenAgain(sha256, file.path, c.run));
    // What it was when it was read; its diagnostics are in that night's run.json, and do not count again.
    return report(planned.seenOutcome ?? 'ok', { seen: true, articles: 0 });
  }
  const batchDiagnostics = results.flatMap((result) => (result instanceof Error ? [] : result.diagnostics));
  const failed = results.flatMap((result, i) => (result instanceof Error ? [batchFailed(file.path, batches[i] ?? [], result.message)] : []));
  for (const result of results) if (!(result instanceof Error)) c.times.addAll(result.stageMs);
  const diagnostics = [...planned.diagnostics, ...batchDiagnostics, ...failed];
  runDiagnostics.push(...diagnostics);
  if (sha256 === undefined || failed.length > 0) return report('failed');
  const analysed = results.flatMap((result) => (result instanceof Error ? [] : result.analysed));
  let next = 0;
  const articles: ArticleToCommit[] = planned.articles.map(({ article, fingerprint, known }) => (known ? { article, fingerprint } : { article, fingerprint, analysed: analysed[next++] as AnalysedArticle }));
  const outcome = outcomeOf(diagnostics, planned.articles.length);
  const record = { sha256, path: file.path, bytes: planned.bytes, format: file.format, outcome, articles: planned.articles.length, diagnostics };
  const committed = storeCall(c.out, () => c.store.committer.commit(c.run, record, articles, c.finder));
  return report(outcome, committed);
}

/** Runs a store operation; a failure of the disk under it (full, read-only) is one line naming the store (exit 74). */
function storeCall<T>(out: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (['SQLITE_FULL', 'SQLITE_IOERR', 'SQLITE_READONLY', 'SQLITE_CANTOPEN'].some((prefix) => code.startsWith(prefix))) throw ioError(storeFile(out), error);
    throw error;
  }
}
