import { spawn } from 'node:child_process';
import { copyFile, mkdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { exportWhosaid, runWhosaid } from '../../pipelines/whosaid.js';
import { type Analyser, inThreadAnalyser } from '../../src/run/analyser.js';
import { runNight } from '../../src/run/night.js';
import { MIGRATIONS } from '../../src/store/schema.js';
import { inTempDir, jsonlRows, outputFiles, SAMPLES, sameFiles, samplesIn, sharedStages, startCli, writeCorpus } from '../helpers.js';

const cli = (args: readonly string[], cwd: string, shell?: string) => startCli(args, { cwd, ...(shell === undefined ? {} : { shell }) });

describe('nightly: a store that makes a night cost what is new', () => {
  it('test_nightly_second_night_writes_only_what_is_new_and_export_equals_a_full_run', async () => {
    await inTempDir(async (dir) => {
      const raw = await samplesIn(dir, [SAMPLES[0] as string]);
      const out = path.join(dir, 'nightly');
      const first = await runWhosaid({ inputs: [raw], out, cwd: dir, stages: sharedStages });
      expect(first.counts).toMatchObject({ articles: 2, duplicates: 0 });
      const firstNight = await outputFiles(out);
      // Tomorrow's dump republishes the China-Russia story and brings the Iran-Geneva one.
      await copyFile(SAMPLES[1] as string, path.join(raw, path.basename(SAMPLES[1] as string)));
      const second = await runWhosaid({ inputs: [raw], out, cwd: dir, stages: sharedStages });
      expect(second.inputs.map((input) => [input.seen, input.kept, input.duplicates])).toEqual([
        [true, 0, 0],
        [false, 1, 1],
      ]);
      expect(second.counts).toMatchObject({ articles: 1, duplicates: 1 });
      // An exact copy has the id of the article it repeats: it is the same story, seen again at `source`.
      const [duplicate] = await jsonlRows(out, 'duplicates');
      expect(duplicate?.['duplicate_of']).toBe(duplicate?.['article_id']);
      expect(duplicate?.['source']).toBe('raw/001_71f2028a2ed88880.txt:0-2276');
      expect([first.run, second.run]).toEqual([1, 2]);
      expect(second.store).toEqual({ articles: 3, runs: 2 });
      expect(JSON.parse(await readFile(path.join(out, 'run.json'), 'utf8'))).toMatchObject({ run: 2, tables: { firstRun: 2, lastRun: 2 } });
      // Entities of tonight only: those the new article mentions, with counts over both nights.
      const entities = await jsonlRows(out, 'entities');
      expect(entities.length).toBeGreaterThan(0);
      expect(entities.find((e) => e['name'] === 'Iran')?.['article_count']).toBe(2);
      exportWhosaid({ dir: out, out: path.join(dir, 'export'), cwd: dir });
      await runWhosaid({ inputs: [raw], out: path.join(dir, 'full'), cwd: dir, full: true, stages: sharedStages });
      sameFiles(await outputFiles(path.join(dir, 'export')), await outputFiles(path.join(dir, 'full')));
      // A range of history gives the tables that night had: the first night, exported after the second.
      const one = exportWhosaid({ dir: out, out: path.join(dir, 'night1'), cwd: dir, since: '1', until: '1' });
      expect(one.counts).toMatchObject({ articles: 2, duplicates: 0 });
      sameFiles(await outputFiles(path.join(dir, 'night1')), firstNight);
    });
  }, 120_000);

  it('test_nightly_ids_do_not_depend_on_the_folder_or_path_an_input_was_given_from', async () => {
    await inTempDir(async (dir) => {
      await samplesIn(dir);
      const out = path.join(dir, 'out');
      await runWhosaid({ inputs: ['raw'], out: 'out', cwd: dir, stages: sharedStages });
      const ids = (await jsonlRows(out, 'articles')).map((a) => a['article_id']);
      // The same dumps, renamed and given by absolute path from another working folder.
      const moved = path.join(dir, 'elsewhere');
      await mkdir(moved);
      for (const [i, sample] of SAMPLES.entries()) await copyFile(sample, path.join(moved, `renamed-${i}.txt`));
      const again = await runWhosaid({ inputs: [moved], out, cwd: path.join(dir, 'elsewhere'), stages: sharedStages });
      expect(again.inputs.every((input) => input.seen)).toBe(true);
      expect(again.counts).toMatchObject({ articles: 0, duplicates: 0 });
      // A fresh folder, inputs from yet another path, gives the same ids.
      await runWhosaid({ inputs: [moved], out: path.join(dir, 'fresh'), cwd: '/', stages: sharedStages });
      expect((await jsonlRows(path.join(dir, 'fresh'), 'articles')).map((a) => a['article_id'])).toEqual(ids);
    });
  });

  it('test_nightly_run_killed_at_random_points_and_restarted_ends_as_an_uninterrupted_run', async () => {
    await inTempDir(async (dir) => {
      await writeCorpus(path.join(dir, 'corpus'), 30, 8, 11);
      const args = (out: string) => ['corpus', '--out', out, '--concurrency', '2', '--quiet'];
      const started = performance.now();
      expect((await cli(args('whole'), dir).done).code).toBe(0);
      const whole = performance.now() - started;
      // Kill points spread over the run: start-up, analysis, commits of inputs, writing the tables.
      let seed = 3;
      for (const fraction of [0.3, 0.5, 0.7, 0.85, 0.95]) {
        seed = (seed * 7919 + 13) % 100;
        const run = cli(args('killed'), dir);
        await new Promise((resolve) => setTimeout(resolve, whole * (fraction + seed / 2000)));
        run.child.kill('SIGKILL');
        await run.done;
      }
      expect((await cli(args('killed'), dir).done).code).toBe(0);
      // The store holds whole inputs only: what the killed runs committed and what the last one added is the
      // uninterrupted run's history, row for row.
      exportWhosaid({ dir: path.join(dir, 'killed'), out: path.join(dir, 'killed-export'), cwd: dir });
      exportWhosaid({ dir: path.join(dir, 'whole'), out: path.join(dir, 'whole-export'), cwd: dir });
      sameFiles(await outputFiles(path.join(dir, 'whole-export')), await outputFiles(path.join(dir, 'killed-export')));
    });
  }, 300_000);

  it('test_nightly_a_file_changed_in_place_is_read_again_and_an_unchanged_one_is_not', async () => {
    await inTempDir(async (dir) => {
      const raw = await samplesIn(dir, [SAMPLES[0] as string]);
      const out = path.join(dir, 'out');
      await runWhosaid({ inputs: [raw], out, cwd: dir, stages: sharedStages });
      const file = path.join(raw, path.basename(SAMPLES[0] as string));
      // Touched: its time of change is new, its bytes the same: read, hashed and known.
      await utimes(file, new Date(), new Date(Date.now() + 5000));
      expect((await runWhosaid({ inputs: [raw], out, cwd: dir, stages: sharedStages })).inputs.map((i) => i.seen)).toEqual([true]);
      // Rewritten in place with a story added: new bytes, analysed; the stories it had are known.
      await writeFile(file, `${await readFile(file, 'utf8')}\n\nNew Talks Begin\n\nTT\n\nNew Talks Begin\n\nMaria Lopez met Olaf Scholz in Berlin on Monday.\n`);
      const changed = await runWhosaid({ inputs: [raw], out, cwd: dir, stages: sharedStages });
      expect(changed.inputs.map((i) => [i.seen, i.kept, i.duplicates])).toEqual([[false, 1, 2]]);
    });
  });

  it('test_nightly_a_place_first_written_in_capitals_takes_the_name_written_in_mixed_case_an_acronym_does_not', async () => {
    await inTempDir(async (dir) => {
      const out = path.join(dir, 'out');
      const story = (id: string, text: string) => `${JSON.stringify({ id, title: '', text })}\n`;
      await writeFile(path.join(dir, 'one.jsonl'), story('a', 'WEST BANK (Reuters) - Chancellor Olaf Scholz met union leaders and UNESCO officials on Monday to discuss wages.'));
      await runWhosaid({ inputs: [path.join(dir, 'one.jsonl')], out, cwd: dir, stages: sharedStages });
      expect((await jsonlRows(out, 'entities')).map((e) => e['name'])).toContain('WEST BANK');
      await writeFile(path.join(dir, 'two.jsonl'), story('b', 'Thousands of people marched in the West Bank on Saturday against the new rent rules, Unesco said.'));
      await runWhosaid({ inputs: [path.join(dir, 'two.jsonl')], out, cwd: dir, stages: sharedStages });
      const names = (await jsonlRows(out, 'entities')).map((e) => e['name']);
      expect(names).toContain('West Bank');
      expect(names).not.toContain('WEST BANK');
      // An acronym stays as written first.
      expect(names).toContain('UNESCO');
    });
  });

  it('test_nightly_who_said_what_names_one_speaker_by_one_name_over_articles', async () => {
    await inTempDir(async (dir) => {
      const out = path.join(dir, 'out');
      const story = (id: string, text: string) => `${JSON.stringify({ id, title: '', text })}\n`;
      await writeFile(
        path.join(dir, 'news.jsonl'),
        story('a', '"We will build the wall," Donald Trump said in Phoenix on Wednesday.') +
          story('b', '"Mexico will pay for it," Donald J. Trump told supporters in Ohio on Friday.'),
      );
      await runWhosaid({ inputs: [path.join(dir, 'news.jsonl')], out, cwd: dir, stages: sharedStages });
      const rows = await jsonlRows(out, 'who-said-what');
      expect(new Set(rows.map((r) => r['speaker_id'])).size).toBe(1);
      expect(rows.map((r) => r['speaker'])).toEqual(['Donald Trump', 'Donald Trump']);
      // quotes.csv keeps each article's own reading.
      expect((await jsonlRows(out, 'quotes')).map((q) => q['speaker'])).toEqual(['Donald Trump', 'Donald J. Trump']);
    });
  });

  it('test_nightly_tables_of_a_killed_run_come_with_the_next_night', async () => {
    await inTempDir(async (dir) => {
      const raw = await samplesIn(dir, [SAMPLES[0] as string]);
      const out = path.join(dir, 'out');
      await runWhosaid({ inputs: [raw], out, cwd: dir, stages: sharedStages });
      // A run that committed its input and was killed before it wrote its tables.
      const db = new Database(path.join(out, '.whosaid/store.db'));
      db.prepare('UPDATE runs SET delivered = 0').run();
      db.close();
      const next = await runWhosaid({ inputs: [raw], out, cwd: dir, stages: sharedStages });
      expect(next.tables).toEqual({ firstRun: 1, lastRun: 2 });
      expect(next.counts.articles).toBe(2);
    });
  });
});

describe('nightly: exit codes when inputs were seen before', () => {
  it('test_nightly_an_input_read_with_errors_counts_once_and_one_not_read_is_tried_each_night', async () => {
    await inTempDir(async (dir) => {
      const raw = await samplesIn(dir);
      await writeFile(path.join(raw, 'bad.txt'), Buffer.concat([Buffer.from('Headline here\n\nA café body with a bad byte '), Buffer.from([0xff]), Buffer.from(' in it.\n')]));
      await writeFile(path.join(raw, 'big.txt'), 'A long story.\n\n'.repeat(2000));
      const night = async (...extra: string[]) => {
        const { code, stderr } = await cli(['raw', '--out', 'out', ...extra], dir).done;
        const report = JSON.parse(await readFile(path.join(dir, 'out/run.json'), 'utf8')) as { inputs: { path: string; outcome: string; seen: boolean }[]; diagnostics: { ruleId: string }[] };
        return { code, stderr, inputs: Object.fromEntries(report.inputs.map((i) => [path.basename(i.path), `${i.outcome}${i.seen ? ', seen' : ''}`])), rules: report.diagnostics.map((d) => d.ruleId) };
      };
      const first = await night('--max-input-mb', '0.01');
      expect(first.code).toBe(1);
      expect(first.inputs).toMatchObject({ 'bad.txt': 'partial', 'big.txt': 'failed' });
      expect(first.rules.sort()).toEqual(['read/invalid-utf8', 'read/too-large']);
      // The bad byte was reported the night it was read; the file too large was not read, so it is tried again.
      const second = await night('--max-input-mb', '0.01');
      expect(second.code).toBe(1);
      expect(second.inputs).toMatchObject({ 'bad.txt': 'partial, seen', 'big.txt': 'failed' });
      expect(second.rules).toEqual(['read/too-large']);
      expect(second.stderr).toMatch(/4 inputs \(3 seen before, 1 of them read with errors then\), 1 with errors/u);
      const third = await night();
      expect(third.code).toBe(0);
      expect(third.inputs).toMatchObject({ 'bad.txt': 'partial, seen', 'big.txt': 'ok' });
    });
  });
});

describe('nightly: a batch the analysis loses', () => {
  it('test_nightly_a_lost_batch_fails_its_input_naming_its_articles_and_the_next_night_tries_again', async () => {
    await inTempDir(async (dir) => {
      const raw = await samplesIn(dir);
      const out = path.join(dir, 'out');
      const local = inThreadAnalyser(sharedStages);
      // A worker that dies on the second input's batch (out of memory, killed), as the pool or the fleet reports it.
      const dying: Analyser = { ...local, run: async (batch) => (batch.input.includes('001_') ? Promise.reject(new Error('worker exited')) : local.run(batch)) };
      const first = await runNight({ inputs: [raw], out, cwd: dir, analysis: 'test', analyser: () => dying });
      expect(first.exitCode).toBe(1);
      expect(first.inputs.map((input) => [path.basename(input.path), input.outcome])).toEqual([
        ['000_06af27a1779da8b6.txt', 'ok'],
        ['001_71f2028a2ed88880.txt', 'failed'],
      ]);
      const [lost] = first.diagnostics;
      expect(first.diagnostics).toHaveLength(1);
      expect(lost).toMatchObject({ ruleId: 'analyse/batch-failed', source: 'raw/001_71f2028a2ed88880.txt', place: { line: 1 } });
      expect(lost?.message).toMatch(/^2 article\(s\) from line 1 could not be analysed \(worker exited\)/u);
      const second = await runNight({ inputs: [raw], out, cwd: dir, analysis: 'test', analyser: () => local });
      expect(second.exitCode).toBe(0);
      expect(second.inputs.map((input) => [path.basename(input.path), input.outcome, input.seen])).toEqual([
        ['000_06af27a1779da8b6.txt', 'ok', true],
        ['001_71f2028a2ed88880.txt', 'ok', false],
      ]);
    });
  });
});

describe('nightly: one run at a time per folder', () => {
  it('test_lock_a_second_run_exits_75_naming_the_first_and_wait_waits', async () => {
    await inTempDir(async (dir) => {
      await samplesIn(dir);
      await mkdir(path.join(dir, 'out/.whosaid'), { recursive: true });
      const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
      try {
        const startedAt = '2026-11-29T02:00:00.000Z';
        await writeFile(path.join(dir, 'out/.whosaid/lock'), JSON.stringify({ pid: holder.pid, host: (await import('node:os')).hostname(), startedAt }));
        const busy = await cli(['raw', '--out', 'out'], dir).done;
        expect(busy.code).toBe(75);
        expect(busy.stderr).toBe(`whosaid: out is in use by another whosaid run (pid ${holder.pid}, started ${startedAt}); let it finish, or pass --wait to wait for it\n`);
        const waiting = cli(['raw', '--out', 'out', '--wait', '--quiet'], dir);
        await new Promise((resolve) => setTimeout(resolve, 1500));
        expect(waiting.child.exitCode).toBeNull();
        holder.kill('SIGKILL');
        expect((await waiting.done).code).toBe(0);
      } finally {
        holder.kill('SIGKILL');
      }
    });
  }, 60_000);

  it('test_lock_left_by_a_dead_process_is_taken_over', async () => {
    await inTempDir(async (dir) => {
      await samplesIn(dir);
      await mkdir(path.join(dir, 'out/.whosaid'), { recursive: true });
      const dead = spawn(process.execPath, ['-e', '0']);
      await new Promise((resolve) => dead.on('exit', resolve));
      await writeFile(path.join(dir, 'out/.whosaid/lock'), JSON.stringify({ pid: dead.pid, host: (await import('node:os')).hostname(), startedAt: '2026-11-28T02:00:00.000Z' }));
      const report = await runWhosaid({ inputs: ['raw'], out: 'out', cwd: dir, stages: sharedStages });
      expect(report.counts.articles).toBe(3);
      await expect(stat(path.join(dir, 'out/.whosaid/lock'))).rejects.toMatchObject({ code: 'ENOENT' });
    });
  });
});

describe('nightly: faults of the output folder are said plainly', () => {
  it('test_output_folder_that_is_a_file_cannot_be_created_or_written_exits_2_at_once', async () => {
    await inTempDir(async (dir) => {
      await samplesIn(dir);
      await writeFile(path.join(dir, 'a-file'), 'x');
      for (const [out, said] of [
        ['a-file', 'whosaid: --out a-file is a file, not a folder; pass a folder (it is created if missing)\n'],
        ['/proc/whosaid-out', 'whosaid: cannot use /proc/whosaid-out as the output folder (ENOENT); pass a folder you can write with --out\n'],
        ['/sys/kernel', 'whosaid: cannot use /sys/kernel as the output folder (EACCES); pass a folder you can write with --out\n'],
      ] as const) {
        const started = performance.now();
        const result = await cli(['raw', '--out', out], dir).done;
        expect({ out, code: result.code, stderr: result.stderr.replace('EPERM', 'EACCES') }).toEqual({ out, code: 2, stderr: said });
        expect(performance.now() - started).toBeLessThan(5000);
      }
    });
  });

  it('test_disk_full_during_a_run_exits_74_with_the_tables_of_before_whole_and_the_store_consistent', async () => {
    await inTempDir(async (dir) => {
      const raw = await samplesIn(dir, [SAMPLES[0] as string]);
      expect((await cli(['raw', '--out', 'out', '--quiet'], dir).done).code).toBe(0);
      const before = await outputFiles(path.join(dir, 'out'));
      await writeCorpus(path.join(raw, 'more'), 3, 20, 5);
      // Writes past 150 KB fail as on a full disk (the signal the limit sends is ignored, so the write returns an error).
      const full = await cli(['raw', '--out', 'out'], dir, 'trap "" XFSZ; ulimit -f 150').done;
      expect(full.code).toBe(74);
      expect(full.stderr).toMatch(/^whosaid: cannot write \S+ \((SQLITE_[A-Z_]+|EFBIG|ENOSPC)\); the tables from before are unchanged; [a-z ]+ and run again\n$/u);
      sameFiles(await outputFiles(path.join(dir, 'out')), before);
      // With room again, the next run goes on from whole inputs and ends as a run that never failed.
      expect((await cli(['raw', '--out', 'out', '--quiet'], dir).done).code).toBe(0);
      exportWhosaid({ dir: path.join(dir, 'out'), out: path.join(dir, 'export'), cwd: dir });
      expect((await cli(['raw', '--out', 'full', '--full', '--quiet'], dir).done).code).toBe(0);
      sameFiles(await outputFiles(path.join(dir, 'export')), await outputFiles(path.join(dir, 'full')));
    });
  }, 120_000);
});

describe('nightly: store versions', () => {
  it('test_store_of_an_older_version_is_migrated_keeping_its_rows', async () => {
    await inTempDir(async (dir) => {
      const file = path.join(dir, 'out/.whosaid/store.db');
      await mkdir(path.dirname(file), { recursive: true });
      const old = new Database(file);
      old.exec(MIGRATIONS[0] as string);
      old.pragma('user_version = 1');
      old.prepare("INSERT INTO runs (started_at, analysis, delivered) VALUES ('2026-11-01T00:00:00.000Z', 'old', 1)").run();
      old.close();
      await samplesIn(dir);
      const report = await runWhosaid({ inputs: ['raw'], out: 'out', cwd: dir, stages: sharedStages });
      expect(report.run).toBe(2);
      expect(report.diagnostics.map((d) => d.ruleId)).toContain('run/analysis-changed');
      const db = new Database(file, { readonly: true });
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      db.close();
    });
  });

  it('test_store_of_a_newer_whosaid_is_refused_and_the_cache_of_an_older_one_rebuilt', async () => {
    await inTempDir(async (dir) => {
      await samplesIn(dir);
      const file = path.join(dir, 'out/.whosaid/store.db');
      await mkdir(path.dirname(file), { recursive: true });
      const newer = new Database(file);
      newer.pragma(`user_version = ${MIGRATIONS.length + 1}`);
      newer.close();
      const refused = await cli(['raw', '--out', 'out'], dir).done;
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/^whosaid: \S+store\.db was written by a newer whosaid \(store version \d+; this one reads up to \d+\)/u);
      await rm(path.join(dir, 'out'), { recursive: true });
      await mkdir(path.join(dir, 'out/.whosaid/segments'), { recursive: true });
      await writeFile(path.join(dir, 'out/.whosaid/state.json'), '{"version":1}');
      const report = await runWhosaid({ inputs: ['raw'], out: 'out', cwd: dir, stages: sharedStages });
      expect(report.diagnostics.map((d) => d.ruleId)).toContain('run/store-rebuilt');
      await expect(stat(path.join(dir, 'out/.whosaid/segments'))).rejects.toMatchObject({ code: 'ENOENT' });
      expect(report.counts.articles).toBe(3);
    });
  });
});
