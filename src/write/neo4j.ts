import { stringify } from 'csv-stringify/sync';
import { neutralise } from './csv.js';
import type { ArticleRow, EntityRow, QuoteRow, RelationRow } from './tables.js';

/**
 * The graph as `neo4j-admin database import full` reads it: node files with an `:ID` column and a `:LABEL`
 * column, one relationship file with `:START_ID`, `:END_ID` and `:TYPE`. Typed columns carry their type in the
 * header (`article_count:int`); arrays are `;`-separated (neo4j-admin's default). Every relationship end is a
 * node: entities, articles and quotes are the tables' rows; role titles and sources without an entity (a
 * senior official) are made from the relations that name them.
 */
type Cell = string | number | null | readonly string[];

/** A graph file: its name under `graph/`, its header, and how a row of the source table becomes its row. */
export interface GraphFile<Row> {
  readonly name: string;
  readonly header: readonly string[];
  readonly row: (row: Row) => readonly Cell[];
}

const LABELS: Readonly<Record<string, string>> = { PERSON: 'Entity;Person', PLACE: 'Entity;Place', ORGANIZATION: 'Entity;Organization' };

export const ENTITY_NODES: GraphFile<EntityRow> = {
  name: 'nodes-entities.csv',
  header: ['entity_id:ID', 'name', 'type', 'aliases:string[]', 'roles:string[]', 'country', 'geonames_id', 'article_count:int', 'mention_count:int', ':LABEL'],
  row: (e) => [e.entity_id, e.name, e.type, e.aliases, e.roles, e.country, e.geonames_id, e.article_count, e.mention_count, LABELS[e.type] ?? 'Entity'],
};

export const ARTICLE_NODES: GraphFile<ArticleRow> = {
  name: 'nodes-articles.csv',
  header: ['article_id:ID', 'title', 'date', 'word_count:int', 'sources:string[]', 'url', ':LABEL'],
  row: (a) => [a.article_id, a.title, a.date, a.word_count, a.sources, a.url, 'Article'],
};

export const QUOTE_NODES: GraphFile<QuoteRow> = {
  name: 'nodes-quotes.csv',
  header: ['quote_id:ID', 'text', 'kind', 'cue', 'speaker', 'article_id', 'confidence:float', ':LABEL'],
  row: (q) => [q.quote_id, q.text, q.kind, q.cue, q.speaker, q.article_id, q.confidence, 'Quote'],
};

/** A node that only relations name: `[id, name]`. */
type DerivedNode = readonly [string, string];

export const ROLE_NODES: GraphFile<DerivedNode> = { name: 'nodes-roles.csv', header: ['role_id:ID', 'name', ':LABEL'], row: ([id, name]) => [id, name, 'Role'] };

export const SOURCE_NODES: GraphFile<DerivedNode> = { name: 'nodes-sources.csv', header: ['source_id:ID', 'name', ':LABEL'], row: ([id, name]) => [id, name, 'Source'] };

export const RELATIONSHIPS: GraphFile<RelationRow> = {
  name: 'relationships.csv',
  header: [':START_ID', ':END_ID', ':TYPE', 'relation_id', 'article_id', 'evidence', 'confidence:float', 'qualifier_id', 'qualifier', 'field', 'evidence_start:int', 'evidence_end:int'],
  row: (r) => [r.subject_id, r.object_id, r.predicate, r.relation_id, r.article_id, r.evidence, r.confidence, r.qualifier_id, r.qualifier, r.field, r.evidence_start, r.evidence_end],
};

/** CSV text of a batch of rows of a graph file, with the header when asked. */
export function graphCsv<Row>(file: GraphFile<Row>, rows: readonly Row[], withHeader: boolean): string {
  const records = rows.map((row) => file.row(row).map(cell));
  return stringify(withHeader ? [file.header, ...records] : records);
}

function cell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  // Neo4j splits arrays on ";" and does not unescape it, so a ";" inside an element becomes ",".
  return neutralise(typeof value === 'string' ? value : value.map((v) => v.replaceAll(';', ',')).join(';'));
}

/** Every graph file, in the order they are listed in the README. */
export const GRAPH_FILES = [ENTITY_NODES, ARTICLE_NODES, QUOTE_NODES, ROLE_NODES, SOURCE_NODES, RELATIONSHIPS] as const;
