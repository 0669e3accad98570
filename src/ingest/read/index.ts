import type { Messages } from '../../core/diagnostics.js';
import type { InputFormat } from '../../core/types.js';
import type { SourceFile, SourceLine } from '../types.js';
import { detectEncoding } from './encoding.js';
import { splitLines } from './lines.js';

/** Lines of one kind reported one by one up to this many; the rest are counted in one more message. */
const MAX_LINES_LISTED = 20;

/**
 * The read stage: bytes of one input become decoded lines with their byte ranges. Returns undefined when the
 * file holds no text (empty or binary); every problem is reported on `messages`.
 */
export function readSource(
  input: { readonly path: string; readonly format: InputFormat; readonly sha256: string },
  bytes: Uint8Array,
  messages: Messages,
): SourceFile | undefined {
  if (bytes.length === 0) {
    messages.report('read/empty', 'the file is empty; expected at least one article');
    return undefined;
  }
  const detected = detectEncoding(bytes);
  if (detected.kind === 'binary') {
    messages.report('read/binary', `the file looks binary (${detected.reason}); expected UTF-8 text`, { byte: 0 });
    return undefined;
  }
  const { encoding, bomLength } = detected;
  if (encoding !== 'utf-8') {
    messages.report('read/not-utf8', `the file is ${encoding}, not UTF-8; it was decoded as ${encoding}: save it as UTF-8 to silence this`);
  } else if (bomLength > 0) {
    messages.report('read/bom', 'the file starts with a UTF-8 byte order mark; it was removed', { byte: 0 });
  }
  const split = splitLines(bytes, bomLength, encoding);
  const lines = split.lines.map((line) => withoutNul(line));
  if (split.lineEnding === 'crlf' || split.lineEnding === 'cr') {
    messages.report('read/crlf', `the file has ${split.lineEnding.toUpperCase()} line ends; expected LF`);
  } else if (split.lineEnding === 'mixed') {
    messages.report('read/mixed-line-ends', 'the file mixes LF and CRLF line ends');
  }
  reportLines(messages, 'read/invalid-utf8', split.invalidLines, lines, 'bytes that are not UTF-8 were replaced by U+FFFD');
  const nulLines = lines.filter((line, i) => line !== split.lines[i]).map((line) => line.number);
  reportLines(messages, 'read/nul', nulLines, lines, 'NUL bytes were removed');
  if (lines.every((line) => line.text.trim() === '')) {
    messages.report('read/empty', 'the file holds only white space; expected at least one article');
    return undefined;
  }
  return { ...input, bytes: bytes.length, encoding, lineEnding: split.lineEnding, lines };
}

function withoutNul(line: SourceLine): SourceLine {
  return line.text.includes('\0') ? { ...line, text: line.text.replaceAll('\0', '') } : line;
}

function reportLines(
  messages: Messages,
  ruleId: 'read/invalid-utf8' | 'read/nul',
  numbers: readonly number[],
  lines: readonly SourceLine[],
  what: string,
): void {
  for (const number of numbers.slice(0, MAX_LINES_LISTED)) {
    const line = lines[number - 1];
    messages.report(ruleId, `line ${number}: ${what}`, { line: number, byte: line?.byteStart ?? 0 });
  }
  if (numbers.length > MAX_LINES_LISTED) {
    messages.report(ruleId, `${numbers.length - MAX_LINES_LISTED} more lines: ${what}`);
  }
}
