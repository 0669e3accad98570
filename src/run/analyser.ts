import { Messages } from '../diagnostics.js';
import { fingerprint } from '../stages/dedupe/index.js';
import type { Article, ArticleStage, Diagnostic, SegmentArticle } from '../types.js';
import { type Analyse, composeStages } from './compose.js';
import { StageTimes } from './timing.js';

/** A batch of articles of one input, analysed: each with its dedupe fingerprint, plus diagnostics and times. */
export interface BatchResult {
  readonly articles: SegmentArticle[];
  readonly diagnostics: Diagnostic[];
  readonly stageMs: Record<string, number>;
}

export interface BatchTask {
  readonly source: string;
  readonly articles: readonly Article[];
}

/** Runs the per-article stages over batches, in this thread or in worker threads. */
export interface Analyser {
  analyse(task: BatchTask): Promise<BatchResult>;
  close(): Promise<void>;
}

/** The work on one batch, the same in every thread: the stages, then the fingerprint dedupe will compare. */
export function analyseBatch(analyse: Analyse, times: StageTimes, task: BatchTask): BatchResult {
  const messages = new Messages(task.source);
  const articles = task.articles.map((article) => {
    const analysed = analyse(article, messages);
    const print = times.measure('dedupe', () => fingerprint(article));
    return {
      analysed,
      fingerprint: { id: article.id, source: article.source, exact: print.exact, signature: Buffer.from(print.signature.buffer).toString('base64') },
    };
  });
  return { articles, diagnostics: messages.list, stageMs: times.drain() };
}

/** Analysis in the calling thread: for one worker, and for tests. */
export function inThreadAnalyser(stages: readonly ArticleStage[]): Analyser {
  const times = new StageTimes();
  const analyse = composeStages(stages, times);
  return {
    analyse: async (task) => analyseBatch(analyse, times, task),
    close: async () => undefined,
  };
}
