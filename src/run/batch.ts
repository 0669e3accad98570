import { Messages } from '../core/diagnostics.js';
import type { AnalysedArticle, Article, Diagnostic } from '../core/types.js';
import type { Analyse } from '../stages/compose.js';
import type { StageTimes } from '../core/timing.js';

/**
 * A batch: the unit of analysis, the same for a worker thread and a machine of the fleet. Articles of one
 * input, in input order, about BATCH_CHARS of text, so that one big file keeps every worker busy.
 */
export interface Batch {
  /** The input the articles come from, as the run names it (for diagnostics). */
  readonly input: string;
  readonly articles: readonly Article[];
}

export interface BatchResult {
  /** One per article of the batch, in its order. */
  readonly analysed: readonly AnalysedArticle[];
  readonly diagnostics: readonly Diagnostic[];
  /** Milliseconds each stage took on the batch. */
  readonly stageMs: Readonly<Record<string, number>>;
  /** What analysed it: a thread of this process, or a fleet worker (its host and process id). */
  readonly worker: string;
  /** Milliseconds it took there. */
  readonly ms: number;
}

/** Characters of text in a batch: enough that sending it costs little beside analysing it (`npm run bench`). */
export const BATCH_CHARS = 256 * 1024;

/** Longest article body analysed, in characters: about 30,000 words, far beyond any news story. */
export const MAX_ARTICLE_CHARS = 200_000;

/** Cuts articles into batches of about `chars` characters, in order; an article is never split. */
export function cutBatches(articles: readonly Article[], chars = BATCH_CHARS): Article[][] {
  const batches: Article[][] = [];
  let batch: Article[] = [];
  let size = 0;
  for (const article of articles) {
    const length = article.title.length + article.caption.length + article.text.length;
    if (batch.length > 0 && size + length > chars) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
    batch.push(article);
    size += length;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** Analyses a batch with the per-article stages, wherever it runs; never throws on bad input. */
export function analyseBatch(batch: Batch, analyse: Analyse, times: StageTimes, worker: string): BatchResult {
  const started = performance.now();
  const messages = new Messages(batch.input);
  const analysed = batch.articles.map((article) => ({ ...analyse(withinLimit(article, messages), messages), article }));
  return { analysed, diagnostics: messages.list, stageMs: times.drain(), worker, ms: performance.now() - started };
}

/**
 * The article as the stages see it: whole, or cut at a white space before MAX_ARTICLE_CHARS (a runaway
 * "article", such as a file of one 5 MB line, would take minutes and most of the memory). The tables keep
 * the whole text; offsets into the analysed part are offsets into it.
 */
function withinLimit(article: Article, messages: Messages): Article {
  if (article.text.length <= MAX_ARTICLE_CHARS) return article;
  const cut = Math.max(article.text.lastIndexOf(' ', MAX_ARTICLE_CHARS), MAX_ARTICLE_CHARS / 2);
  messages.report('split/article-too-long', `the article is ${article.text.length} characters long; only the first ${cut} are analysed`, {
    articleId: article.id,
    line: article.source.line,
  });
  return { ...article, text: article.text.slice(0, cut) };
}
