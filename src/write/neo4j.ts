import { stringify } from 'csv-stringify/sync';
import { neutralise } from './csv.js';
import type { RelationRow, Tables } from './tables.js';

/**
 * The graph as `neo4j-admin database import full` reads it: node files with an `:ID` column and a `:LABEL`
 * column, one relationship file with `:START_ID`, `:END_ID` and `:TYPE`. Typed columns carry their type in the
 * header (`article_count:int`); arrays are `;`-separated (neo4j-admin's default). Every relationship end is a
 * node: entities, articles and quotes are the tables' rows; role titles and sources without an entity (a
 * senior official) are made from the relations that name them.
 */
type Cell = string | number | null | readonly string[];

interface GraphFile {
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

const LABELS: Readonly<Record<string, string>> = { PERSON: 'Entity;Person', PLACE: 'Entity;Place', ORGANIZATION: 'Entity;Organization' };

export function renderGraph(tables: Tables): Map<string, string> {
  const files: Record<string, GraphFile> = {
    'nodes-entities.csv': {
      header: ['entity_id:ID', 'name', 'type', 'aliases:string[]', 'roles:string[]', 'country', 'geonames_id', 'article_count:int', 'mention_count:int', ':LABEL'],
      rows: tables.entities.map((e) => [e.entity_id, e.name, e.type, e.aliases, e.roles, e.country, e.geonames_id, e.article_count, e.mention_count, LABELS[e.type] ?? 'Entity']),
    },
    'nodes-articles.csv': {
      header: ['article_id:ID', 'title', 'date', 'word_count:int', 'sources:string[]', 'url', ':LABEL'],
      rows: tables.articles.map((a) => [a.article_id, a.title, a.date, a.word_count, a.sources, a.url, 'Article']),
    },
    'nodes-quotes.csv': {
      header: ['quote_id:ID', 'text', 'kind', 'cue', 'speaker', 'article_id', 'confidence:float', ':LABEL'],
      rows: tables.quotes.map((q) => [q.quote_id, q.text, q.kind, q.cue, q.speaker, q.article_id, q.confidence, 'Quote']),
    },
    'nodes-roles.csv': {
      header: ['role_id:ID', 'name', ':LABEL'],
      rows: derivedNodes(tables.relations, 'ROLE').map(([id, name]) => [id, name, 'Role']),
    },
    'nodes-sources.csv': {
      header: ['source_id:ID', 'name', ':LABEL'],
      rows: derivedNodes(tables.relations, 'SOURCE').map(([id, name]) => [id, name, 'Source']),
    },
    'relationships.csv': {
      header: [':START_ID', ':END_ID', ':TYPE', 'relation_id', 'article_id', 'evidence', 'confidence:float', 'qualifier_id', 'qualifier', 'field', 'evidence_start:int', 'evidence_end:int'],
      rows: tables.relations.map((r) => [r.subject_id, r.object_id, r.predicate, r.relation_id, r.article_id, r.evidence, r.confidence, r.qualifier_id, r.qualifier, r.field, r.evidence_start, r.evidence_end]),
    },
  };
  return new Map(Object.entries(files).map(([name, file]) => [name, stringify([file.header, ...file.rows.map((row) => row.map(cell))])]));
}

/** Nodes that only relations name (role titles, sources without an entity), once each, sorted by id. */
function derivedNodes(relations: readonly RelationRow[], type: 'ROLE' | 'SOURCE'): [string, string][] {
  const nodes = new Map<string, string>();
  for (const r of relations) {
    if (r.subject_type === type) nodes.set(r.subject_id, r.subject);
    if (r.object_type === type) nodes.set(r.object_id, r.object);
  }
  return [...nodes].sort(([a], [b]) => (a < b ? -1 : 1));
}

function cell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  // Neo4j splits arrays on ";" and does not unescape it, so a ";" inside an element becomes ",".
  return neutralise(typeof value === 'string' ? value : value.map((v) => v.replaceAll(';', ',')).join(';'));
}
