import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { ConfigError } from '../core/errors.js';
import { DATA_DIR } from './paths.js';

/** A file of `data/` (lexicons, gazetteers, models) as bytes; a missing or unreadable one is a ConfigError. */
export function readDataFile(relative: string): Buffer {
  try {
    return readFileSync(`${DATA_DIR}/${relative}`);
  } catch (error) {
    throw new ConfigError(`data/${relative} cannot be read (${(error as Error).message}); restore it from the repository`, { cause: error });
  }
}

/** A data file's meaningful lines (gunzipped when its name ends in `.gz`): without `#` comments and blank lines, with their 1-based numbers. */
function dataLines(relative: string): { text: string; number: number }[] {
  const bytes = readDataFile(relative);
  return (relative.endsWith('.gz') ? gunzipSync(bytes) : bytes)
    .toString('utf8')
    .split('\n')
    .map((text, i) => ({ text: text.replace(/\r$/u, ''), number: i + 1 }))
    .filter(({ text }) => text.trim() !== '' && !text.startsWith('#'));
}

/** A one-entry-a-line list from `data/`. */
export function readList(relative: string): string[] {
  return dataLines(relative).map(({ text }) => text.trim());
}

/** A tab-separated table from `data/`; every row must have exactly `columns.length` cells. */
export function readTable<const C extends readonly string[]>(relative: string, columns: C): Record<C[number], string>[] {
  return dataLines(relative).map(({ text, number }) => {
    const cells = text.split('\t').map((cell) => cell.trim());
    if (cells.length !== columns.length || cells.some((cell) => cell === '')) {
      throw new ConfigError(
        `data/${relative} line ${number}: expected ${columns.length} tab-separated cells (${columns.join(', ')}), got ${JSON.stringify(cells)}; fix the line`,
      );
    }
    return Object.fromEntries(columns.map((column, i) => [column, cells[i]])) as Record<C[number], string>;
  });
}
