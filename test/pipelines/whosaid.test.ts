import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import { runWhosaid } from '../../pipelines/whosaid.js';
import { inTempDir, PACKAGE_DIR, samplesIn } from '../helpers.js';

const TABLES = ['articles', 'duplicates', 'entities', 'mentions', 'quotes', 'relations'];
const readJsonl = async (file: string) => (await readFile(file, 'utf8')).split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);


describe('pipeline: whole runs', () => {
  it('test_pipeline_samples_give_three_articles_and_the_duplicate_with_both_sources', async () => {
    await inTempDir(async (dir) => {
      const raw = await samplesIn(dir);
      const report = await runWhosaid({ inputs: [raw], out: path.join(dir, 'out'), cwd: dir });
      expect(report.exitCode).toBe(0);
      expect(report.counts).toMatchObject({ articles: 3, duplicates: 1 });
      const articles = await readJsonl(path.join(dir, 'out/articles.jsonl'));
      const chinaRussia = articles.find((a) => String(a['title']).startsWith('China, Russia'));
      expect(chinaRussia?.['sources']).toEqual(['raw/000_06af27a1779da8b6.txt:0-2276', 'raw/001_71f2028a2ed88880.txt:0-2276']);
      const [duplicate] = await readJsonl(path.join(dir, 'out/duplicates.jsonl'));
      expect(duplicate).toMatchObject({ duplicate_of: chinaRussia?.['article_id'], kind: 'exact', source: 'raw/001_71f2028a2ed88880.txt:0-2276' });
      for (const table of TABLES) {
        const csv = await readFile(path.join(dir, `out/${table}.csv`), 'utf8');
        expect(csv.startsWith('\uFEFF')).toBe(true);
      }
    });
  });

  it('test_pipeline_same_input_gives_byte_identical_tables', async () => {
    await inTempDir(async (dir) => {
      const raw = await samplesIn(dir);
      await runWhosaid({ inputs: [raw], out: path.join(dir, 'one'), cwd: dir });
      await runWhosaid({ inputs: [raw], out: path.join(dir, 'two'), cwd: dir });
      for (const table of TABLES) {
        for (const ext of ['csv', 'jsonl']) {
          const one = await readFile(path.join(dir, `one/${table}.${ext}`));
          expect(one.equals(await readFile(path.join(dir, `two/${table}.${ext}`)))).toBe(true);
        }
      }
    });
  });

  it('test_pipeline_bad_files_beside_samples_are_diagnosed_and_samples_still_extracted', async () => {
    await inTempDir(async (dir) => {
      const raw = await samplesIn(dir);
      await writeFile(path.join(raw, 'binary.bin'), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31) % 256)));
      await writeFile(path.join(raw, 'empty.txt'), '');
      await writeFile(path.join(raw, 'latin.txt'), Buffer.from([0x61, 0xff, 0xfe, 0x0a, 0xc3, 0xa9, 0x0a]));
      const report = await runWhosaid({ inputs: [raw], out: path.join(dir, 'out'), cwd: dir });
      expect(report.exitCode).toBe(1);
      expect(report.counts).toMatchObject({ duplicates: 1 });
      const titles = (await readJsonl(path.join(dir, 'out/articles.jsonl'))).map((a) => a['title']);
      expect(titles).toEqual(expect.arrayContaining(['China, Russia Discuss Ukraine Crisis, Beijing Reaffirms Strong Ties']));
      const runJson = JSON.parse(await readFile(path.join(dir, 'out/run.json'), 'utf8')) as { diagnostics: { source: string; ruleId: string }[]; inputs: { path: string; outcome: string }[] };
      const bySource = (source: string) => runJson.diagnostics.filter((d) => d.source === source).map((d) => d.ruleId);
      expect(bySource('raw/binary.bin')).toEqual(['read/binary']);
      expect(bySource('raw/empty.txt')).toEqual(['read/empty']);
      expect(bySource('raw/latin.txt')).toContain('read/invalid-utf8');
      expect(runJson.inputs.find((i) => i.path === 'raw/000_06af27a1779da8b6.txt')?.outcome).toBe('ok');
      expect(runJson.inputs.find((i) => i.path === 'raw/binary.bin')?.outcome).toBe('failed');
    });
  });
});

describe('pipeline: command line', () => {
  const cli = path.join(PACKAGE_DIR, 'dist/pipelines/cli.js');
  const run = async (args: string[], cwd: string) =>
    promisify(execFile)(process.execPath, [cli, ...args], { cwd }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );

  it('test_cli_help_and_usage_errors', async () => {
    const help = await run(['--help'], PACKAGE_DIR);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--out DIR');
    const wrong = await run(['--no-such-option'], PACKAGE_DIR);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--no-such-option');
  });

  it('test_cli_runs_and_prints_a_summary_and_exits_1_for_a_missing_input', async () => {
    await inTempDir(async (dir) => {
      const raw = await samplesIn(dir);
      const ok = await run([raw, '--out', 'o'], dir);
      expect(ok.code).toBe(0);
      expect(ok.stderr).toMatch(/3 new articles, 1 duplicates/u);
      const missing = await run([raw, 'nope.txt', '--out', 'o'], dir);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('see o/run.json');
    });
  });
});

describe('pipeline: stable ids', () => {
  it('test_pipeline_old_ids_stay_when_a_new_dump_is_added', async () => {
    await inTempDir(async (dir) => {
      const raw = await samplesIn(dir);
      const idsOf = async (out: string) => {
        const ids = new Set<string>();
        for (const [table, key] of [['articles', 'article_id'], ['entities', 'entity_id'], ['quotes', 'quote_id'], ['relations', 'relation_id']] as const) {
          for (const row of await readJsonl(path.join(out, `${table}.jsonl`))) ids.add(String(row[key]));
        }
        return ids;
      };
      await runWhosaid({ inputs: [raw], out: path.join(dir, 'before'), cwd: dir });
      const before = await idsOf(path.join(dir, 'before'));
      await writeFile(
        path.join(raw, '002_new.txt'),
        'Germany Hosts Talks\n\nTT\n\nGermany Hosts Talks\n\nChancellor Olaf Scholz met Joe Biden in Berlin. "We agree," Scholz said.\n',
      );
      await runWhosaid({ inputs: [raw], out: path.join(dir, 'after'), cwd: dir });
      const after = await idsOf(path.join(dir, 'after'));
      expect([...before].filter((id) => !after.has(id))).toEqual([]);
      expect(after.size).toBeGreaterThan(before.size);
    });
  });
});
