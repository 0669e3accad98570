import { spawn } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { runWhosaid } from '../../pipelines/whosaid.js';
import { inTempDir, outputFiles, PACKAGE_DIR, SAMPLES, writeCorpus } from '../helpers.js';

const same = (a: Map<string, Buffer>, b: Map<string, Buffer>) => {
  expect([...a.keys()]).toEqual([...b.keys()]);
  for (const [name, bytes] of a) expect({ name, same: bytes.equals(b.get(name) as Buffer) }).toEqual({ name, same: true });
};

describe('pipeline: nightly runs', () => {
  it('test_nightly_incremental_run_equals_full_run_and_dedupes_against_yesterday', async () => {
    await inTempDir(async (dir) => {
      const raw = path.join(dir, 'raw');
      await mkdir(raw);
      await copyFile(SAMPLES[0] as string, path.join(raw, path.basename(SAMPLES[0] as string)));
      const first = await runWhosaid({ inputs: [raw], out: path.join(dir, 'nightly'), cwd: dir, concurrency: 1 });
      expect(first.counts.duplicates).toBe(0);
      // Tomorrow's dump republishes the China-Russia story.
      await copyFile(SAMPLES[1] as string, path.join(raw, path.basename(SAMPLES[1] as string)));
      const second = await runWhosaid({ inputs: [raw], out: path.join(dir, 'nightly'), cwd: dir, concurrency: 1 });
      expect(second.inputs.map((input) => input.cached)).toEqual([true, false]);
      expect(second.counts).toMatchObject({ articles: 3, duplicates: 1 });
      await runWhosaid({ inputs: [raw], out: path.join(dir, 'full'), cwd: dir, concurrency: 1, full: true });
      same(await outputFiles(path.join(dir, 'nightly')), await outputFiles(path.join(dir, 'full')));
      // Given only the new dump, the run still merges into the same tables.
      const onlyNew = await runWhosaid({ inputs: [path.join(raw, path.basename(SAMPLES[1] as string))], out: path.join(dir, 'nightly'), cwd: dir, concurrency: 1 });
      expect(onlyNew.counts).toMatchObject({ articles: 3, duplicates: 1 });
      same(await outputFiles(path.join(dir, 'nightly')), await outputFiles(path.join(dir, 'full')));
    });
  });

  it('test_nightly_two_workers_give_the_same_bytes_as_one', async () => {
    await inTempDir(async (dir) => {
      await writeCorpus(path.join(dir, 'corpus'), 30, 8);
      await runWhosaid({ inputs: [path.join(dir, 'corpus')], out: path.join(dir, 'one'), cwd: dir, concurrency: 1 });
      const report = await runWhosaid({ inputs: [path.join(dir, 'corpus')], out: path.join(dir, 'two'), cwd: dir, concurrency: 2 });
      expect(report.counts.duplicates).toBeGreaterThanOrEqual(1);
      same(await outputFiles(path.join(dir, 'one')), await outputFiles(path.join(dir, 'two')));
    });
  }, 180_000);

  it('test_nightly_run_killed_at_random_points_and_restarted_equals_an_uninterrupted_run', async () => {
    await inTempDir(async (dir) => {
      await writeCorpus(path.join(dir, 'corpus'), 30, 8, 11);
      const cli = path.join(PACKAGE_DIR, 'dist/pipelines/cli.js');
      // The exit is listened for at once: a run may end before the kill meant for it.
      const start = (out: string) => {
        const child = spawn(process.execPath, [cli, 'corpus', '--out', out, '--concurrency', '2', '--quiet'], { cwd: dir, stdio: 'ignore' });
        return { child, exit: new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code))) };
      };
      const started = performance.now();
      expect(await start('whole').exit).toBe(0);
      const whole = performance.now() - started;
      // Kill points spread over the run: start-up, analysis (some segments written), merge and commit.
      let seed = 3;
      for (const fraction of [0.35, 0.55, 0.7, 0.85, 0.95]) {
        seed = (seed * 7919 + 13) % 100;
        const run = start('killed');
        await new Promise((resolve) => setTimeout(resolve, whole * (fraction + seed / 2000)));
        run.child.kill('SIGKILL');
        await run.exit;
      }
      expect(await start('killed').exit).toBe(0);
      same(await outputFiles(path.join(dir, 'whole')), await outputFiles(path.join(dir, 'killed')));
    });
  }, 300_000);

  it('test_nightly_segment_whose_article_rows_disagree_with_its_fingerprints_ends_the_run_before_any_table', async () => {
    await inTempDir(async (dir) => {
      const raw = path.join(dir, 'raw');
      await mkdir(raw);
      for (const sample of SAMPLES) await copyFile(sample, path.join(raw, path.basename(sample)));
      const out = path.join(dir, 'nightly');
      await runWhosaid({ inputs: [raw], out, cwd: dir, concurrency: 1 });
      const before = await outputFiles(out);
      // Something outside whosaid drops the first article row of the first dump's segment (whose two
      // articles are both kept: the second dump holds the copy).
      const state = JSON.parse(await readFile(path.join(out, '.whosaid/state.json'), 'utf8')) as { inputs: { segment: string }[] };
      const file = path.join(out, '.whosaid/segments', `${state.inputs[0]?.segment}.articles.jsonl`);
      await writeFile(file, (await readFile(file, 'utf8')).split('\n').slice(1).join('\n'));
      await expect(runWhosaid({ inputs: [raw], out, cwd: dir, concurrency: 1 })).rejects.toMatchObject({ code: 'E_CONFIG', message: expect.stringContaining('--full') });
      same(await outputFiles(out), before);
      // --full analyses again and gives the same tables.
      await runWhosaid({ inputs: [raw], out, cwd: dir, concurrency: 1, full: true });
      same(await outputFiles(out), before);
    });
  });
});
