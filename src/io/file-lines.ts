import { open } from 'node:fs/promises';

/** Bytes read at a time; the buffer grows only for a line longer than this. */
const READ_BUFFER_BYTES = 1 << 20;

/**
 * The non-empty lines of a file, read through one buffer and cut at newline bytes: segment lines are long
 * (rendered rows), where readline's per-character scanning is slow, and a Buffer per chunk read would make
 * V8 collect garbage in the merging thread at every input. JSON lines hold no raw newline, so a byte 0x0A
 * always ends one, and UTF-8 never has that byte inside a character.
 */
export async function* fileLines(file: string, bufferBytes = READ_BUFFER_BYTES): AsyncGenerator<string> {
  if (bufferBytes < 1) throw new RangeError(`fileLines needs a buffer of at least 1 byte, got ${bufferBytes}`);
  const handle = await open(file, 'r');
  try {
    let buffer = Buffer.allocUnsafe(bufferBytes);
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) buffer = Buffer.concat([buffer], buffer.length * 2);
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      const end = filled + bytesRead;
      let start = 0;
      // Bytes past `end` are left from an earlier read: a newline found there is not one.
      for (let newline = buffer.indexOf(0x0a, filled); newline !== -1 && newline < end; newline = buffer.indexOf(0x0a, start)) {
        if (newline > start) yield buffer.toString('utf8', start, newline);
        start = newline + 1;
      }
      buffer.copyWithin(0, start, end);
      filled = end - start;
    }
    if (filled > 0) yield buffer.toString('utf8', 0, filled);
  } finally {
    await handle.close();
  }
}
