import { stringify } from 'csv-stringify/sync';
import { columnsOf, type Table } from './tables.js';

/** What a cell holds before it is written. */
export type Cell = string | number | null | readonly string[];

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * A cell a spreadsheet shows as the text it is: a leading `'` keeps a formula-like value from running, and a
 * bare CR becomes LF (LibreOffice starts a new row at a bare CR even inside quotes). JSONL keeps the text exact.
 */
export function neutralise(value: string): string {
  const cell = FORMULA_START.test(value) ? `'${value}` : value;
  return cell.includes('\r') ? cell.replace(/\r(?!\n)/gu, '\n') : cell;
}

function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return neutralise(typeof value === 'string' ? value : value.join('; '));
}

/**
 * CSV text for a batch of rows: RFC 4180 (CRLF, quotes doubled), with the header row and a UTF-8 BOM (so
 * Excel reads UTF-8) only when `withHeader` is set, so that batches can be appended to one file.
 */
export function toCsv(table: Table, rows: readonly object[], withHeader: boolean): string {
  const columns = columnsOf(table).filter((name) => table.columns[name]?.csv !== false);
  const records = rows.map((row) => columns.map((name) => csvCell((row as Record<string, Cell>)[name] ?? null)));
  return csvText(withHeader ? [columns, ...records] : records, withHeader);
}

/**
 * RFC 4180 text of records already made cells: a field with a line break is quoted, whatever the record
 * delimiter; so is one that starts or ends with white space, which spreadsheets would trim.
 */
export function csvText(records: readonly (readonly string[])[], bom: boolean): string {
  return stringify(records as string[][], { bom, record_delimiter: 'windows', quoted_match: /^\s|\s$|\r|\n/ });
}
