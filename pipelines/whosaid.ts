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
import { sha256Hex, stableId } from '../src/hash.js';
import { analysisVersion } from '../src/io/analysis-version.js';
import { discoverInputs, type InputFile } from '../src/io/discover.js';
import { readBytes } from '../src/io/read-bytes.js';
import { SegmentStore } from '../src/io/segments.js';
import { Staging } from '../src/io/staging.js';
import { readState, type RunState, STATE_FILE } from '../src/io/state-file.js';
import { loadLexicon, type Lexicon } from '../src/lexicon/index.js';
import { type Analyser, inThreadAnalyser } from '../src/run/analyser.js';
import { mergeSegments } from '../src/run/merge.js';
import { poolAnalyser } from '../src/run/pool.js';
import { processInput } from '../src/run/process-input.js';
import { buildRunReport, type RunReport } from '../src/run/report.js';
import { TableWriter } from '../src/run/table-writer.js';
import { StageTimes } from '../src/run/timing.js';
import { loadNerModel, nerStage } from '../src/stages/ner/index.js';
import type { Weights } from '../src/stages/ner/tagger.js';
import { quotesStage } from '../src/stages/quotes/index.js';
import { relationsStage } from '../src/stages/relations/index.js';
import { tokenizeStage } from '../src/stages/tokenize/index.js';
import type { ArticleStage, Diagnostic, InputReport } from '../src/types.js';

/** Per-article stages. Order here matters: each needs what the ones before it assign. */
export function articleStages(lexicon: Lexicon = loadLexicon(), nerModel: Weights = loadNerModel()): ArticleStage[] {
  return [tokenizeStage(), nerStage(lexicon, nerModel), quotesStage(lexicon), relationsStage(lexicon)];
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
  /** Worker threads for the per-article stages; 1 analyses in this thread. @default os.availableParallelism() */
  readonly concurrency?: number;
  readonly onProgress?: (progress: Progress) => void;
}

/** Below this many bytes of input, analysis runs in this thread whatever the concurrency. */
const MIN_BYTES_FOR_WORKERS = 256 * 1024;
/** Inputs processed at once: a second one keeps the workers busy while the first one's batches finish. */
const INPUTS_IN_FLIGHT = 2;

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
  const previous = options.full ? undefined : await readState(out);
  const runDiagnostics: Diagnostic[] = [];
  if (previous !== undefined && previous.analysis !== analysis) {
    runDiagnostics.push(diagnostic('run/cache-outdated', options.out, 'the output folder was made by another version of whosaid or its models; every input is analysed again'));
  }
  const plan = planInputs(previous?.analysis === analysis ? previous : undefined, discovered.files);

  // Worker threads each load the lexicon and model (about a second): not worth it for a small run.
  const work = discovered.files.reduce((sum, file) => sum + file.bytes, 0);
  const threads = work < MIN_BYTES_FOR_WORKERS ? 1 : concurrency;
  const analyser: Analyser = threads === 1 ? inThreadAnalyser(articleStages()) : poolAnalyser(new URL('./worker.js', import.meta.url), threads);
  const batches = new PQueue({ concurrency: concurrency * 2 });
  const inputsQueue = new PQueue({ concurrency: INPUTS_IN_FLIGHT });
  const headers = new Map<string, { input: InputReport; diagnostics: readonly Diagnostic[]; cached: boolean }>();
  const segments = new Map<string, string>();
  let done = 0;
  try {
    await Promise.all(
      plan.map((input) =>
        inputsQueue.add(async () => {
          const read = await readBytes(input.absolute);
          const sha256 = 'bytes' in read ? sha256Hex(read.bytes) : (input.sha256 ?? '');
          const segment = stableId('g', analysis, input.path, sha256);
          const cached = await store.has(segment);
          if (cached) {
            const header = await store.header(segment);
            headers.set(input.path, { input: header.input, diagnostics: header.diagnostics, cached });
          } else {
            const processed = await processInput(input, { ...read, sha256 }, analyser, batches);
            await store.write(segment, processed.header, processed.articles);
            times.addAll(processed.header.stageMs);
            headers.set(input.path, { input: processed.header.input, diagnostics: processed.header.diagnostics, cached });
          }
          segments.set(input.path, segment);
          options.onProgress?.({ phase: 'analyse', done: ++done, total: plan.length, input: (headers.get(input.path) as { input: InputReport }).input, cached });
        }),
      ),
    );
  } finally {
    await analyser.close();
  }

  const mergeStarted = performance.now();
  const writer = await TableWriter.open(staging);
  const merged = plan.map((input) => ({ path: input.path, segment: segments.get(input.path) as string }));
  await mergeSegments(store, merged, writer, (count) => options.onProgress?.({ phase: 'merge', done: count, total: merged.length }));
  times.add('write', performance.now() - mergeStarted);

  const fresh = plan.filter((input) => !headers.get(input.path)?.cached);
  const diagnostics = [
    ...runDiagnostics,
    ...discovered.diagnostics,
    ...plan.flatMap((input) => headers.get(input.path)?.diagnostics ?? []),
  ];
  const exitDiagnostics = [...runDiagnostics, ...discovered.diagnostics, ...fresh.flatMap((input) => headers.get(input.path)?.diagnostics ?? [])];
  const report = buildRunReport({
    startedAt,
    endedAt: new Date(),
    out: options.out,
    inputs: plan.map((input) => ({ ...(headers.get(input.path)?.input as InputReport), cached: headers.get(input.path)?.cached ?? false })),
    counts: writer.counts,
    times,
    diagnostics,
    exitDiagnostics,
  });
  const state: RunState = { version: 1, analysis, inputs: plan.map((input) => ({ ...input, sha256: headers.get(input.path)?.input.sha256 ?? '', segment: segments.get(input.path) as string })) };
  await staging.writeWhole('run.json', `${JSON.stringify(report, null, 2)}\n`);
  await staging.writeWhole(STATE_FILE, `${JSON.stringify(state, null, 2)}\n`);
  await staging.commit();
  await store.prune(new Set(segments.values()));
  return report;
}

/** The inputs of this run: those merged before (unless full) and those given now, one per path, in path order. */
function planInputs(previous: RunState | undefined, files: readonly InputFile[]): (InputFile & { sha256?: string })[] {
  const byPath = new Map<string, InputFile & { sha256?: string }>();
  for (const input of previous?.inputs ?? []) byPath.set(input.path, { path: input.path, absolute: input.absolute, format: input.format, bytes: 0, sha256: input.sha256 });
  for (const file of files) byPath.set(file.path, file);
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
