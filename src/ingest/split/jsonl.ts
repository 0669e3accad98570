import type { Messages } from '../../core/diagnostics.js';
import type { SourceLine } from '../types.js';

/** The fields of one JSONL article; `text` is kept exactly as given so offsets can be checked against it. */
export interface JsonlRecord {
  readonly line: SourceLine;
  readonly id: string;
  readonly title: string;
  readonly caption: string;
  readonly text: string;
  readonly url: string;
  readonly date: string;
}

const OPTIONAL_STRINGS = ['title', 'caption', 'url', 'date'] as const;

/** Parses one article a line; a broken line is reported with its number and skipped, the others go on. */
export function parseJsonl(lines: readonly SourceLine[], messages: Messages): JsonlRecord[] {
  const records: JsonlRecord[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    const place = { line: line.number, byte: line.byteStart };
    let value: unknown;
    try {
      value = JSON.parse(line.text);
    } catch (error) {
      messages.report('split/jsonl-syntax', `line ${line.number}: ${(error as Error).message}`, place);
      continue;
    }
    const problem = shapeProblem(value);
    if (problem !== undefined) {
      messages.report('split/jsonl-shape', `line ${line.number}: ${problem}`, place);
      continue;
    }
    const record = value as Record<string, unknown>;
    const optional = (key: (typeof OPTIONAL_STRINGS)[number]) => (typeof record[key] === 'string' ? (record[key] as string) : '');
    records.push({
      line,
      id: record['id'] === undefined ? '' : String(record['id']),
      title: optional('title'),
      caption: optional('caption'),
      text: record['text'] as string,
      url: optional('url'),
      date: optional('date'),
    });
  }
  return records;
}

function shapeProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `expected a JSON object, got ${Array.isArray(value) ? 'an array' : typeof value}`;
  const record = value as Record<string, unknown>;
  if (typeof record['text'] !== 'string') return `expected "text" to be a string, got ${record['text'] === undefined ? 'nothing' : typeof record['text']}`;
  const id = record['id'];
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') return `expected "id" to be a string or number, got ${typeof id}`;
  for (const key of OPTIONAL_STRINGS) {
    const field = record[key];
    if (field !== undefined && field !== null && typeof field !== 'string') return `expected "${key}" to be a string, got ${typeof field}`;
  }
  return undefined;
}
