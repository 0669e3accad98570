import type PQueue from 'p-queue';
import { Messages } from '../diagnostics.js';
import type { InputFile } from '../io/discover.js';
import { readSource } from '../stages/read/index.js';
import { splitSource } from '../stages/split/index.js';
import type { Article, SegmentArticle, SegmentHeader } from '../types.js';
import type { Analyser, BatchResult } from './analyser.js';
import { StageTimes } from './timing.js';

/** Articles sent to a worker at once: enough to make the hand-over cheap, few enough to spread the work. */
const BATCH_ARTICLES = 16;

export interface ProcessedInput {
  readonly header: SegmentHeader;
  readonly articles: readonly SegmentArticle[];
}

/**
 * Reads, decodes and splits one input here, then has its articles analysed in batches through `queue`
 * (which bounds the batches in flight over all inputs). Never throws on bad input: the header's report says
 * `ok`, `partial` (read with errors) or `failed`, and its diagnostics say why.
 */
export async function processInput(input: InputFile, read: { bytes: Uint8Array; sha256: string } | { error: NodeJS.ErrnoException; sha256: string }, analyser: Analyser, queue: PQueue): Promise<ProcessedInput> {
  const times = new StageTimes();
  const messages = new Messages(input.path);
  let articles: Article[] = [];
  let bytes = 0;
  if ('error' in read) {
    messages.report('read/io', `cannot read the file (${read.error.code ?? read.error.message}); check its permissions`);
  } else {
    bytes = read.bytes.length;
    const source = times.measure('read', () => readSource({ path: input.path, format: input.format, sha256: read.sha256 }, read.bytes, messages));
    articles = source === undefined ? [] : times.measure('split', () => splitSource(source, messages));
  }
  const batches: Article[][] = [];
  for (let i = 0; i < articles.length; i += BATCH_ARTICLES) batches.push(articles.slice(i, i + BATCH_ARTICLES));
  const results = await Promise.all(batches.map((batch) => queue.add(() => analyser.analyse({ source: input.path, articles: batch })) as Promise<BatchResult>));
  const stageMs = new StageTimes();
  stageMs.addAll(times.toJSON());
  results.forEach((result) => stageMs.addAll(result.stageMs));
  const diagnostics = [...messages.list, ...results.flatMap((result) => result.diagnostics)];
  const hasErrors = diagnostics.some((d) => d.severity === 'error');
  const outcome = !hasErrors ? 'ok' : articles.length > 0 ? 'partial' : 'failed';
  return {
    header: { input: { path: input.path, sha256: read.sha256, bytes, outcome, articles: articles.length }, diagnostics, stageMs: stageMs.toJSON() },
    articles: results.flatMap((result) => result.articles),
  };
}
