import { stringify } from 'csv-stringify/sync';
import { neutralise } from './csv.js';
import { ARTICLES, type ArticleRow, ENTITIES, type EntityRow, QUOTES, type QuoteRow, RELATIONS, type RelationRow, type Table } from './tables.js';

/**
 * The graph, as `neo4j-admin database import` reads it and as `graph/load.cypher` merges it into a live graph.
 * Every node has the label `Node` and an `id` (the `:ID` column), so that a night's delta is applied with
 * `MERGE` on it; node files and headers are projections of the tables (`tables.ts`), typed as neo4j-admin
 * reads them (`article_count:int`, `aliases:string[]`); arrays are `;`-separated.
 */
type Cell = string | number | null | readonly string[];

/** A graph file: its name under `graph/`, its header, and how a row becomes its cells. */
export interface GraphFile<Row> {
  readonly name: string;
  readonly header: readonly string[];
  readonly cells: (row: Row) => readonly Cell[];
  /** How `load.cypher` merges one CSV row of the file into a graph. */
  readonly cypher: string;
}

/** A node that only relations name (a role title, a source without an entity): `[id, name]`. */
export type DerivedNode = readonly [string, string];

const ENTITY_LABELS: Readonly<Record<string, string>> = { PERSON: 'Person', PLACE: 'Place', ORGANIZATION: 'Organization' };

/** A column's header in a graph file: its name, with its neo4j-admin type where it has one. */
function typed(table: Table, name: string): string {
  const type = table.columns[name]?.neo4j ?? 'string';
  return type === 'string' ? name : `${name}:${type}`;
}

/** How load.cypher reads one typed column of a row (`row.\`article_count:int\``) into a property. */
function property(header: string): string {
  const [name = '', type] = header.split(':');
  const cell = `row.\`${header}\``;
  const value = type === 'int' ? `toInteger(${cell})` : type === 'float' ? `toFloat(${cell})` : type === 'string[]' ? `CASE WHEN ${cell} IS NULL THEN [] ELSE split(${cell}, ';') END` : `coalesce(${cell}, '')`;
  return `${name}: ${value}`;
}

/** A node file of a table: its id column, the columns it carries, and its labels. */
function nodeFile<Row>(name: string, table: Table, id: string, columns: readonly string[], labels: (row: Row) => string, setLabels: string): GraphFile<Row> {
  const headers = columns.map((column) => typed(table, column));
  return {
    name,
    header: ['id:ID', ...headers, ':LABEL'],
    cells: (row) => [(row as Record<string, Cell>)[id] ?? '', ...columns.map((column) => (row as Record<string, Cell>)[column] ?? null), labels(row)],
    cypher: `LOAD CSV WITH HEADERS FROM 'file:///${name}' AS row\nMERGE (n:Node {id: row.\`id:ID\`})\nSET n += {${headers.map(property).join(', ')}}${setLabels};`,
  };
}

export const ENTITY_NODES = nodeFile<EntityRow>(
  'nodes-entities.csv',
  ENTITIES,
  'entity_id',
  ['name', 'type', 'aliases', 'roles', 'country', 'geonames_id', 'article_count', 'mention_count'],
  (e) => `Node;Entity;${ENTITY_LABELS[e.type] ?? ''}`,
  `, n:Entity\n${Object.entries(ENTITY_LABELS)
    .map(([type, label]) => `FOREACH (_ IN CASE WHEN row.type = '${type}' THEN [1] ELSE [] END | SET n:${label})`)
    .join('\n')}`,
);

export const ARTICLE_NODES = nodeFile<ArticleRow>('nodes-articles.csv', ARTICLES, 'article_id', ['title', 'date', 'word_count', 'sources', 'url'], () => 'Node;Article', ', n:Article');

export const QUOTE_NODES = nodeFile<QuoteRow>('nodes-quotes.csv', QUOTES, 'quote_id', ['text', 'kind', 'cue', 'speaker', 'article_id', 'confidence'], () => 'Node;Quote', ', n:Quote');

function derivedNodes(name: string, label: string): GraphFile<DerivedNode> {
  return {
    name,
    header: ['id:ID', 'name', ':LABEL'],
    cells: ([id, title]) => [id, title, `Node;${label}`],
    cypher: `LOAD CSV WITH HEADERS FROM 'file:///${name}' AS row\nMERGE (n:Node {id: row.\`id:ID\`})\nSET n.name = row.name, n:${label};`,
  };
}

export const ROLE_NODES = derivedNodes('nodes-roles.csv', 'Role');
export const SOURCE_NODES = derivedNodes('nodes-sources.csv', 'Source');

const RELATION_COLUMNS = ['relation_id', 'article_id', 'evidence', 'confidence', 'qualifier_id', 'qualifier', 'field', 'evidence_start', 'evidence_end'] as const;
const PREDICATES = (RELATIONS.columns.predicate.schema as { enum: readonly string[] }).enum;

export const RELATIONSHIPS: GraphFile<RelationRow> = (() => {
  const headers = RELATION_COLUMNS.map((column) => typed(RELATIONS, column));
  const set = headers.filter((header) => header !== 'relation_id').map((header) => `r.${property(header).replace(': ', ' = ')}`).join(', ');
  return {
    name: 'relationships.csv',
    header: [':START_ID', ':END_ID', ':TYPE', ...headers],
    cells: (r) => [r.subject_id, r.object_id, r.predicate, ...RELATION_COLUMNS.map((column) => r[column])],
    cypher: [
      `LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row`,
      'MATCH (a:Node {id: row.`:START_ID`}), (b:Node {id: row.`:END_ID`})',
      ...PREDICATES.map((p) => `FOREACH (_ IN CASE WHEN row.\`:TYPE\` = '${p}' THEN [1] ELSE [] END | MERGE (a)-[r:${p} {relation_id: row.\`relation_id\`}]->(b) SET ${set})`),
    ].join('\n') + ';',
  };
})();

/** Every graph file, in the order `load.cypher` loads them: nodes before the relationships that join them. */
export const GRAPH_FILES = [ENTITY_NODES, ARTICLE_NODES, QUOTE_NODES, ROLE_NODES, SOURCE_NODES, RELATIONSHIPS] as const;

/** CSV text of a batch of rows of a graph file, with the header when asked. */
export function graphCsv<Row>(file: GraphFile<Row>, rows: readonly Row[], withHeader: boolean): string {
  const records = rows.map((row) => file.cells(row).map(cell));
  return stringify(withHeader ? [file.header as string[], ...records] : records);
}

function cell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  // Neo4j splits arrays on ";" and does not unescape it, so a ";" inside an element becomes ",".
  return neutralise(typeof value === 'string' ? value : value.map((v) => v.replaceAll(';', ',')).join(';'));
}

/**
 * `graph/load.cypher`: applies the folder's graph files to a live graph with `LOAD CSV` and `MERGE` on the
 * ids, in any Neo4j edition (no APOC): copy `graph/` into Neo4j's import folder and run it with cypher-shell.
 * Applying the same night twice changes nothing.
 */
export function loadCypher(): string {
  return [
    '// whosaid: merges this folder\'s graph files into a live graph. Copy graph/*.csv into Neo4j\'s import folder, then:\n//   cypher-shell -u neo4j -p PASSWORD -f load.cypher',
    'CREATE CONSTRAINT whosaid_node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;',
    ...GRAPH_FILES.map((file) => file.cypher),
    '',
  ].join('\n\n');
}
