import type { RunRange, Store } from '../store/index.js';
import { toCsv } from './csv.js';
import { toJsonl } from './jsonl.js';
import { ARTICLE_NODES, type DerivedNode, ENTITY_NODES, GRAPH_FILES, type GraphFile, graphCsv, loadCypher, QUOTE_NODES, RELATIONSHIPS, ROLE_NODES, SOURCE_NODES } from './neo4j.js';
import { articleRow, duplicateRow, entityRow, mentionRows, quoteRows, relationRows, whoSaidWhatRows } from './rows.js';
import { ARTICLES, DUPLICATES, ENTITIES, MENTIONS, QUOTES, RELATIONS, type Table, type TableName, TABLES, WHO_SAID_WHAT } from './tables.js';

/** Where an output file's text goes: a file of the staging folder. */
export interface Sink {
  write(text: string): void;
}

/**
 * Rows are rendered and written in batches of this many, so that a range of any size streams in bounded
 * memory: a batch must be small beside V8's young generation, or its rows outlive collections.
 */
const BATCH_ROWS = 32;

interface Pending {
  readonly render: (rows: readonly object[]) => string;
  readonly sink: Sink;
  rows: object[];
}

/**
 * Writes tables (each as `.csv` and `.jsonl`, the header at once so that an empty table still has one) and
 * graph files (under `graph/`), counting each table's rows.
 */
export class OutputWriter {
  readonly counts = Object.fromEntries(TABLES.map((table) => [table.name, 0])) as Record<TableName, number>;
  private readonly pending = new Map<string, Pending>();

  constructor(open: (name: string) => Sink) {
    for (const table of TABLES) {
      const csv = open(`${table.name}.csv`);
      csv.write(toCsv(table, [], true));
      this.pending.set(`${table.name}.csv`, { render: (rows) => toCsv(table, rows, false), sink: csv, rows: [] });
      this.pending.set(`${table.name}.jsonl`, { render: toJsonl, sink: open(`${table.name}.jsonl`), rows: [] });
    }
    for (const file of GRAPH_FILES) {
      const sink = open(`graph/${file.name}`);
      const graphFile = file as GraphFile<unknown>;
      sink.write(graphCsv(graphFile, [], true));
      this.pending.set(file.name, { render: (rows) => graphCsv(graphFile, rows, false), sink, rows: [] });
    }
    open('graph/load.cypher').write(loadCypher());
  }

  table(table: Table, rows: readonly object[]): void {
    this.counts[table.name as TableName] += rows.length;
    this.add(`${table.name}.csv`, rows);
    this.add(`${table.name}.jsonl`, rows);
  }

  graph<Row>(file: GraphFile<Row>, rows: readonly Row[]): void {
    this.add(file.name, rows as readonly object[]);
  }

  /** Row by row: a batch never grows past BATCH_ROWS, and `rows` may be any length. */
  private add(key: string, rows: readonly object[]): void {
    const pending = this.pending.get(key) as Pending;
    for (const row of rows) {
      pending.rows.push(row);
      if (pending.rows.length >= BATCH_ROWS) this.flush(pending);
    }
  }

  private flush(pending: Pending): void {
    if (pending.rows.length === 0) return;
    const text = pending.render(pending.rows);
    pending.rows = [];
    pending.sink.write(text);
  }

  /** Writes what is still batched. */
  finish(): void {
    for (const pending of this.pending.values()) this.flush(pending);
  }
}

/**
 * Writes the tables and graph files of a range of the store's history: its articles in commit order with their
 * mentions, quotes, relations and who-said-what rows, the duplicates its runs found, and every entity its
 * articles mention as it stands at the range's end. A night's tables are its runs' range; `export` any range.
 */
export function writeRange(store: Store, range: RunRange, writer: OutputWriter): void {
  const entities = store.entities(range).map(entityRow);
  const names = new Map(entities.map((entity) => [entity.entity_id, entity.name]));
  const roles = new Map<string, string>();
  for (const stored of store.reader.read(range)) {
    const article = articleRow(stored);
    const quotes = quoteRows(stored);
    const relations = relationRows(stored);
    writer.table(ARTICLES, [article]);
    writer.table(MENTIONS, mentionRows(stored));
    writer.table(QUOTES, quotes);
    writer.table(RELATIONS, relations);
    writer.table(WHO_SAID_WHAT, whoSaidWhatRows(stored, names));
    writer.graph(ARTICLE_NODES, [article]);
    writer.graph(QUOTE_NODES, quotes);
    // Sources without an entity are nodes of their article; role titles are nodes of the whole graph.
    const sources = new Map<string, string>();
    for (const r of relations) {
      for (const [id, name, type] of [[r.subject_id, r.subject, r.subject_type], [r.object_id, r.object, r.object_type]] as const) {
        if (type === 'SOURCE') sources.set(id, name);
        if (type === 'ROLE') roles.set(id, name);
      }
    }
    writer.graph<DerivedNode>(SOURCE_NODES, [...sources]);
    writer.graph(RELATIONSHIPS, relations);
  }
  writer.table(DUPLICATES, store.duplicates(range).map(duplicateRow));
  writer.table(ENTITIES, entities);
  writer.graph(ENTITY_NODES, entities);
  writer.graph<DerivedNode>(ROLE_NODES, [...roles].sort(([a], [b]) => (a < b ? -1 : 1)));
  writer.finish();
}
