import type { Fingerprint } from '../ingest/fingerprint.js';
import type { AnalysedArticle, Article, Diagnostic, InputFormat, InputOutcome } from '../core/types.js';
import { sourceLabel } from '../core/source.js';
import { bandKeys, type DuplicateFinder, exactKey } from './dedupe.js';
import type { Entities } from './entities.js';
import type { Db } from './open.js';

/** An article of an input on its way into the store. */
export interface ArticleToCommit {
  readonly article: Article;
  readonly fingerprint: Fingerprint;
  /** What the per-article stages found; absent for an article the plan found the store to have already. */
  readonly analysed?: AnalysedArticle;
}

/** An input as the store remembers it: its bytes' hash, where it was seen, what became of it. */
export interface InputRecord {
  readonly sha256: string;
  readonly path: string;
  readonly bytes: number;
  readonly format: InputFormat;
  readonly outcome: InputOutcome;
  readonly articles: number;
  readonly diagnostics: readonly Diagnostic[];
}

export interface Committed {
  readonly kept: number;
  readonly duplicates: number;
}

/**
 * Writes inputs into the store, one transaction per input: a run killed at any point leaves every input whole
 * or absent. Each article is checked against every article before it (in the store, and earlier in this
 * input): a copy becomes a row of `duplicates`, a new article its row, its dedupe keys and its analysis.
 */
export class Committer {
  private readonly insert;

  constructor(
    private readonly db: Db,
    private readonly entities: Entities,
  ) {
    const prepare = (sql: string) => db.prepare(sql);
    this.insert = {
      input: prepare('INSERT INTO inputs (sha256, run, bytes, format, outcome, articles, diagnostics) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      path: prepare('INSERT OR IGNORE INTO input_paths (sha256, path, run) VALUES (?, ?, ?)'),
      article: prepare(
        'INSERT INTO articles (article_id, run, title, date, caption, credit, text, url, external_id, source_file, source_start, source_end, source_line, exact) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      band: prepare('INSERT OR IGNORE INTO bands (band, key, seq) VALUES (?, ?, ?)'),
      duplicate: prepare('INSERT INTO duplicates (run, article_id, duplicate_of, kind, similarity, source) VALUES (?, ?, ?, ?, ?, ?)'),
      mention: prepare('INSERT INTO mentions (seq, ord, entity_id, field, start, end, sentence, form) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      quote: prepare(
        'INSERT INTO quotes (seq, ord, quote_id, field, kind, start, end, speaker, speaker_id, speaker_start, speaker_end, cue, via, via_id, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      relation: prepare(
        'INSERT INTO relations (seq, ord, relation_id, subject_id, subject, subject_type, predicate, object_id, object, object_type, qualifier_id, qualifier, field, evidence_start, evidence_end, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
    };
  }

  /** Adds a path an input already in the store was seen under. */
  seenAgain(sha256: string, path: string, run: number): void {
    this.insert.path.run(sha256, path, run);
  }

  commit(run: number, input: InputRecord, articles: readonly ArticleToCommit[], finder: DuplicateFinder): Committed {
    return this.db.transaction(() => {
      let kept = 0;
      let duplicates = 0;
      for (const { article, fingerprint, analysed } of articles) {
        const found = finder.find(article.id, fingerprint);
        // The plan gave an article whose id names another one an id of its own; meeting one here is a bug.
        if (found !== undefined && 'taken' in found) throw new Error(`article id ${article.id} is taken by another article`);
        if (found !== undefined) {
          this.insert.duplicate.run(run, article.id, found.articleId, found.kind, found.similarity, sourceLabel(article.source));
          duplicates++;
          continue;
        }
        if (analysed === undefined) throw new Error(`article ${article.id} was planned as a copy of a stored article, and the store has none`);
        this.article(run, analysed, fingerprint);
        kept++;
      }
      this.insert.input.run(input.sha256, run, input.bytes, input.format, input.outcome, input.articles, JSON.stringify(input.diagnostics));
      this.insert.path.run(input.sha256, input.path, run);
      return { kept, duplicates };
    })();
  }

  private article(run: number, analysed: AnalysedArticle, fingerprint: Fingerprint): void {
    const { article } = analysed;
    const { lastInsertRowid } = this.insert.article.run(
      article.id, run, article.title, article.date, article.caption, article.credit, article.text, article.url, article.externalId,
      article.source.file, article.source.start, article.source.end, article.source.line, exactKey(fingerprint.exact),
    );
    const seq = Number(lastInsertRowid);
    bandKeys(fingerprint.signature).forEach((key, band) => this.insert.band.run(band, key, seq));
    this.entities.add(seq, analysed.entities);
    analysed.mentions.forEach((m, ord) => this.insert.mention.run(seq, ord, m.entityId, m.field, m.start, m.end, m.sentence, m.form));
    analysed.quotes.forEach((q, ord) =>
      this.insert.quote.run(seq, ord, q.id, q.field, q.kind, q.start, q.end, q.speaker, q.speakerId, q.speakerStart, q.speakerEnd, q.cue, q.via, q.viaId, q.confidence),
    );
    // MENTIONED_IN is made again from the mentions when the article is read (see `mentionedIn`).
    analysed.relations.filter((r) => r.predicate !== 'MENTIONED_IN').forEach((r, ord) =>
      this.insert.relation.run(
        seq, ord, r.id, r.subjectId, r.subject, r.subjectType, r.predicate, r.objectId, r.objectType === 'QUOTE' || r.objectType === 'ARTICLE' ? null : r.object, r.objectType,
        r.qualifierId, r.qualifier, r.field, r.evidenceStart, r.evidenceEnd, r.confidence,
      ),
    );
  }
}
