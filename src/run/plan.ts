import { diagnostic, Messages } from '../core/diagnostics.js';
import { sha256Hex, stableId } from '../core/hash.js';
import { type Fingerprint, fingerprint, similarity } from '../ingest/fingerprint.js';
import { readSource } from '../ingest/read/index.js';
import { splitSource } from '../ingest/split/index.js';
import type { InputFile } from '../io/discover.js';
import { readBytes } from '../io/read-bytes.js';
import { NEAR_DUPLICATE_SIMILARITY, type Store } from '../store/index.js';
import type { DuplicateFinder } from '../store/dedupe.js';
import type { Article, Diagnostic, InputOutcome } from '../core/types.js';
import type { StageTimes } from '../core/timing.js';

/** An article of a planned input: its fingerprint, and whether the store has it already (no analysis). */
export interface PlannedArticle {
  readonly article: Article;
  readonly fingerprint: Fingerprint;
  readonly known: boolean;
}

/** An input read, split and checked against the store: what is left to analyse and commit. */
export interface PlannedInput {
  readonly file: InputFile;
  /** Undefined when the bytes could not be read: nothing of the input is committed. */
  readonly sha256: string | undefined;
  readonly bytes: number;
  /** True when the store has these bytes already, under this or another path. */
  readonly seen: boolean;
  /** For bytes seen before: what became of them when they were read ('ok' for a copy given twice tonight). */
  readonly seenOutcome?: InputOutcome;
  readonly articles: readonly PlannedArticle[];
  /** What reading and splitting said. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Plans the inputs of one run, in path order: each is read and hashed; bytes the store has already (an input
 * given again, moved or renamed) are not read further; the others are split into articles with ids from their
 * content and fingerprints, and an article the store has (a story republished from an earlier night) is not
 * analysed again. An id the feed gives to two different articles is kept by the first; the second gets an id
 * from its words.
 */
export class Planner {
  /** Ids given out in this run, with the fingerprint of their article. */
  private readonly ids = new Map<string, Fingerprint>();
  /** Inputs planned in this run, by the sha256 of their bytes: the same bytes given twice are one input. */
  private readonly inputs = new Set<string>();

  constructor(
    private readonly store: Store,
    private readonly finder: DuplicateFinder,
    private readonly maxInputBytes: number,
    private readonly times: StageTimes,
  ) {}

  plan(file: InputFile): PlannedInput {
    const messages = new Messages(file.path);
    const none = (sha256: string | undefined, bytes: number): PlannedInput => ({ file, sha256, bytes, seen: false, articles: [], diagnostics: messages.list });
    const seen = (sha256: string, bytes: number): PlannedInput | undefined => {
      const outcome = this.inputs.has(sha256) ? 'ok' : this.store.knownInput(sha256)?.outcome;
      return outcome === undefined ? undefined : { ...none(sha256, bytes), seen: true, seenOutcome: outcome };
    };
    // A file with the size and time of change it had when an earlier run read it is not read again.
    const quick = this.store.knownFile(file.absolute, file.bytes, file.mtimeMs);
    const quickly = quick === undefined ? undefined : seen(quick, file.bytes);
    if (quickly !== undefined) return quickly;
    const started = performance.now();
    const read = file.bytes > this.maxInputBytes ? undefined : readBytes(file.absolute);
    this.times.add('read', performance.now() - started);
    if (read === undefined) {
      const mb = (n: number) => `${Math.round(n / (1 << 20))} MB`;
      messages.report('read/too-large', `the file is ${mb(file.bytes)}, more than the ${mb(this.maxInputBytes)} allowed; split it or raise --max-input-mb`);
      return none(undefined, file.bytes);
    }
    if ('error' in read) {
      messages.report('read/io', `cannot read the file (${read.error.code ?? read.error.message}); check its permissions`);
      return none(undefined, file.bytes);
    }
    const sha256 = sha256Hex(read.bytes);
    this.store.sawFile(file.absolute, read.bytes.length, file.mtimeMs, sha256);
    const again = seen(sha256, read.bytes.length);
    if (again !== undefined) return again;
    this.inputs.add(sha256);
    const source = this.times.measure('read', () => readSource({ path: file.path, format: file.format, sha256 }, read.bytes, messages));
    const split = source === undefined ? [] : this.times.measure('split', () => splitSource(source, messages));
    const articles = this.times.measure('dedupe', () => split.map((article) => this.check(article, messages)));
    return { file, sha256, bytes: read.bytes.length, seen: false, articles, diagnostics: messages.list };
  }

  private check(given: Article, messages: Messages): PlannedArticle {
    const print = fingerprint(given);
    let article = given;
    const found = this.finder.find(article.id, print);
    const earlier = this.ids.get(article.id);
    if ((found !== undefined && 'taken' in found) || (earlier !== undefined && earlier.exact !== print.exact && similarity(earlier.signature, print.signature) < NEAR_DUPLICATE_SIMILARITY)) {
      const id = stableId('a', 'content', print.exact);
      messages.report('split/id-reused', `the id "${article.externalId}" names another article already; this one is ${id}`, { articleId: id, line: article.source.line });
      article = { ...article, id };
    }
    if (!this.ids.has(article.id)) this.ids.set(article.id, print);
    return { article, fingerprint: print, known: found !== undefined && !('taken' in found) && article === given };
  }
}

/** What became of an input: `partial` when it was read with errors, `failed` when nothing of it could be used. */
export function outcomeOf(diagnostics: readonly Diagnostic[], articles: number): InputOutcome {
  if (!diagnostics.some((d) => d.severity === 'error')) return 'ok';
  return articles > 0 ? 'partial' : 'failed';
}

/** A diagnostic for a batch the analysis lost as a whole (a worker out of memory, the fleet gave up on it). */
export function batchFailed(input: string, articles: readonly Article[], reason: string): Diagnostic {
  const first = articles[0];
  const place = first === undefined ? undefined : { articleId: first.id, line: first.source.line };
  return diagnostic('analyse/batch-failed', input, `${articles.length} article(s) from line ${first?.source.line ?? '?'} could not be analysed (${reason}); the input is left out of the store and the next run tries it again`, place);
}
