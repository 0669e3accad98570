import { Piscina } from 'piscina';
import type { ArticleStage } from '../types.js';
import { type Analyse, composeStages } from './compose.js';
import { type InputDone, type InputTask, processInput } from './process-input.js';
import { StageTimes } from './timing.js';

/** Brings inputs into the segment cache, in this thread or in worker threads. */
export interface Analyser {
  run(task: InputTask): Promise<InputDone>;
  close(): Promise<void>;
}

/**
 * Analysis in the calling thread: for one worker, small runs, and tests. The stages (which load the lexicon
 * and models) are made when an input first needs analysing, so a run that finds every input cached loads none.
 */
export function inThreadAnalyser(stages: () => readonly ArticleStage[]): Analyser {
  const times = new StageTimes();
  let analyse: Analyse | undefined;
  return {
    run: async (task) => processInput(task, () => (analyse ??= composeStages(stages(), times)), times),
    close: async () => undefined,
  };
}

/**
 * Old-generation cap of a worker thread: a worker that reaches it fails its input (`analyse/input-failed`)
 * and the run goes on. About 25 MB stay live (lexicon, code, the input in hand). The cap also sets how
 * far V8 lets the heap grow between full collections: under a 256 MB cap it grows by its minimum step only,
 * and a worker ran a full collection for every one or two inputs; under 1 GB, a third fewer, for about 2 s
 * less of a 20,000-article run with either 1 or 2 workers and 15 MB more at the peak (npm run bench).
 */
const WORKER_HEAP_MB = 1024;
/**
 * Young generation of a worker thread: large enough that an article's garbage dies young, small enough to stay
 * bounded. With V8 collecting on the worker's own thread (--single-threaded-gc), 32 MB took 1% less time with
 * 2 workers (2.5% with 1) than 16 MB and peaked 70 MB higher (369 against 300 MB; npm run bench).
 */
const WORKER_YOUNG_MB = 16;

/**
 * Analysis in worker threads: piscina runs `workerFile` (which composes the same stages) in `threads`
 * threads, each given `workerData`; each thread loads the lexicon and models once, takes whole inputs, and
 * writes their segments itself, so that analysed articles never cross between threads. The merge reads
 * segments in path order, so output does not depend on which thread did what.
 */
export function poolAnalyser(workerFile: URL, threads: number, workerData: unknown): Analyser {
  const pool = new Piscina<InputTask, InputDone>({
    filename: workerFile.href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Infinity,
    workerData,
    // A bounded heap makes V8 collect as it goes instead of growing: peak memory stays near what is live.
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  // A worker that dies (out of memory on a huge input) fails its task, which the caller reports; piscina
  // replaces the worker and also emits the error here, where it must not end the process.
  pool.on('error', () => undefined);
  return {
    run: (task) => pool.run(task),
    close: () => pool.destroy(),
  };
}
