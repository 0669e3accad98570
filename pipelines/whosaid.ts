/**
 * The composition root: the one place where whosaid's stages are put together.
 *
 *   discover ─▶ read ─▶ split ─▶ [per article, in worker threads: tokenize ─▶ ner ─▶ quotes ─▶ relations]
 *            ─▶ segment cache ─▶ dedupe ─▶ merge ─▶ write (staged, then committed)
 *
 * Each input's analysis is cached in the output folder as a segment keyed by the input's path and bytes and
 * by the code that analysed it; a later run analyses only inputs it has no segment for, and always merges
 * every input in path order. So an incremental run gives the same tables as a full one, and a run killed at
 * any point resumes from the segments it had finished.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import PQueue from 'p-queue';
import { diagnostic } from '../src/diagnostics.js';
import { analysisVersion } from '../src/io/analysis-version.js';
import { discoverInputs, type InputFile } from '../src/io/discover.js';
import { SegmentStore } from '../src/io/segments.js';
import { Staging } from '../src/io/staging.js';
import { readState, type RunState, STATE_FILE } from '../src/io/state-file.js';
import { loadLexicon, type Lexicon } from '../src/lexicon/index.js';
import { type LinearModelData, linearModel } from '../src/model/linear-model.js';
import { type Analyser, inThreadAnalyser, poolAnalyser } from '../src/run/analyser.js';
import { Merger } from '../src/run/merge.js';
import type { InputDone } from '../src/run/process-input.js';
import { buildRunReport, type RunReport } from '../src/run/report.js';
import { TableWriter } from '../src/run/table-writer.js';
import { StageTimes } from '../src/run/timing.js';
import { loadNerModel, nerStage } from '../src/stages/ner/index.js';
import { nerModel } from '../src/stages/ner/model-file.js';
import type { Weights } from '../src/stages/ner/tagger.js';
import { loadSpeakerModel, quotesStage, type SpeakerModel, speakerModel } from '../src/stages/quotes/index.js';
import { relationsStage } from '../src/stages/relations/index.js';
import { createTokenizer, loadPosModel, type PosModel, posModel, tokenizeStage } from '../src/stages/tokenize/index.js';
import type { ArticleStage, Diagnostic, InputReport } from '../src/types.js';

/** What the per-article stages read: the lexicon and the trained models. */
export interface Models {
  readonly lexicon: Lexicon;
  readonly pos: PosModel;
  readonly ner: Weights;
  readonly speakers: SpeakerModel;
}

/**
 * The trained models as data: the thread that starts the worker threads reads them once and hands them over,
 * and the workers share their weight tables (12 MB) instead of each holding a copy in the same cache.
 */
export interface SharedModels {
  readonly pos: LinearModelData;
  readonly ner: LinearModelData;
  readonly speakers: LinearModelData;
}

export function sharedModels(): SharedModels {
  return { pos: loadPosModel().model.data, ner: loadNerModel().data, speakers: loadSpeakerModel().data };
}

export function loadModels({ pos, ner, speakers }: SharedModels = sharedModels()): Models {
  return { lexicon: loadLexicon(), pos: posModel(linearModel(pos)), ner: nerModel(linearModel(ner)), speakers: speakerModel(speakers) };
}

/** Per-article stages. Order here matters: each needs what the ones before it assign. */
export function articleStages({ lexicon, pos, ner, speakers }: Models = loadModels()): ArticleStage[] {
  return [tokenizeStage(createTokenizer(lexicon, pos)), nerStage(lexicon, ner), quotesStage(lexicon, speakers), relationsStage(lexicon)];
}

/** What a progress display is told. */
export type Progress =
  | { readonly phase: 'analyse'; readonly done: number; readonly total: number; readonly input: InputReport; readonly cached: boolean }
  | { readonly phase: 'merge'; readonly done: number; readonly total: number };

export interface RunOptions {
  /** Files and folders to read. */
  readonly inputs: readonly string[];
  /** Output folder. */
  readonly out: string;
  /** Folder that input names in the outputs are relative to. @default process.cwd() */
  readonly cwd?: string;
  /** Forget what earlier runs merged into `out` and analyse every input again. @default false */
  readonly full?: boolean;
  /** Worker threads for the per-article stages. @default os.availableParallelism() */
  readonly concurrency?: number;
  /** Input files larger than this many MB are skipped with a diagnostic. @default 32 */
  readonly maxInputMb?: number;
  /** The per-article stages, when they are not to be loaded from `data/` (tests share one set). */
  readonly stages?: () => ArticleStage[];
  readonly onProgress?: (progress: Progress) => void;
}

/** Input files larger than this are skipped: one input is read whole. */
export const DEFAULT_MAX_INPUT_MB = 32;
/** Below this many bytes of input, analysis runs in this thread whatever the concurrency. */
const MIN_BYTES_FOR_WORKERS = 256 * 1024;

/** Runs the whole pipeline and commits every table, the graph files and run.json into `options.out`. */
export async function runWhosaid(options: RunOptions): Promise<RunReport> {
  const startedAt = new Date();
  const times = new StageTimes();
  const cwd = options.cwd ?? process.cwd();
  const out = path.resolve(cwd, options.out);
  const concurrency = Math.max(1, options.concurrency ?? availableParallelism());
  const staging = await Staging.open(out);
  const store = new SegmentStore(path.join(out, '.whosaid/segments'));
  const analysis = analysisVersion();

  const started = performance.now();
  const discovered = await discoverInputs(options.inputs, cwd);
  times.add('discover', performance.now() - started);
  if (options.full) await store.prune(new Set());
  const previous = options.full ? undefined : await readState(out);
  const runDiagnostics: Diagnostic[] = [];
  if (previous !== undefined && previous.analysis !== analysis) {
    runDiagnostics.push(diagnostic('run/cache-outdated', options.out, 'the output folder was made by another version of whosaid or its models; every input is analysed again'));
  }
  const plan = planInputs(previous?.analysis === analysis ? previous : undefined, discovered.files);

  // Worker threads each load the lexicon and models (about a second): not worth it for a small run. A large
  // run uses them even with one thread, whose bounded heap keeps memory down.
  const work = discovered.files.reduce((sum, file) => sum + Math.min(file.bytes, (options.maxInputMb ?? DEFAULT_MAX_INPUT_MB) << 20), 0);
  const threads = work < MIN_BYTES_FOR_WORKERS ? 1 : concurrency;
  const analyser: Analyser =
    work < MIN_BYTES_FOR_WORKERS || options.stages !== undefined
      ? inThreadAnalyser(options.stages ?? (() => articleStages()))
      : poolAnalyser(new URL('./worker.js', import.meta.url), threads, sharedModels());
  const maxInputBytes = (options.maxInputMb ?? DEFAULT_MAX_INPUT_MB) * (1 << 20);
  // p-queue schedules the inputs; the analyser (a worker pool, or this thread) runs them. The merge takes each
  // input, in path order, as soon as it is done, while the workers go on with the next ones.
  const queue = new PQueue({ concurrency: threads });
  const done = new Map<string, InputDone>();
  const finished = plan.map((input) =>
    queue.add(async () => {
      const result = await analyser.run({ input, analysis, segments: store.dir, previous: input.segment, maxInputBytes }).catch((error: unknown) => failedInput(input, error));
      if (!result.cached) times.addAll(result.header.stageMs);
      done.set(input.path, result);
      options.onProgress?.({ phase: 'analyse', done: done.size, total: plan.length, input: result.header.input, cached: result.cached });
      return result;
    }) as Promise<InputDone>,
  );
  const writer = await TableWriter.open(staging);
  const merger = new Merger(store, writer, (name) => staging.scratch(name));
  let mergeMs = 0;
  try {
    for (const [i, input] of plan.entries()) {
      const result = await (finished[i] as Promise<InputDone>);
      const started = performance.now();
      if (result.segment !== '') await merger.add({ path: input.path, segment: result.segment });
      mergeMs += performance.now() - started;
      options.onProgress?.({ phase: 'merge', done: i + 1, total: plan.length });
    }
  } finally {
    await Promise.allSettled(finished);
    await analyser.close();
  }
  const finishStarted = performance.now();
  await merger.finish();
  times.add('merge', mergeMs + performance.now() - finishStarted);
  const outcome = (input: InputFile) => done.get(input.path) as InputDone;

  const fresh = plan.filter((input) => !outcome(input).cached);
  const diagnostics = [...runDiagnostics, ...discovered.diagnostics, ...plan.flatMap((input) => outcome(input).header.diagnostics)];
  const exitDiagnostics = [...runDiagnostics, ...discovered.diagnostics, ...fresh.flatMap((input) => outcome(input).header.diagnostics)];
  const report = buildRunReport({
    startedAt,
    endedAt: new Date(),
    out: options.out,
    inputs: plan.map((input) => ({ ...outcome(input).header.input, cached: outcome(input).cached })),
    counts: writer.counts,
    times,
    diagnostics,
    exitDiagnostics,
  });
  const state: RunState = {
    version: 1,
    analysis,
    inputs: plan
      .filter((input) => outcome(input).segment !== '')
      .map((input) => ({ path: input.path, absolute: input.absolute, format: input.format, sha256: outcome(input).header.input.sha256, segment: outcome(input).segment })),
  };
  await staging.writeWhole('run.json', `${JSON.stringify(report, null, 2)}\n`);
  await staging.writeWhole(STATE_FILE, `${JSON.stringify(state, null, 2)}\n`);
  await staging.commit();
  await store.prune(new Set(plan.map((input) => outcome(input).segment)));
  return report;
}

/** An input whose analysis failed as a whole (a worker ran out of memory on it): reported, not merged. */
function failedInput(input: InputFile, error: unknown): InputDone {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    header: {
      input: { path: input.path, sha256: '', bytes: input.bytes, outcome: 'failed', articles: 0 },
      diagnostics: [diagnostic('analyse/input-failed', input.path, `the input could not be analysed (${reason}); split it into smaller files`)],
      stageMs: {},
    },
    segment: '',
    cached: false,
  };
}

/** The inputs of this run: those merged before (unless full) and those given now, one per path, in path order. */
function planInputs(previous: RunState | undefined, files: readonly InputFile[]): (InputFile & { segment?: string })[] {
  const byPath = new Map<string, InputFile & { segment?: string }>();
  for (const input of previous?.inputs ?? []) byPath.set(input.path, { path: input.path, absolute: input.absolute, format: input.format, bytes: 0, segment: input.segment });
  for (const file of files) byPath.set(file.path, file);
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
