/**
 * The output contract: every table, its columns in CSV order, and the shape of one row. JSONL lines have the
 * same keys in the same order (plus the columns marked JSONL-only); lists are arrays there and `; `-joined in CSV.
 */

export type Cell = string | number | null | readonly string[];

export interface TableSpec<Row> {
  readonly name: TableName;
  /** Keys in output order. */
  readonly columns: readonly (keyof Row & string)[];
  /** Keys written to JSONL but not to CSV (the article text is too long for a spreadsheet cell). */
  readonly jsonlOnly: readonly (keyof Row & string)[];
}

export type TableName = 'articles' | 'duplicates' | 'entities' | 'mentions' | 'quotes' | 'relations';

export interface ArticleRow {
  readonly article_id: string;
  readonly title: string;
  readonly date: string;
  readonly caption: string;
  readonly credit: string;
  readonly word_count: number;
  /** Where the story was seen, `file:start-end` in bytes, the kept copy first, then every duplicate. */
  readonly sources: readonly string[];
  readonly url: string;
  readonly external_id: string;
  readonly text: string;
}

export interface DuplicateRow {
  readonly article_id: string;
  readonly duplicate_of: string;
  readonly kind: string;
  readonly similarity: number;
  readonly source: string;
}

export interface EntityRow {
  readonly entity_id: string;
  readonly type: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly roles: readonly string[];
  readonly country: string;
  readonly article_count: number;
  readonly mention_count: number;
  readonly geonames_id: string;
}

export interface MentionRow {
  readonly article_id: string;
  readonly entity_id: string;
  readonly field: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  /** How the mention names its entity: `name`, `demonym` (Chinese → China) or `credit` (in a photo credit). */
  readonly form: string;
}

export interface QuoteRow {
  readonly quote_id: string;
  readonly article_id: string;
  readonly field: string;
  readonly kind: string;
  readonly text: string;
  readonly speaker: string;
  readonly speaker_id: string;
  readonly speaker_mention: string;
  readonly speaker_start: number | null;
  readonly speaker_end: number | null;
  readonly cue: string;
  readonly via: string;
  readonly via_id: string;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
}

export interface RelationRow {
  readonly relation_id: string;
  readonly article_id: string;
  readonly subject_id: string;
  readonly subject: string;
  readonly predicate: string;
  readonly object_id: string;
  readonly object: string;
  readonly evidence: string;
  readonly confidence: number;
  readonly qualifier_id: string;
  readonly qualifier: string;
  readonly field: string;
  readonly evidence_start: number;
  readonly evidence_end: number;
  /** What the ends are: PERSON, PLACE, ORGANIZATION, QUOTE, ARTICLE, ROLE or SOURCE (an unnamed source). */
  readonly subject_type: string;
  readonly object_type: string;
}

export interface Tables {
  readonly articles: readonly ArticleRow[];
  readonly duplicates: readonly DuplicateRow[];
  readonly entities: readonly EntityRow[];
  readonly mentions: readonly MentionRow[];
  readonly quotes: readonly QuoteRow[];
  readonly relations: readonly RelationRow[];
}

export const ARTICLES: TableSpec<ArticleRow> = {
  name: 'articles',
  columns: ['article_id', 'title', 'date', 'caption', 'credit', 'word_count', 'sources', 'url', 'external_id', 'text'],
  jsonlOnly: ['text'],
};

export const DUPLICATES: TableSpec<DuplicateRow> = {
  name: 'duplicates',
  columns: ['article_id', 'duplicate_of', 'kind', 'similarity', 'source'],
  jsonlOnly: [],
};

export const ENTITIES: TableSpec<EntityRow> = {
  name: 'entities',
  columns: ['entity_id', 'type', 'name', 'aliases', 'roles', 'country', 'article_count', 'mention_count', 'geonames_id'],
  jsonlOnly: [],
};

export const MENTIONS: TableSpec<MentionRow> = {
  name: 'mentions',
  columns: ['article_id', 'entity_id', 'field', 'text', 'start', 'end', 'sentence', 'form'],
  jsonlOnly: [],
};

export const QUOTES: TableSpec<QuoteRow> = {
  name: 'quotes',
  columns: [
    'quote_id', 'article_id', 'field', 'kind', 'text', 'speaker', 'speaker_id', 'speaker_mention', 'speaker_start',
    'speaker_end', 'cue', 'via', 'via_id', 'start', 'end', 'confidence',
  ],
  jsonlOnly: [],
};

export const RELATIONS: TableSpec<RelationRow> = {
  name: 'relations',
  columns: [
    'relation_id', 'article_id', 'subject_id', 'subject', 'predicate', 'object_id', 'object', 'evidence', 'confidence',
    'qualifier_id', 'qualifier', 'field', 'evidence_start', 'evidence_end', 'subject_type', 'object_type',
  ],
  jsonlOnly: [],
};

/** Every table in the order they are written and listed in run.json. */
export const TABLE_SPECS = [ARTICLES, DUPLICATES, ENTITIES, MENTIONS, QUOTES, RELATIONS] as const;
