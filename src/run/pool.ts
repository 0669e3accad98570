import { Piscina } from 'piscina';
import type { Analyser, BatchResult, BatchTask } from './analyser.js';

/**
 * Analysis in worker threads: piscina runs `workerFile` (which composes the same stages) in `threads`
 * threads; each thread loads the lexicon and model once. Results come back in the order asked for, whatever
 * thread did the work, so output does not depend on the number of threads.
 */
export function poolAnalyser(workerFile: URL, threads: number): Analyser {
  const pool = new Piscina<BatchTask, BatchResult>({ filename: workerFile.href, minThreads: threads, maxThreads: threads, idleTimeout: Infinity });
  return {
    analyse: (task) => pool.run(task),
    close: () => pool.destroy(),
  };
}
