import { columnsOf, type Table } from './tables.js';

/**
 * JSONL text for a batch of rows: one object a line, keys in column order, every line ended by `\n`. Each
 * value goes through JSON.stringify on its own, with each key's JSON made once per batch: the same text as
 * stringifying an object built in column order, without building it (a column whose value is undefined is
 * left out, as JSON.stringify would).
 */
export function toJsonl(table: Table, rows: readonly object[]): string {
  const keys = columnsOf(table).map((column) => [column, `${JSON.stringify(column)}:`] as const);
  let text = '';
  for (const row of rows) {
    let line = '';
    for (const [column, key] of keys) {
      const value = (row as Record<string, unknown>)[column];
      if (value !== undefined) line += `${line === '' ? '{' : ','}${key}${JSON.stringify(value)}`;
    }
    text += `${line === '' ? '{' : line}}\n`;
  }
  return text;
}
