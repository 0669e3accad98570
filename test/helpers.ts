import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { articleStages } from '../pipelines/whosaid.js';
import { Messages } from '../src/diagnostics.js';
import { type Analyse, composeStages } from '../src/run/compose.js';
import { StageTimes } from '../src/run/timing.js';
import { readSource } from '../src/stages/read/index.js';
import { splitSource } from '../src/stages/split/index.js';
import type { AnalysedArticle, Article, Field, InputFormat, SourceFile } from '../src/types.js';

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
export const SAMPLES = ['data/raw/000_06af27a1779da8b6.txt', 'data/raw/001_71f2028a2ed88880.txt'].map((file) => path.join(PACKAGE_DIR, file));

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
  analyseOnce ??= composeStages(articleStages(), new StageTimes());
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
