import iconv from 'iconv-lite';
import { isUtf8 } from 'node:buffer';
import type { Encoding, SourceFile, SourceLine } from '../types.js';

type LineEnding = SourceFile['lineEnding'];

export interface SplitLines {
  readonly lines: SourceLine[];
  readonly lineEnding: LineEnding;
  /** 1-based numbers of lines whose bytes were not valid in the encoding. */
  readonly invalidLines: number[];
}

const LF = 0x0a;
const CR = 0x0d;

interface LineRange {
  readonly start: number;
  /** End of the content, before the line end. */
  readonly end: number;
}

/**
 * Cuts a sequence (bytes or UTF-16 text) into lines at `separator`, dropping a CR before an LF.
 * `find(from)` is the sequence's own `indexOf` for the separator; `isCr(i)` reads one unit.
 */
function lineRanges(length: number, from: number, find: (from: number) => number, isCr: (i: number) => boolean) {
  const ranges: LineRange[] = [];
  let crlf = 0;
  let lf = 0;
  for (let start = from; start <= length; ) {
    const found = find(start);
    if (found === -1) {
      if (start < length) ranges.push({ start, end: length });
      break;
    }
    const withCr = found > start && isCr(found - 1);
    if (withCr) crlf++;
    else lf++;
    ranges.push({ start, end: withCr ? found - 1 : found });
    start = found + 1;
  }
  const lineEnding: LineEnding = crlf && lf ? 'mixed' : crlf ? 'crlf' : lf ? 'lf' : 'none';
  return { ranges, lineEnding };
}

/**
 * Splits a file's bytes after the BOM into decoded lines that remember their byte range, so that every
 * article can say exactly which bytes of the file it came from. UTF-8 and Windows-1252 are split on bytes
 * before decoding (a newline byte never occurs inside a character); UTF-16 is decoded first, and every code
 * unit is two bytes.
 */
export function splitLines(bytes: Uint8Array, bomLength: number, encoding: Encoding): SplitLines {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const text = iconv.decode(Buffer.from(bytes.subarray(bomLength)), encoding, { stripBOM: false });
    const { ranges, lineEnding } = lineRanges(text.length, 0, (i) => text.indexOf('\n', i), (i) => text.charCodeAt(i) === CR);
    const lines = ranges.map(({ start, end }, i) => ({
      number: i + 1,
      text: text.slice(start, end),
      byteStart: bomLength + 2 * start,
      byteEnd: bomLength + 2 * end,
    }));
    return { lines, lineEnding, invalidLines: [] };
  }
  // A file with CRs and no LF at all uses old Mac line ends.
  const oldMac = bytes.indexOf(LF, bomLength) === -1 && bytes.indexOf(CR, bomLength) !== -1;
  const separator = oldMac ? CR : LF;
  const split = lineRanges(bytes.length, bomLength, (i) => bytes.indexOf(separator, i), (i) => !oldMac && bytes[i] === CR);
  const invalidLines: number[] = [];
  const lines = split.ranges.map(({ start, end }, i) => {
    const raw = bytes.subarray(start, end);
    if (encoding === 'utf-8' && !isUtf8(raw)) invalidLines.push(i + 1);
    return { number: i + 1, text: decode(raw, encoding), byteStart: start, byteEnd: end };
  });
  return { lines, lineEnding: oldMac ? 'cr' : split.lineEnding, invalidLines };
}

function decode(raw: Uint8Array, encoding: Encoding): string {
  const buffer = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  return encoding === 'utf-8' ? buffer.toString('utf8') : iconv.decode(buffer, encoding);
}
