import { type Job as QueuedJob, Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { stableId } from '../core/hash.js';
import type { FleetUnavailableError } from '../core/errors.js';
import type { Analysis } from '../io/analysis-version.js';
import type { Analyser } from '../run/analyser.js';
import type { Batch, BatchResult } from '../run/batch.js';
import { connectRedis, lostConnection, QUEUE_NAME, QUEUE_PREFIX, type QueueAddress } from './redis.js';
import { packJob, unpackResult } from './wire.js';

/**
 * Batches a coordinator keeps queued for the fleet: enough to keep this many worker threads busy, few enough
 * that the batches and their results in flight stay small beside the machine's memory.
 */
export const FLEET_BATCHES_IN_FLIGHT = 64;
/** How often a coordinator with batches waiting says so when no worker is there to take them. */
const NO_WORKER_NOTICE_MS = 15_000;
/** Tries of a batch before it is reported as failed: a worker that throws on it, or dies with it (stalled). */
const ATTEMPTS = 3;
/** Jobs and results no coordinator collected (it was killed) are dropped from Redis after this long. */
export const UNCOLLECTED_SECONDS = 24 * 3600;

/** Where a worker leaves the result of a job for the coordinator, who takes it. */
export function resultKey(jobId: string): string {
  return `${QUEUE_PREFIX}:result:${jobId}`;
}

/**
 * An analyser whose batches go to the fleet through a BullMQ queue in Redis. A batch's job id comes from the
 * analysis version and its articles' ids, so a coordinator killed and started again finds the jobs it had
 * queued, done or not, instead of queueing them again. What comes back is checked before it is returned: a
 * malformed result fails its batch, never reaches the store.
 */
export async function fleetAnalyser(address: QueueAddress, analysis: Analysis, notice: (message: string) => void = () => undefined): Promise<Analyser> {
  let lost: FleetUnavailableError | undefined;
  const waiting = new Set<(error: FleetUnavailableError) => void>();
  const redis = await connectRedis(address, 'whosaid-coordinator', (error) => {
    lost = error;
    for (const fail of waiting) fail(error);
  });
  const queue = new Queue(QUEUE_NAME, {
    connection: redis,
    prefix: QUEUE_PREFIX,
    defaultJobOptions: { attempts: ATTEMPTS, removeOnComplete: { age: UNCOLLECTED_SECONDS }, removeOnFail: { age: UNCOLLECTED_SECONDS } },
  });
  // Every batch waited for listens for the queue closing.
  queue.setMaxListeners(FLEET_BATCHES_IN_FLIGHT * 2);
  const events = new QueueEvents(QUEUE_NAME, { connection: redis.duplicate(), prefix: QUEUE_PREFIX });
  // Errors of the connections come to `connectRedis`'s listener and end the run there; unheard, BullMQ prints each.
  queue.on('error', () => undefined);
  events.on('error', () => undefined);
  await events.waitUntilReady();
  let pending = 0;
  const lonely = setInterval(() => {
    if (pending === 0) return;
    queue.getWorkersCount().then(
      (workers) => workers === 0 && notice(`no whosaid worker takes batches from ${address.shown}: start one with \`whosaid worker --queue ${address.shown}\` (and the password, if any)`),
      () => undefined,
    );
  }, NO_WORKER_NOTICE_MS);

  const finished = (job: QueuedJob) =>
    new Promise<void>((resolve, reject) => {
      if (lost !== undefined) return reject(lost);
      const fail = (error: FleetUnavailableError) => reject(error);
      waiting.add(fail);
      job.waitUntilFinished(events).then(
        () => resolve(),
        (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
      ).finally(() => waiting.delete(fail));
    });

  return {
    capacity: FLEET_BATCHES_IN_FLIGHT,
    async run(batch: Batch): Promise<BatchResult> {
      const jobId = stableId('b', analysis.id, batch.input, ...batch.articles.map((a) => a.id));
      let packed: string | null;
      try {
        const job = await queue.add('analyse', packJob(batch, analysis), { jobId });
        if ((await job.getState()) === 'failed') await job.retry();
        pending++;
        await finished(job).finally(() => pending--);
        packed = await redis.getdel(resultKey(jobId));
        await job.remove().catch(() => undefined);
      } catch (error) {
        // With Redis gone, a command's own error is only a symptom: the run ends on the lost connection.
        if (lost === undefined && redis.status === 'end') lost = lostConnection(address);
        throw lost ?? error;
      }
      const result = unpackResult(packed, batch, analysis.id);
      if ('refused' in result) throw new Error(`the fleet sent back a result that fails the checks: ${result.refused}`);
      return result;
    },
    async close() {
      clearInterval(lonely);
      await events.close();
      await queue.close();
      await closeQuietly(redis);
    },
  };
}

/** Closes a connection, or drops it when Redis is gone. */
export async function closeQuietly(redis: Redis): Promise<void> {
  await redis.quit().catch(() => redis.disconnect());
}
