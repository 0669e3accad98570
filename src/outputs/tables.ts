/**
 * The output contract: the one definition of every table. Each column says what it holds (`doc`), its JSON
 * Schema, whether CSV has it, and its Neo4j type. The row types, the CSV column order, `schemas/*.json`, the
 * graph files' headers and the README's column table are all made from here (`npm run generate`; a test
 * fails when a generated file is stale). To add a column, add it here and run `npm run generate`.
 */

import { MENTION_FORMS } from '../core/types.js';

export type JsonSchema = Readonly<Record<string, unknown>>;

/** A column whose values are of type `V`. */
export interface Column<V> {
  readonly doc: string;
  readonly schema: JsonSchema;
  /** False for a column too long for a spreadsheet cell (the article text): JSONL only. */
  readonly csv: boolean;
  /** How neo4j-admin reads it: `int`, `float`, `string[]`, or plain string. */
  readonly neo4j: 'int' | 'float' | 'string[]' | 'string';
  /** Never set: carries the value type for `Row`. */
  readonly value?: V;
}

type Columns = Readonly<Record<string, Column<unknown>>>;

/** One row of a table: its columns' values, by column name. */
export type Row<C extends Columns> = { readonly [K in keyof C]: C[K] extends Column<infer V> ? V : never };

export interface Table<C extends Columns = Columns> {
  readonly name: string;
  /** What one row is, for the README ("quotation"). */
  readonly rowIs: string;
  /** The JSON Schema's title. */
  readonly title: string;
  readonly columns: C;
}

const column = <V>(doc: string, schema: JsonSchema, neo4j: Column<V>['neo4j'] = 'string', csv = true): Column<V> => ({ doc, schema, csv, neo4j });

/** The column types of the tables. */
const of = {
  id: (prefix: string, doc: string, optional = false) =>
    column<string>(doc, { type: 'string', pattern: optional ? `^([${prefix}][0-9a-f]{16})?$` : `^[${prefix}][0-9a-f]{16}$` }),
  text: (doc: string, schema: JsonSchema = {}) => column<string>(doc, { type: 'string', ...schema }),
  longText: (doc: string) => column<string>(doc, { type: 'string' }, 'string', false),
  enumeration: <const T extends string>(values: readonly T[], doc: string) => column<T>(doc, { enum: values }),
  int: (doc: string) => column<number>(doc, { type: 'integer', minimum: 0 }, 'int'),
  offset: (doc: string) => column<number | null>(doc, { type: ['integer', 'null'], minimum: 0 }, 'int'),
  share: (doc: string) => column<number>(doc, { type: 'number', minimum: 0, maximum: 1 }, 'float'),
  list: (doc: string) => column<readonly string[]>(doc, { type: 'array', items: { type: 'string' } }, 'string[]'),
};

const FIELD = of.enumeration(['title', 'caption', 'text'] as const, 'the field of the article: title, caption or text');
const ENTITY_TYPES = ['PERSON', 'PLACE', 'ORGANIZATION'] as const;
const NODE_TYPES = ['PERSON', 'PLACE', 'ORGANIZATION', 'QUOTE', 'ARTICLE', 'ROLE', 'SOURCE'] as const;
/** Ids of the graph's nodes: entities (p, l, o), quotes, articles, role titles, sources without an entity. */
const NODE_ID = 'plotqas';

export const ARTICLES = {
  name: 'articles',
  rowIs: 'new unique article',
  title: 'An article',
  columns: {
    article_id: of.id('a', 'stable id: a hash of the JSONL `id`, or of the normalised words when there is none'),
    title: of.text('headline'),
    date: of.text('date as the input gave it, or empty'),
    caption: of.text('photo caption, lines joined by a line break'),
    credit: of.text('photo credit found in the caption'),
    word_count: of.int('words of the body'),
    sources: of.list('`file:start-end` byte ranges where the story was seen: first copy, then every duplicate'),
    url: of.text('url from the input, or empty'),
    external_id: of.text('the JSONL `id`, or empty'),
    text: of.longText('the body (JSONL only)'),
  },
} as const satisfies Table;

export const DUPLICATES = {
  name: 'duplicates',
  rowIs: 'duplicate found',
  title: 'An article seen again',
  columns: {
    article_id: of.id('a', 'id of the copy (for an exact copy, the id of the article it repeats)'),
    duplicate_of: of.id('a', 'the article kept, maybe of an earlier night'),
    kind: of.enumeration(['exact', 'near'] as const, '`exact` (same normalised words) or `near` (80% of 5-word shingles shared)'),
    similarity: of.share('estimated shingle similarity, 1 for exact copies'),
    source: of.text('`file:start-end` of the copy'),
  },
} as const satisfies Table;

export const ENTITIES = {
  name: 'entities',
  rowIs: 'entity new or changed',
  title: 'An entity with everything known of it',
  columns: {
    entity_id: of.id('plo', 'stable id: a hash of the type and the ISO code, GeoNames id or name'),
    type: of.enumeration(ENTITY_TYPES, 'PERSON, PLACE or ORGANIZATION'),
    name: of.text('canonical name', { minLength: 1 }),
    aliases: of.list('other ways articles wrote it'),
    roles: of.list('roles stated for a person ("Foreign Minister of China")'),
    country: of.text('ISO 3166-1 alpha-2 code, or empty'),
    article_count: of.int('articles that mention it, up to this run'),
    mention_count: of.int('mentions in those articles'),
    geonames_id: of.text('GeoNames id of a place, or empty'),
  },
} as const satisfies Table;

export const MENTIONS = {
  name: 'mentions',
  rowIs: 'mention',
  title: 'A mention of an entity',
  columns: {
    article_id: of.id('a', 'the article'),
    entity_id: of.id('plo', 'the entity'),
    field: FIELD,
    text: of.text('the mention as written', { minLength: 1 }),
    start: of.int('offset of its first UTF-16 code unit in the field'),
    end: of.int('offset after its last'),
    sentence: of.int('sentence number in the field'),
    form: of.enumeration(MENTION_FORMS, '`name`, `demonym` (Chinese → China), `description` (Chinese foreign ministry) or `credit` (in a photo credit)'),
  },
} as const satisfies Table;

export const QUOTES = {
  name: 'quotes',
  rowIs: 'quotation',
  title: 'A quotation with its speaker',
  columns: {
    quote_id: of.id('q', 'stable id: article, field, offsets and kind'),
    article_id: of.id('a', 'the article'),
    field: FIELD,
    kind: of.enumeration(['direct', 'partial', 'indirect'] as const, '`direct`, `partial` (inside someone else\'s sentence) or `indirect`'),
    text: of.text('what was said', { minLength: 1 }),
    speaker: of.text('the speaker as resolved, or as written when unresolved ("a senior official"), or empty when the text names no one ("it was reported that", "as they say")'),
    speaker_id: of.id('plo', 'the speaker\'s entity, or empty', true),
    speaker_mention: of.text('the speaker as written where the quote is attributed ("he", "the senator")'),
    speaker_start: of.offset('offset of the speaker mention, or null'),
    speaker_end: of.offset('offset after it, or null'),
    cue: of.text('the verb or phrase that attributes it, as written'),
    via: of.text('the outlet it came through ("RIA cited ... as saying"), or empty'),
    via_id: of.id('plo', 'the outlet\'s entity, or empty', true),
    start: of.int('offset of the quote\'s first character'),
    end: of.int('offset after its last'),
    confidence: of.share('how likely the speaker is right (calibrated: 0.8 means about 8 in 10)'),
  },
} as const satisfies Table;

export const RELATIONS = {
  name: 'relations',
  rowIs: 'triple',
  title: 'A relation between two nodes of the knowledge graph',
  columns: {
    relation_id: of.id('r', 'stable id'),
    article_id: of.id('a', 'the article that states it'),
    subject_id: of.id(NODE_ID, 'the subject node'),
    subject: of.text('its name'),
    predicate: of.enumeration(['SAID', 'HAS_ROLE', 'MET', 'REPORTED', 'MENTIONED_IN'] as const, 'SAID, HAS_ROLE, MET, REPORTED or MENTIONED_IN'),
    object_id: of.id(NODE_ID, 'the object node'),
    object: of.text('its name (a quote\'s text)'),
    evidence: of.text('the sentence that states it'),
    confidence: of.share('how sure'),
    qualifier_id: of.id('plo', 'the place or organization a role is of, or empty', true),
    qualifier: of.text('its name'),
    field: FIELD,
    evidence_start: of.int('offset of the evidence in the field'),
    evidence_end: of.int('offset after it'),
    subject_type: of.enumeration(NODE_TYPES, 'what the subject is'),
    object_type: of.enumeration(NODE_TYPES, 'what the object is'),
  },
} as const satisfies Table;

export const WHO_SAID_WHAT = {
  name: 'who-said-what',
  rowIs: 'quotation, joined and flat',
  title: 'Who said what, where and when',
  columns: {
    date: of.text('the article\'s date; where the input gave none, the day of the run that first saw it'),
    date_is_run: of.enumeration(['yes', 'no'] as const, '`yes` when `date` is the run\'s day, not the article\'s'),
    title: of.text('the article\'s headline'),
    speaker: of.text('who said it: the name of its entity in entities.csv, or the phrase as written'),
    role: of.text('the speaker\'s role and what it is of ("Foreign Minister, China"), or empty'),
    speaker_type: of.text('PERSON, ORGANIZATION, PLACE, or SOURCE for a speaker without an entity, or empty'),
    kind: of.enumeration(['direct', 'partial', 'indirect'] as const, 'direct, partial or indirect'),
    quote: of.text('what was said', { minLength: 1 }),
    cue: of.text('the verb that attributes it'),
    via: of.text('the outlet it came through, or empty'),
    confidence: of.share('how likely the speaker is right'),
    url: of.text('the article\'s url, or else where it was read (`file:start-end`)'),
    quote_id: of.id('q', 'the quote, in quotes.csv'),
    article_id: of.id('a', 'the article, in articles.csv'),
    speaker_id: of.id('plo', 'the speaker\'s entity, in entities.csv, or empty', true),
  },
} as const satisfies Table;

export type ArticleRow = Row<typeof ARTICLES.columns>;
export type DuplicateRow = Row<typeof DUPLICATES.columns>;
export type EntityRow = Row<typeof ENTITIES.columns>;
export type MentionRow = Row<typeof MENTIONS.columns>;
export type QuoteRow = Row<typeof QUOTES.columns>;
export type RelationRow = Row<typeof RELATIONS.columns>;
export type WhoSaidWhatRow = Row<typeof WHO_SAID_WHAT.columns>;

/** Every table, in the order they are written and counted in run.json. */
export const TABLES = [ARTICLES, DUPLICATES, ENTITIES, MENTIONS, QUOTES, RELATIONS, WHO_SAID_WHAT] as const;
export type TableName = (typeof TABLES)[number]['name'];

/** A table's column names in output order. */
export function columnsOf(table: Table): string[] {
  return Object.keys(table.columns);
}

/** The JSON Schema of one line of a table's JSONL file. */
export function jsonSchemaOf(table: Table): JsonSchema {
  const names = columnsOf(table);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://whosaid.invalid/schemas/${table.name}.schema.json`,
    title: table.title,
    description: `One line of ${table.name}.jsonl, as written by whosaid. Keys are in this order; no other keys.`,
    type: 'object',
    properties: Object.fromEntries(names.map((name) => [name, { description: table.columns[name]?.doc, ...table.columns[name]?.schema }])),
    required: names,
    additionalProperties: false,
  };
}

/** The README's table of the tables: one line per table, its rows and its columns. */
export function readmeTableOf(tables: readonly Table[]): string {
  const lines = ['| file | one row per | columns |', '|---|---|---|'];
  for (const table of tables) {
    const columns = columnsOf(table).map((name) => (table.columns[name]?.csv === false ? `${name} (JSONL only)` : name));
    lines.push(`| ${table.name} | ${table.rowIs} | ${columns.join(', ')} |`);
  }
  return lines.join('\n');
}
