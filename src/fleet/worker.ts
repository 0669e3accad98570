import { DelayedError, UnrecoverableError, Worker } from 'bullmq';
import { FleetVersionError, type FleetUnavailableError } from '../core/errors.js';
import { type Analysis, analysisDifference } from '../io/analysis-version.js';
import type { Analyser } from '../run/analyser.js';
import { closeQuietly, resultKey, UNCOLLECTED_SECONDS } from './coordinator.js';
import { connectRedis, QUEUE_NAME, QUEUE_PREFIX, type QueueAddress } from './redis.js';
import { type Job, packResult, unpackJob } from './wire.js';

/**
 * How long a worker holds a batch without renewing its lock before the queue counts it as stalled and gives
 * it to another worker: what a worker killed in the middle of a batch costs. The lock is renewed from the
 * main thread while worker threads analyse, so a long batch never stalls.
 */
const LOCK_MS = 10_000;

/** What a fleet worker logs: a line for people, the same as fields for --log-format json. */
export type WorkerLog = (level: 'info' | 'warning' | 'error', event: string, message: string, fields?: Readonly<Record<string, unknown>>) => void;

export interface FleetWorkerOptions {
  readonly address: QueueAddress;
  readonly analysis: Analysis;
  /** What analyses the batches here: worker threads, so that the lock is renewed while they work. */
  readonly analyser: Analyser;
  /** This worker's name in logs and in the coordinator's run.json: host and process id. */
  readonly name: string;
  readonly log: WorkerLog;
  /** Stops taking batches, finishes the ones in hand and returns (SIGTERM, SIGINT). */
  readonly stop: AbortSignal;
}

/**
 * `whosaid worker`: takes batches from the queue and leaves their analysis for the coordinator, until stopped.
 * A job of another analysis version is put back untouched for a worker of the right one, and this worker
 * stops with a FleetVersionError that says which versions differ. A malformed job fails at once (retrying
 * does not mend it). Resolves when stopped; rejects when refused or when Redis is gone.
 */
export async function runFleetWorker(options: FleetWorkerOptions): Promise<void> {
  const { analysis, log, name } = options;
  let fault: FleetVersionError | FleetUnavailableError | undefined;
  let stopping: (() => void) | undefined;
  const stopped = new Promise<void>((resolve) => (stopping = resolve));
  const end = (error?: FleetVersionError | FleetUnavailableError) => {
    fault ??= error;
    stopping?.();
  };
  const redis = await connectRedis(options.address, `whosaid-worker ${name}`, end).catch(async (error: unknown) => {
    await options.analyser.close();
    throw error;
  });
  const worker = new Worker(
    QUEUE_NAME,
    async (job, token) => {
      const theirs = (job.data as Partial<Job> | null)?.analysis;
      if (typeof theirs?.id === 'string' && theirs.id !== analysis.id) {
        await job.moveToDelayed(Date.now(), token);
        end(new FleetVersionError(`refused the coordinator's batches: they are of another analysis version, with other ${analysisDifference(analysis, theirs)}; install the coordinator's whosaid (code, data and packages) here`));
        throw new DelayedError();
      }
      const batch = unpackJob(job.data);
      if ('refused' in batch) {
        log('error', 'job-refused', `job ${job.id}: ${batch.refused}`, { job: job.id });
        throw new UnrecoverableError(`a worker refused the job: ${batch.refused}`);
      }
      const result = await options.analyser.run(batch);
      await redis.set(resultKey(job.id ?? ''), packResult({ ...result, worker: name }, analysis.id), 'EX', UNCOLLECTED_SECONDS);
      log('info', 'batch', `${batch.input}: ${batch.articles.length} articles in ${Math.round(result.ms)} ms`, { job: job.id, input: batch.input, articles: batch.articles.length, ms: Math.round(result.ms) });
      return 'done';
    },
    {
      connection: redis,
      prefix: QUEUE_PREFIX,
      concurrency: Math.max(1, options.analyser.capacity),
      lockDuration: LOCK_MS,
      stalledInterval: LOCK_MS,
      // A batch in hand of a killed worker goes back once or twice; a batch that kills every worker fails.
      maxStalledCount: 2,
      name,
      autorun: false,
    },
  );
  worker.on('error', (error) => log('warning', 'queue-error', error.message));
  worker.on('failed', (job, error) => {
    if (!(error instanceof DelayedError)) log('error', 'batch-failed', `job ${job?.id ?? '?'}: ${error.message}`, { job: job?.id });
  });
  options.stop.addEventListener('abort', () => end(), { once: true });
  void worker.run();
  log('info', 'ready', `worker ${name} takes batches from ${options.address.shown} with ${options.analyser.capacity} threads`, { queue: options.address.shown, threads: options.analyser.capacity, analysis: analysis.id });
  await stopped;
  await worker.close(fault !== undefined);
  await options.analyser.close();
  await closeQuietly(redis);
  if (fault !== undefined) throw fault;
}
