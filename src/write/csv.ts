import { stringify } from 'csv-stringify/sync';
import type { Cell, TableSpec } from './tables.js';

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
export function toCsv<Row extends object>(spec: TableSpec<Row>, rows: readonly Row[], withHeader: boolean): string {
  const columns = spec.columns.filter((column) => !spec.jsonlOnly.includes(column));
  const records = rows.map((row) => columns.map((column) => csvCell(row[column] as Cell)));
  // RFC 4180: a field with a line break is quoted, whatever the record delimiter; so is one that starts or
  // ends with white space, which spreadsheets would trim.
  return stringify(withHeader ? [columns, ...records] : records, { bom: withHeader, record_delimiter: 'windows', quoted_match: /[\r\n]|^\s|\s$/u });
}
