import { isUtf8 } from 'node:buffer';
import type { Encoding } from '../types.js';

export type Detected =
  | { readonly kind: 'text'; readonly encoding: Encoding; readonly bomLength: number }
  | { readonly kind: 'binary'; readonly reason: string };

/** How much of the file the binary check looks at: enough to see a header, little enough to be instant. */
const SAMPLE_BYTES = 64 * 1024;
/** Text has few NUL bytes (a stray one is reported and removed) and few control characters; a binary file has many. */
const MAX_NUL_SHARE = 0.1;
const MAX_CONTROL_SHARE = 0.05;

/**
 * Decides how to decode a file: a BOM wins; then a binary check on control bytes; then UTF-8 if the bytes are
 * valid UTF-8, Windows-1252 if they hold high bytes but not a single well-formed multi-byte sequence, and
 * UTF-8 with replacement characters otherwise.
 */
export function detectEncoding(bytes: Uint8Array): Detected {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { kind: 'text', encoding: 'utf-8', bomLength: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { kind: 'text', encoding: 'utf-16le', bomLength: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { kind: 'text', encoding: 'utf-16be', bomLength: 2 };

  const binaryReason = binaryEvidence(bytes.subarray(0, SAMPLE_BYTES));
  if (binaryReason !== undefined) return { kind: 'binary', reason: binaryReason };

  if (isUtf8(bytes) || isUtf8CutAtEnd(bytes) || hasMultiByteSequence(bytes)) return { kind: 'text', encoding: 'utf-8', bomLength: 0 };
  return { kind: 'text', encoding: 'windows-1252', bomLength: 0 };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function binaryEvidence(sample: Uint8Array): string | undefined {
  let nul = 0;
  let control = 0;
  for (const b of sample) {
    if (b === 0) nul++;
    // Tab, LF, VT, FF, CR and ESC occur in text; other C0 bytes do not.
    else if (b < 0x20 && (b < 0x09 || b > 0x0d) && b !== 0x1b) control++;
  }
  if (nul > sample.length * MAX_NUL_SHARE) return `${nul} NUL bytes in the first ${sample.length} bytes`;
  if (control > sample.length * MAX_CONTROL_SHARE) return `${control} control bytes in the first ${sample.length} bytes`;
  return undefined;
}

/** True when the bytes are UTF-8 but for a character cut off at the very end (a file truncated mid-write). */
function isUtf8CutAtEnd(bytes: Uint8Array): boolean {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const lead = bytes[bytes.length - back] as number;
    if (lead < 0x80) return false;
    if (lead >= 0xc0) {
      const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
      return length > back && isUtf8(bytes.subarray(0, bytes.length - back));
    }
  }
  return false;
}

/** True when the bytes hold at least one well-formed UTF-8 sequence of two or more bytes. */
function hasMultiByteSequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i] ?? 0;
    if (lead < 0xc2 || lead > 0xf4) continue;
    const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    if (i + length <= bytes.length && isUtf8(bytes.subarray(i, i + length))) return true;
  }
  return false;
}
