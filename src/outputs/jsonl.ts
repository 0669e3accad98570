/**
 * JSONL text for a batch of rows: one object a line, every line ended by `\n`. Rows are made with their keys
 * in the table's column order (src/outputs/rows.ts), so JSON.stringify writes them in that order; a test
 * checks the order of every line of a real run.
 */
export function toJsonl(rows: readonly object[]): string {
  let text = '';
  for (const row of rows) text += `${JSON.stringify(row)}\n`;
  return text;
}
