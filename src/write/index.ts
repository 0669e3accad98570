import { toCsv } from './csv.js';
import { toJsonl } from './jsonl.js';
import { TABLE_SPECS, type Tables, type TableSpec } from './tables.js';

/** The write stage's pure half: every table as `<name>.csv` and `<name>.jsonl` text, empty tables with a header. */
export function renderTables(tables: Tables): Map<string, string> {
  const files = new Map<string, string>();
  for (const spec of TABLE_SPECS) {
    const rows = tables[spec.name] as readonly object[];
    files.set(`${spec.name}.csv`, toCsv(spec as TableSpec<object>, rows, true));
    files.set(`${spec.name}.jsonl`, toJsonl(spec as TableSpec<object>, rows));
  }
  return files;
}
