import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { expect } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { articleStages, loadModels, type Models } from '../pipelines/stages.js';
import { runWhosaid } from '../pipelines/whosaid.js';
import { Messages } from '../src/core/diagnostics.js';
import { type Analyse, composeStages } from '../src/stages/compose.js';
import { StageTimes } from '../src/core/timing.js';
import { readSource } from '../src/ingest/read/index.js';
import { splitSource } from '../src/ingest/split/index.js';
import type { AnalysedArticle, Article, AnyArticleStage, Field, InputFormat } from '../src/core/types.js';
import type { SourceFile } from '../src/ingest/types.js';

/** Decodes `content` the way the read stage does a file of that name. */
export function sourceOf(content: string | Uint8Array, format: InputFormat = 'dump', path = 'test.txt'): { source: SourceFile | undefined; messages: Messages } {
  const messages = new Messages(path);
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { source: readSource({ path, format, sha256: 'test' }, bytes, messages), messages };
}

/** Reads and splits `content` into articles. */
export function articlesOf(content: string | Uint8Array, format: InputFormat = 'dump'): { articles: Article[]; messages: Messages } {
  const { source, messages } = sourceOf(content, format);
  return { articles: source === undefined ? [] : splitSource(source, messages), messages };
}

export const PACKAGE_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const CLI = path.join(PACKAGE_DIR, 'dist/pipelines/cli.js');

/** A command line started as a process: the child, and its exit with what it wrote. */
export interface StartedCli {
  readonly child: ReturnType<typeof spawn>;
  readonly done: Promise<{ code: number | null; stdout: string; stderr: string }>;
  /** What it has written on stderr so far. */
  stderr(): string;
}

/** Starts `whosaid ARGS` in `cwd`, after `shell` commands when given (limits, traps); the test must see it end. */
export function startCli(args: readonly string[], options: { cwd: string; shell?: string; env?: NodeJS.ProcessEnv; cli?: string }): StartedCli {
  const cli = options.cli ?? CLI;
  const [command, argv] = options.shell === undefined ? [process.execPath, [cli, ...args]] : ['bash', ['-c', `${options.shell}; exec "$0" "$@"`, process.execPath, cli, ...args]];
  const child = spawn(command, argv, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return { child, stderr: () => stderr, done: new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr }))) };
}
export const SAMPLES = ['data/raw/000_06af27a1779da8b6.txt', 'data/raw/001_71f2028a2ed88880.txt'].map((file) => path.join(PACKAGE_DIR, file));

/** Copies sample dumps (all by default) into `dir/raw` and returns that folder. */
export async function samplesIn(dir: string, which: readonly string[] = SAMPLES): Promise<string> {
  const raw = path.join(dir, 'raw');
  await mkdir(raw, { recursive: true });
  for (const sample of which) await copyFile(sample, path.join(raw, path.basename(sample)));
  return raw;
}

/** Runs `work` in a fresh temporary folder that is removed afterwards. */
export async function inTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'whosaid-test-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

let analyseOnce: Analyse | undefined;

/** The pipeline's per-article analysis (stages of the composition root), built once per test file. */
export function analyseArticle(fields: { text: string; title?: string; caption?: string }, id = 'test-article'): AnalysedArticle {
  analyseOnce ??= composeStages(sharedStages(), new StageTimes());
  const caption = fields.caption ?? '';
  const article: Article = {
    id,
    title: fields.title ?? '',
    caption,
    credit: '',
    text: fields.text,
    date: '',
    url: '',
    externalId: '',
    source: { file: 'test.txt', start: 0, end: 0, line: 1 },
  };
  return analyseOnce(article, new Messages('test.txt'));
}

/** The article's mentions as `[text, type, canonical]`, in text order. */
export function namesIn(analysed: AnalysedArticle, field: Field = 'text'): [string, string, string][] {
  return analysed.mentions.filter((m) => m.field === field).map((m) => [m.text, m.type, m.canonical]);
}

/**
 * A corpus in the dump layout, made from the sample dumps' sentences in a seeded order: `files` files of
 * `stories` stories each, every story a fresh mix (so few are duplicates), plus a copy of one story in the
 * last file so that dedupe has work.
 */
export async function writeCorpus(dir: string, files: number, stories: number, seed = 7): Promise<void> {
  const { readFile, writeFile, mkdir } = await import('node:fs/promises');
  const sentences = (await Promise.all(SAMPLES.map((file) => readFile(file, 'utf8'))))
    .join('\n')
    .split('\n')
    .filter((line) => line.length > 80 && !line.includes('TT'))
    .flatMap((line) => line.match(/[^.!?]+[.!?]+["”]?/gu) ?? [])
    .map((sentence) => sentence.trim());
  let state = seed;
  const random = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state % n;
  };
  await mkdir(dir, { recursive: true });
  let first = '';
  for (let f = 0; f < files; f++) {
    const parts: string[] = [];
    for (let s = 0; s < stories; s++) {
      const headline = `Story ${f}-${s}: ${sentences[random(sentences.length)]?.split(' ').slice(0, 6).join(' ')}`;
      const body = Array.from({ length: 8 }, () => Array.from({ length: 2 }, () => sentences[random(sentences.length)]).join(' ')).join('\n\n');
      parts.push(`${headline}\n\n${headline} caption. (AFP)\n${headline} caption. (AFP)\nTT\n\n${headline}\n\n${body}\n`);
    }
    if (f === 0) first = parts[0] as string;
    if (f === files - 1) parts.push(first);
    await writeFile(`${dir}/${String(f).padStart(3, '0')}.txt`, parts.join('\n\n\n'));
  }
}

/** The bytes of every table and graph file of an output folder, by name (run.json, the report and the store left out). */
export async function outputFiles(out: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const dir of ['', 'graph']) {
    for (const name of (await readdir(path.join(out, dir))).sort()) {
      if (/\.(csv|jsonl|cypher)$/u.test(name)) files.set(path.join(dir, name), await readFile(path.join(out, dir, name)));
    }
  }
  return files;
}

/** Expects two output folders to hold the same bytes in every table and graph file. */
export function sameFiles(a: Map<string, Buffer>, b: Map<string, Buffer>): void {
  expect([...a.keys()]).toEqual([...b.keys()]);
  for (const [name, bytes] of a) expect({ name, same: bytes.equals(b.get(name) as Buffer) }).toEqual({ name, same: true });
}

/** The rows of a JSONL table of an output folder. */
export async function jsonlRows(out: string, table: string): Promise<Record<string, unknown>[]> {
  return (await readFile(path.join(out, `${table}.jsonl`), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

let sharedModels: Models | undefined;

/** The lexicon and models, loaded once per test file. */
export function testModels(): Models {
  sharedModels ??= loadModels();
  return sharedModels;
}

/** The per-article stages over models loaded once per test file, for runs that inject them. */
export function sharedStages(): readonly AnyArticleStage[] {
  return articleStages(testModels());
}

/** Runs the pipeline (shared stages) on `articles` written as one JSONL input in `dir`; returns the output folder. */
export async function runOnJsonl(dir: string, articles: readonly object[]): Promise<string> {
  await writeFile(path.join(dir, 'articles.jsonl'), articles.map((a) => JSON.stringify(a)).join('\n'));
  const out = path.join(dir, 'out');
  await runWhosaid({ inputs: [path.join(dir, 'articles.jsonl')], out, cwd: dir, stages: sharedStages });
  return out;
}

/** Every CSV parses as RFC 4180 with a constant number of columns; every JSONL line and run.json parse. */
export async function everyOutputParses(out: string): Promise<void> {
  for (const folder of ['', 'graph']) {
    for (const name of await readdir(path.join(out, folder))) {
      const file = path.join(out, folder, name);
      if (name.endsWith('.csv')) {
        const records = parse(await readFile(file, 'utf8'), { bom: true }) as string[][];
        expect(new Set(records.map((r) => r.length)).size).toBe(1);
      } else if (name.endsWith('.jsonl')) {
        for (const line of (await readFile(file, 'utf8')).split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
      }
    }
  }
  expect(() => JSON.parse(readFileSync(path.join(out, 'run.json'), 'utf8'))).not.toThrow();
}

/** Every span of the outputs points at the text it claims: mentions, quotes, speakers and evidence. */
export async function everyOffsetHolds(out: string): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const lines = async (table: string) => (await readFile(path.join(out, `${table}.jsonl`), 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  const fields = new Map((await lines('articles')).map((a) => [a['article_id'] as string, a]));
  const text = (row: Record<string, unknown>) => String(fields.get(row['article_id'] as string)?.[row['field'] as string] ?? '');
  let checked = 0;
  const holds = (row: Record<string, unknown>, written: unknown, start: unknown, end: unknown) => {
    if (start === null) return;
    expect(text(row).slice(start as number, end as number)).toBe(written);
    checked++;
  };
  for (const m of await lines('mentions')) holds(m, m['text'], m['start'], m['end']);
  for (const q of await lines('quotes')) {
    holds(q, q['text'], q['start'], q['end']);
    holds(q, q['speaker_mention'], q['speaker_start'], q['speaker_end']);
  }
  for (const r of await lines('relations')) holds(r, r['evidence'], r['evidence_start'], r['evidence_end']);
  return checked;
}
