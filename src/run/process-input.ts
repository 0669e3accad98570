import { Messages } from '../diagnostics.js';
import { sha256Hex, stableId } from '../hash.js';
import type { InputFile } from '../io/discover.js';
import { readBytes } from '../io/read-bytes.js';
import { SegmentStore } from '../io/segments.js';
import { fingerprint } from '../stages/dedupe/index.js';
import { readSource } from '../stages/read/index.js';
import { splitSource } from '../stages/split/index.js';
import type { Article, SegmentHeader } from '../types.js';
import { renderArticle } from '../write/render.js';
import type { Analyse } from './compose.js';
import type { StageTimes } from './timing.js';

/** One input to bring into the segment cache: the file, the analysis version, the cache folder. */
export interface InputTask {
  readonly input: InputFile;
  /** Larger files are not read (`read/too-large`). */
  readonly maxInputBytes: number;
  readonly analysis: string;
  readonly segments: string;
  /** The segment an earlier run merged for this path: kept if the file is gone. */
  readonly previous?: string | undefined;
}

/** An input in the cache: its segment's header and key, and whether an earlier run had made it. */
export interface InputDone {
  readonly header: SegmentHeader;
  readonly segment: string;
  readonly cached: boolean;
}

/**
 * Brings one input into the segment cache, in whatever thread runs it: reads the bytes, and unless a segment
 * for this path, these bytes and this analysis version exists, decodes, splits, analyses every article (with
 * the fingerprint dedupe will compare) and writes the segment. Never throws on bad input: the header's
 * report says `ok`, `partial` (read with errors) or `failed`, and its diagnostics say why. Its file calls
 * block: a worker thread has nothing else to do meanwhile (see SyncFileSink).
 */
export function processInput(task: InputTask, stages: () => Analyse, times: StageTimes): InputDone {
  const { input } = task;
  const store = new SegmentStore(task.segments);
  const started = performance.now();
  const read: ReturnType<typeof readBytes> =
    input.bytes > task.maxInputBytes ? { error: Object.assign(new Error('too large'), { code: 'E_TOO_LARGE' }) } : readBytes(input.absolute);
  times.add('read', performance.now() - started);
  // A file merged before and deleted since stays in the tables with the analysis it had.
  if ('error' in read && read.error.code === 'ENOENT' && task.previous !== undefined && store.has(task.previous)) {
    return { header: store.header(task.previous), segment: task.previous, cached: true };
  }
  const bytes = 'bytes' in read ? read.bytes : new Uint8Array();
  const sha256 = sha256Hex(bytes);
  const segment = stableId('g', task.analysis, input.path, sha256);
  if (store.has(segment)) return { header: store.header(segment), segment, cached: true };

  const messages = new Messages(input.path);
  let articles: Article[] = [];
  if ('error' in read && read.error.code === 'E_TOO_LARGE') {
    const mb = (n: number) => `${Math.round(n / (1 << 20))} MB`;
    messages.report('read/too-large', `the file is ${mb(input.bytes)}, more than the ${mb(task.maxInputBytes)} allowed; split it or raise --max-input-mb`);
  } else if ('error' in read) {
    messages.report('read/io', `cannot read the file (${read.error.code ?? read.error.message}); check its permissions`);
  } else {
    const source = times.measure('read', () => readSource({ path: input.path, format: input.format, sha256 }, bytes, messages));
    articles = source === undefined ? [] : times.measure('split', () => splitSource(source, messages));
  }
  const analyse = articles.length > 0 ? stages() : undefined;
  const header = store.write(segment, (writer): SegmentHeader => {
    for (const article of articles) {
      const result = { ...(analyse as Analyse)(withinLimit(article, messages), messages), article };
      const rendered = times.measure('write', () => renderArticle(result));
      const print = times.measure('dedupe', () => fingerprint(article));
      const signature = Buffer.from(print.signature.buffer).toString('base64');
      writer.append({ ...rendered, fingerprint: { id: article.id, source: article.source, exact: print.exact, signature } });
    }
    const outcome = !messages.hasErrors ? 'ok' : articles.length > 0 ? 'partial' : 'failed';
    return {
      input: { path: input.path, sha256, bytes: bytes.length, outcome, articles: articles.length },
      diagnostics: messages.list,
      stageMs: times.drain(),
    };
  });
  return { header, segment, cached: false };
}

/** Longest article body analysed, in characters: about 30,000 words, far beyond any news story. */
export const MAX_ARTICLE_CHARS = 200_000;

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
