import type { FileSink } from '../io/file-sink.js';
import type { Staging } from '../io/staging.js';
import { toCsv } from '../write/csv.js';
import { toJsonl } from '../write/jsonl.js';
import { GRAPH_FILES, type GraphFile, graphCsv } from '../write/neo4j.js';
import type { RenderedFile } from '../types.js';
import { TABLE_SPECS, type TableName, type TableSpec } from '../write/tables.js';

/**
 * Rows are rendered and written in batches of this many, so that a large run streams in bounded memory. Few:
 * a batch (its rows, held across many awaits while it fills, then its text) must be small beside V8's young
 * generation. Batches of 500 article rows (2 to 5 KB each, with their text) outlived scavenges and were
 * promoted, and the old generation filled with dead batches up to each full collection: at 627,000 articles
 * the finish peaked at 466 MB with 500 rows a batch, 269 MB with 32.
 */
const BATCH_ROWS = 32;

interface Pending {
  readonly render: (rows: readonly object[]) => string;
  readonly sinks: FileSink[];
  rows: object[];
}

/**
 * Streams rows into the staging folder: each table as `.csv` and `.jsonl` (header written at once, so an
 * empty table still has one), each graph file under `graph/`. Counts the rows of every table.
 */
export class TableWriter {
  readonly counts = Object.fromEntries(TABLE_SPECS.map((spec) => [spec.name, 0])) as Record<TableName, number>;
  private readonly pending = new Map<string, Pending>();

  private constructor() {}

  static async open(staging: Staging): Promise<TableWriter> {
    const writer = new TableWriter();
    for (const spec of TABLE_SPECS) {
      const csv = await staging.sink(`${spec.name}.csv`);
      const jsonl = await staging.sink(`${spec.name}.jsonl`);
      await csv.write(toCsv(spec as TableSpec<object>, [], true));
      writer.pending.set(spec.name, {
        render: (rows) => toCsv(spec as TableSpec<object>, rows, false),
        sinks: [csv],
        rows: [],
      });
      writer.pending.set(`${spec.name}.jsonl`, { render: (rows) => toJsonl(spec as TableSpec<object>, rows), sinks: [jsonl], rows: [] });
    }
    for (const file of GRAPH_FILES) {
      const sink = await staging.sink(`graph/${file.name}`);
      const graphFile = file as unknown as GraphFile<object>;
      await sink.write(graphCsv(graphFile, [], true));
      writer.pending.set(file.name, { render: (rows) => graphCsv(graphFile, rows, false), sinks: [sink], rows: [] });
    }
    return writer;
  }

  async table<Row extends object>(spec: TableSpec<Row>, rows: readonly Row[]): Promise<void> {
    this.counts[spec.name] += rows.length;
    await this.add(spec.name, rows);
    await this.add(`${spec.name}.jsonl`, rows);
  }

  async graph<Row>(file: GraphFile<Row>, rows: readonly Row[]): Promise<void> {
    await this.add(file.name, rows as readonly object[]);
  }

  /**
   * Rows rendered elsewhere (by the worker that analysed the article), copied as bytes from `[start, end)` of
   * `source`. `file` is the output file (`mentions.csv`, `graph/relationships.csv`).
   */
  async copy(file: RenderedFile, source: string, start: number, end: number): Promise<void> {
    const key = file.startsWith('graph/') ? file.slice('graph/'.length) : file.endsWith('.jsonl') ? file : file.slice(0, -'.csv'.length);
    const pending = this.pending.get(key) as Pending;
    await this.flush(pending);
    for (const sink of pending.sinks) await sink.copy(source, start, end);
  }

  /** Counts rows that `copy` wrote. */
  count(table: TableName, rows: number): void {
    this.counts[table] += rows;
  }

  /** Row by row: a batch never grows past BATCH_ROWS, and `rows` may be any length (a spread would overflow the stack). */
  private async add(key: string, rows: readonly object[]): Promise<void> {
    const pending = this.pending.get(key) as Pending;
    for (const row of rows) {
      pending.rows.push(row);
      if (pending.rows.length >= BATCH_ROWS) await this.flush(pending);
    }
  }

  private async flush(pending: Pending): Promise<void> {
    if (pending.rows.length === 0) return;
    const text = pending.render(pending.rows);
    pending.rows = [];
    for (const sink of pending.sinks) await sink.write(text);
  }

  /** Writes what is still buffered; the staging folder closes the files when it commits. */
  async finish(): Promise<void> {
    for (const pending of this.pending.values()) await this.flush(pending);
  }
}
