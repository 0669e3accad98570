import { UsageError } from '../core/errors.js';
import { mentionedIn } from '../stages/relations/index.js';
import type { AnalysedArticle, EntityType, Field, Mention, MentionForm, NodeType, Predicate, Quote, QuoteKind, Relation } from '../core/types.js';
import type { Db } from './open.js';

/** Runs `first … last` (inclusive), and the articles they committed: `seq` in `[fromSeq, toSeq]`. */
export interface RunRange {
  readonly first: number;
  readonly last: number;
  readonly fromSeq: number;
  readonly toSeq: number;
}

/** An article as the store holds it, with its analysis and every place it was seen (its own first). */
export interface StoredArticle extends Omit<AnalysedArticle, 'entities'> {
  readonly seq: number;
  readonly run: number;
  /** When the run that first saw the article started (ISO): its date where the input gave none. */
  readonly seenAt: string;
  /** `file:start-end` of the article, then of each copy found up to the range's last run. */
  readonly sources: readonly string[];
}

export interface StoredDuplicate {
  readonly articleId: string;
  readonly duplicateOf: string;
  readonly kind: string;
  readonly similarity: number;
  readonly source: string;
}

/**
 * The runs a range names: `since` and `until` are each a run number or a date (`2026-11-28`, or any ISO
 * time); a date takes the runs that started on or after it (`since`) or on or before its day (`until`).
 * Without them, the whole history.
 */
export function runRange(db: Db, since?: string, until?: string): RunRange {
  const last = (db.prepare('SELECT MAX(run) FROM runs').pluck().get() as number | null) ?? 0;
  const first = since === undefined ? 1 : runAt(db, since, 'since');
  const end = until === undefined ? last : runAt(db, until, 'until');
  return withSeqs(db, first, end);
}

/** The runs since the last one whose tables were delivered, through `current`: what tonight's tables hold. */
export function undeliveredRange(db: Db, current: number): RunRange {
  const delivered = (db.prepare('SELECT MAX(run) FROM runs WHERE delivered = 1 AND run < ?').pluck().get(current) as number | null) ?? 0;
  return withSeqs(db, delivered + 1, current);
}

function withSeqs(db: Db, first: number, last: number): RunRange {
  const seqs = db.prepare('SELECT MIN(seq) AS low, MAX(seq) AS high FROM articles WHERE run BETWEEN ? AND ?').get(first, last) as { low: number | null; high: number | null };
  return { first, last, fromSeq: seqs.low ?? 1, toSeq: seqs.high ?? 0 };
}

function runAt(db: Db, value: string, side: 'since' | 'until'): number {
  if (/^\d+$/u.test(value)) return Number(value);
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new UsageError(`--${side} expects a run number or a date (2026-11-28), got "${value}"`);
  const bound = /^\d{4}-\d{2}-\d{2}$/u.test(value) && side === 'until' ? time + 86_400_000 : time;
  const iso = new Date(bound).toISOString();
  const run =
    side === 'since'
      ? db.prepare('SELECT MIN(run) FROM runs WHERE started_at >= ?').pluck().get(iso)
      : db.prepare('SELECT MAX(run) FROM runs WHERE started_at < ?').pluck().get(iso);
  return (run as number | null) ?? (side === 'since' ? Number.MAX_SAFE_INTEGER : 0);
}

interface ArticleRecord {
  seq: number;
  run: number;
  started_at: string;
  article_id: string;
  title: string;
  date: string;
  caption: string;
  credit: string;
  text: string;
  url: string;
  external_id: string;
  source_file: string;
  source_start: number;
  source_end: number;
  source_line: number;
}

/** Reads the articles of a range, one at a time in commit order, with their analysis and sources. */
export class ArticleReader {
  private readonly articles;
  private readonly copies;
  private readonly entities;
  private readonly mentions;
  private readonly quotes;
  private readonly relations;

  constructor(db: Db) {
    this.articles = db.prepare<[number, number], ArticleRecord>(
      'SELECT a.*, r.started_at FROM articles a JOIN runs r ON r.run = a.run WHERE a.seq BETWEEN ? AND ? ORDER BY a.seq',
    );
    this.copies = db.prepare<[number, number, number], { duplicate_of: string; source: string }>(
      'SELECT duplicate_of, source FROM duplicates WHERE run <= ? AND duplicate_of IN (SELECT article_id FROM articles WHERE seq BETWEEN ? AND ?) ORDER BY seq',
    );
    this.entities = db.prepare<[number, number], { seq: number; entity_id: string; type: EntityType; name: string }>('SELECT seq, entity_id, type, name FROM entity_articles WHERE seq BETWEEN ? AND ?');
    this.mentions = db.prepare<[number, number], MentionRecord>('SELECT * FROM mentions WHERE seq BETWEEN ? AND ? ORDER BY seq, ord');
    this.quotes = db.prepare<[number, number], QuoteRecord>('SELECT * FROM quotes WHERE seq BETWEEN ? AND ? ORDER BY seq, ord');
    this.relations = db.prepare<[number, number], RelationRecord>('SELECT * FROM relations WHERE seq BETWEEN ? AND ? ORDER BY seq, ord');
  }

  /** The articles of a range in commit order, read CHUNK at a time: a few queries per chunk, not per article. */
  *read(range: RunRange): Generator<StoredArticle> {
    for (let from = range.fromSeq; from <= range.toSeq; from += CHUNK) {
      const to = Math.min(range.toSeq, from + CHUNK - 1);
      const copies = group(this.copies.all(range.last, from, to), (c) => c.duplicate_of);
      const entities = group(this.entities.all(from, to), (e) => e.seq);
      const mentions = group(this.mentions.all(from, to), (m) => m.seq);
      const quotes = group(this.quotes.all(from, to), (q) => q.seq);
      const relations = group(this.relations.all(from, to), (r) => r.seq);
      for (const a of this.articles.all(from, to)) {
        yield this.article(a, {
          copies: (copies.get(a.article_id) ?? []).map((c) => c.source),
          entities: entities.get(a.seq) ?? [],
          mentions: mentions.get(a.seq) ?? [],
          quotes: quotes.get(a.seq) ?? [],
          relations: relations.get(a.seq) ?? [],
        });
      }
    }
  }

  private article(a: ArticleRecord, rows: ArticleRows): StoredArticle {
    const article = {
      id: a.article_id,
      title: a.title,
      caption: a.caption,
      credit: a.credit,
      text: a.text,
      date: a.date,
      url: a.url,
      externalId: a.external_id,
      source: { file: a.source_file, start: a.source_start, end: a.source_end, line: a.source_line },
    };
    const own = `${a.source_file}:${a.source_start}-${a.source_end}`;
    const fieldText = (field: Field) => article[field];
    const entities = new Map(rows.entities.map((e) => [e.entity_id, e]));
    const mentions = rows.mentions.map((m): Mention => {
      const entity = entities.get(m.entity_id);
      return {
        field: m.field, start: m.start, end: m.end, text: fieldText(m.field).slice(m.start, m.end), type: entity?.type ?? 'PERSON', form: m.form,
        sentence: m.sentence, canonical: entity?.name ?? '', entityId: m.entity_id,
      };
    });
    const quotes = rows.quotes.map((q): Quote => {
      const text = fieldText(q.field);
      return {
        id: q.quote_id, field: q.field, kind: q.kind, start: q.start, end: q.end, text: text.slice(q.start, q.end), speaker: q.speaker, speakerId: q.speaker_id,
        speakerMention: q.speaker_start === null || q.speaker_end === null ? '' : text.slice(q.speaker_start, q.speaker_end),
        speakerStart: q.speaker_start, speakerEnd: q.speaker_end, cue: q.cue, via: q.via, viaId: q.via_id, confidence: q.confidence,
      };
    });
    const quoteText = new Map(quotes.map((q) => [q.id, q.text]));
    const relations = rows.relations.map((r): Relation => ({
      id: r.relation_id, subjectId: r.subject_id, subject: r.subject, subjectType: r.subject_type, predicate: r.predicate, objectId: r.object_id,
      object: r.object ?? (r.object_type === 'ARTICLE' ? article.title : (quoteText.get(r.object_id) ?? '')), objectType: r.object_type, qualifierId: r.qualifier_id, qualifier: r.qualifier, field: r.field,
      evidence: fieldText(r.field).slice(r.evidence_start, r.evidence_end), evidenceStart: r.evidence_start, evidenceEnd: r.evidence_end, confidence: r.confidence,
    }));
    // The relations stage makes MENTIONED_IN last, from the mentions alone: the store makes them again the same way.
    relations.push(...mentionedIn(article, mentions));
    return { seq: a.seq, run: a.run, seenAt: a.started_at, article, sources: [own, ...rows.copies], mentions, quotes, relations };
  }
}

/** Articles read at a time. */
const CHUNK = 256;

/** The rows of one article, taken from its chunk's. */
interface ArticleRows {
  readonly copies: readonly string[];
  readonly entities: readonly { entity_id: string; type: EntityType; name: string }[];
  readonly mentions: readonly MentionRecord[];
  readonly quotes: readonly QuoteRecord[];
  readonly relations: readonly RelationRecord[];
}

function group<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list === undefined) groups.set(k, [row]);
    else list.push(row);
  }
  return groups;
}

interface MentionRecord {
  seq: number;
  entity_id: string;
  field: Field;
  start: number;
  end: number;
  sentence: number;
  form: MentionForm;
}

interface QuoteRecord {
  seq: number;
  quote_id: string;
  field: Field;
  kind: QuoteKind;
  start: number;
  end: number;
  speaker: string;
  speaker_id: string;
  speaker_start: number | null;
  speaker_end: number | null;
  cue: string;
  via: string;
  via_id: string;
  confidence: number;
}

interface RelationRecord {
  seq: number;
  relation_id: string;
  subject_id: string;
  subject: string;
  subject_type: NodeType;
  predicate: Predicate;
  object_id: string;
  object: string | null;
  object_type: NodeType;
  qualifier_id: string;
  qualifier: string;
  field: Field;
  evidence_start: number;
  evidence_end: number;
  confidence: number;
}

/** The duplicates found by the runs of a range, in the order they were found. */
export function duplicatesIn(db: Db, range: RunRange): StoredDuplicate[] {
  return (
    db
      .prepare('SELECT article_id, duplicate_of, kind, similarity, source FROM duplicates WHERE run BETWEEN ? AND ? ORDER BY seq')
      .all(range.first, range.last) as { article_id: string; duplicate_of: string; kind: string; similarity: number; source: string }[]
  ).map((d) => ({ articleId: d.article_id, duplicateOf: d.duplicate_of, kind: d.kind, similarity: d.similarity, source: d.source }));
}
