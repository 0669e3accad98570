import { Piscina } from 'piscina';
import type { AnyArticleStage } from '../core/types.js';
import { analyseBatch, type Batch, type BatchResult } from './batch.js';
import { type Analyse, composeStages } from '../stages/compose.js';
import { StageTimes } from '../core/timing.js';

/** Analyses batches: in this thread, in worker threads, or on the machines of a fleet. */
export interface Analyser {
  run(batch: Batch): Promise<BatchResult>;
  close(): Promise<void>;
  /** Batches to give it at once: its threads, or enough to keep a fleet busy. */
  readonly capacity: number;
}

/**
 * Analysis in the calling thread: for small runs and tests. The stages (which load the lexicon and models) are
 * made when a batch first needs them, so a run that finds nothing new loads none.
 */
export function inThreadAnalyser(stages: () => readonly AnyArticleStage[]): Analyser {
  const times = new StageTimes();
  let analyse: Analyse | undefined;
  return {
    run: async (batch) => analyseBatch(batch, (analyse ??= composeStages(stages(), times)), times, 'main thread'),
    close: async () => undefined,
    capacity: 1,
  };
}

/**
 * Old-generation cap of a worker thread: a worker that reaches it fails its batch (`analyse/batch-failed`)
 * and the run goes on; a worker holds the lexicon, the code and the batch in hand.
 */
const WORKER_HEAP_MB = 1024;

/**
 * Analysis in worker threads: piscina runs `workerFile` (which composes the same stages) in `threads` threads,
 * each given `workerData`, and hands them batches. Results go back to the caller, which puts them in input
 * order, so output does not depend on which thread did what.
 */
export function poolAnalyser(workerFile: URL, threads: number, workerData: unknown): Analyser {
  const pool = new Piscina<Batch, BatchResult>({
    filename: workerFile.href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Infinity,
    workerData,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  // A worker that dies (out of memory on a huge batch) fails its task, which the caller reports; piscina
  // replaces the worker and also emits the error here, where it must not end the process.
  pool.on('error', () => undefined);
  return {
    run: (batch) => pool.run(batch),
    close: () => pool.destroy(),
    capacity: threads,
  };
}
