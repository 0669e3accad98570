import type { TableSpec } from './tables.js';

/** JSONL text for a batch of rows: one object a line, keys in column order, every line ended by `\n`. */
export function toJsonl<Row extends object>(spec: TableSpec<Row>, rows: readonly Row[]): string {
  return rows.map((row) => `${JSON.stringify(Object.fromEntries(spec.columns.map((column) => [column, row[column]])))}\n`).join('');
}
