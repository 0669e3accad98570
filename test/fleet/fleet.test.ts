import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Queue } from 'bullmq';
import { exportWhosaid, runWhosaid } from '../../pipelines/whosaid.js';
import { inTempDir, outputFiles, PACKAGE_DIR, sameFiles, samplesIn, SAMPLES, sharedStages, startCli, type StartedCli, writeCorpus } from '../helpers.js';
import { freePort, startRedis, type RedisServer } from '../../src/bench/redis-server.js';

jest.setTimeout(180_000);

/** A fleet worker process, started and waited for until it says it is ready. */
async function startWorker(url: string, cwd: string, options: { cli?: string; env?: NodeJS.ProcessEnv } = {}): Promise<StartedCli & { name: string }> {
  const worker = startCli(['worker', '--queue', url, '-j', '1', '--log-format', 'json'], { cwd, ...options });
  for (let waited = 0; !worker.stderr().includes('"event":"ready"'); waited += 50) {
    if (waited > 30_000 || worker.child.exitCode !== null) throw new Error(`the worker did not start: ${worker.stderr()}`);
    await sleep(50);
  }
  return { ...worker, name: String(logLines(worker.stderr()).find((line) => line['event'] === 'ready')?.['message']).split(' ')[1] as string };
}

/** Stops a worker the way a service manager does, and waits for it. */
async function stop(worker: StartedCli): Promise<number | null> {
  if (worker.child.exitCode === null) worker.child.kill('SIGTERM');
  return (await worker.done).code;
}

function logLines(text: string): Record<string, unknown>[] {
  return text.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The tables of a local run over the same inputs: what the fleet must write, byte for byte. */
async function localTables(dir: string, inputs: string): Promise<Map<string, Buffer>> {
  const out = path.join(dir, 'local');
  await runWhosaid({ inputs: [inputs], out, cwd: dir, stages: sharedStages, report: false });
  return outputFiles(out);
}

describe('fleet: batches analysed by worker processes through BullMQ on Redis', () => {
  let redis: RedisServer;
  const cleanup: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    const redisDir = await mkdtemp(path.join(tmpdir(), 'whosaid-redis-'));
    redis = await startRedis(redisDir);
    cleanup.push(() => rm(redisDir, { recursive: true, force: true }), () => redis.stop());
  });

  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('test_fleet_two_workers_write_the_bytes_of_a_local_run_and_a_malformed_job_is_refused', async () => {
    await inTempDir(async (dir) => {
      await writeCorpus(path.join(dir, 'raw'), 4, 30);
      const queue = new Queue('batches', { connection: { url: redis.url }, prefix: 'whosaid' });
      cleanup.push(() => queue.close());
      const workers = [await startWorker(redis.url, dir), await startWorker(redis.url, dir)];
      // Anyone who can write to the queue can send a worker anything: it is refused, the worker goes on.
      await queue.add('analyse', { packed: Buffer.from('{"articles": "none"}').toString('base64') }, { attempts: 1 });
      await queue.add('analyse', { analysis: { id: 7 }, packed: 42 }, { attempts: 1 });
      const coordinator = startCli(['raw', '--out', 'fleet', '--queue', redis.url, '--log-format', 'json'], { cwd: dir });
      const { code } = await coordinator.done;
      expect(code).toBe(0);
      const logs = workers.flatMap((worker) => logLines(worker.stderr()));
      expect(logs.filter((line) => line['event'] === 'job-refused')).toHaveLength(2);
      sameFiles(await outputFiles(path.join(dir, 'fleet')), await localTables(dir, 'raw'));
      const report = JSON.parse(await readFile(path.join(dir, 'fleet/run.json'), 'utf8')) as { workers: string[]; exitCode: number };
      const batches = logLines(coordinator.stderr()).filter((line) => line['event'] === 'batch');
      expect(batches).toHaveLength(4);
      expect(new Set(batches.map((line) => line['worker']))).toEqual(new Set(report.workers));
      for (const name of report.workers) expect(workers.map((worker) => worker.name)).toContain(name);
      for (const worker of workers) expect(await stop(worker)).toBe(0);
    });
  });

  it('test_fleet_worker_killed_mid_batch_its_batch_goes_to_another_and_the_bytes_are_the_same', async () => {
    await inTempDir(async (dir) => {
      // One input of several batches, so that the first worker is in the middle of one when it is killed.
      await writeCorpus(path.join(dir, 'raw'), 1, 200);
      const queue = new Queue('batches', { connection: { url: redis.url }, prefix: 'whosaid' });
      cleanup.push(() => queue.close());
      const first = await startWorker(redis.url, dir);
      const coordinator = startCli(['raw', '--out', 'fleet', '--queue', redis.url], { cwd: dir });
      let held: string | undefined;
      while (held === undefined) {
        held = (await queue.getActive())[0]?.id;
        await sleep(20);
      }
      first.child.kill('SIGKILL');
      await first.done;
      const second = await startWorker(redis.url, dir);
      expect((await coordinator.done).code).toBe(0);
      expect(logLines(second.stderr()).filter((line) => line['event'] === 'batch').map((line) => line['job'])).toContain(held);
      sameFiles(await outputFiles(path.join(dir, 'fleet')), await localTables(dir, 'raw'));
      expect(await stop(second)).toBe(0);
    });
  });

  it('test_fleet_coordinator_killed_and_started_again_goes_on_from_the_store_and_the_queue', async () => {
    await inTempDir(async (dir) => {
      await writeCorpus(path.join(dir, 'raw'), 6, 40);
      const worker = await startWorker(redis.url, dir);
      const args = ['raw', '--out', 'fleet', '--queue', redis.url, '--log-format', 'json'];
      const killed = startCli(args, { cwd: dir });
      // Killed once the fleet has analysed some batches: some inputs are in the store, some jobs in Redis.
      while (logLines(killed.stderr()).filter((line) => line['event'] === 'batch').length < 2) await sleep(20);
      killed.child.kill('SIGKILL');
      await killed.done;
      const again = await startCli(args, { cwd: dir }).done;
      expect(again.code).toBe(0);
      exportWhosaid({ dir: path.join(dir, 'fleet'), out: path.join(dir, 'fleet-export'), cwd: dir });
      sameFiles(await outputFiles(path.join(dir, 'fleet-export')), await localTables(dir, 'raw'));
      expect(await stop(worker)).toBe(0);
    });
  });

  it('test_fleet_worker_of_another_analysis_version_is_refused_and_says_what_differs', async () => {
    await inTempDir(async (dir) => {
      // Another build: the same code with one lexicon changed (a comment: the analysis is the same, its version is not).
      const other = path.join(dir, 'other-whosaid');
      await mkdir(other);
      for (const entry of ['dist', 'data', 'package.json']) await cp(path.join(PACKAGE_DIR, entry), path.join(other, entry), { recursive: true });
      await symlink(path.join(PACKAGE_DIR, 'node_modules'), path.join(other, 'node_modules'));
      await writeFile(path.join(other, 'data/lexicons/cue-verbs.tsv'), `${await readFile(path.join(other, 'data/lexicons/cue-verbs.tsv'), 'utf8')}# edited\n`);
      const raw = await samplesIn(dir, SAMPLES);
      const stranger = await startWorker(redis.url, dir, { cli: path.join(other, 'dist/pipelines/cli.js') });
      const coordinator = startCli([raw, '--out', 'fleet', '--queue', redis.url], { cwd: dir });
      const refused = await stranger.done;
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/refused the coordinator's batches: they are of another analysis version, with other data \(lexicons, gazetteers, models\) \(\w+ here, \w+ there\)/u);
      expect(refused.stderr).not.toMatch(/other code|whosaid version/u);
      const right = await startWorker(redis.url, dir);
      expect((await coordinator.done).code).toBe(0);
      const report = JSON.parse(await readFile(path.join(dir, 'fleet/run.json'), 'utf8')) as { workers: string[] };
      expect(report.workers).toEqual([right.name]);
      sameFiles(await outputFiles(path.join(dir, 'fleet')), await localTables(dir, raw));
      expect(await stop(right)).toBe(0);
    });
  });

  it('test_fleet_over_tls_with_a_password_runs_and_never_shows_the_password', async () => {
    await inTempDir(async (dir) => {
      const password = 'pw-7f3a-not-to-be-seen';
      const secure = await startRedis(dir, { tls: true, password });
      try {
        const env = { NODE_EXTRA_CA_CERTS: path.join(dir, 'ca.crt') };
        const raw = await samplesIn(dir, SAMPLES);
        const worker = await startWorker(secure.url, dir, { env });
        const coordinator = await startCli([raw, '--out', 'fleet', '--queue', secure.url], { cwd: dir, env }).done;
        expect(coordinator.code).toBe(0);
        sameFiles(await outputFiles(path.join(dir, 'fleet')), await localTables(dir, raw));
        // Without the CA the worker cannot trust the server: one line, exit 2, still no password.
        const untrusting = await startCli(['worker', '--queue', secure.url], { cwd: dir }).done;
        expect(untrusting.code).toBe(2);
        expect(untrusting.stderr.trim().split('\n')).toHaveLength(1);
        expect(untrusting.stderr).toMatch(/cannot reach Redis at rediss:\/\/default@127\.0\.0\.1:\d+ \(.*certificate/u);
        expect(await stop(worker)).toBe(0);
        const seen = [coordinator.stdout, coordinator.stderr, worker.stderr(), untrusting.stderr, ...(await Promise.all(['run.json', 'report.html'].map((name) => readFile(path.join(dir, 'fleet', name), 'utf8'))))];
        for (const text of seen) expect(text).not.toContain(password);
      } finally {
        await secure.stop();
      }
    });
  });

  it('test_fleet_unreachable_redis_is_one_line_and_exit_2_for_coordinator_and_worker', async () => {
    await inTempDir(async (dir) => {
      const raw = await samplesIn(dir, SAMPLES);
      const nowhere = `redis://user:secret-word@127.0.0.1:${await freePort()}`;
      for (const args of [[raw, '--out', 'fleet', '--queue', nowhere], ['worker', '--queue', nowhere]]) {
        const { code, stderr } = await startCli(args, { cwd: dir }).done;
        expect(code).toBe(2);
        expect(stderr).toMatch(/^whosaid: cannot reach Redis at redis:\/\/user@127\.0\.0\.1:\d+ \(.*ECONNREFUSED.*\); start it, or check the address and password of --queue\n$/u);
        expect(stderr).not.toContain('secret-word');
      }
    });
  });
});
