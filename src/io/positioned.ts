import { readSync, writeSync } from 'node:fs';
import { ConfigError } from '../errors.js';

/** Reads `bytes` bytes at `position` of `fd` into the start of `into`: a file that ends sooner is an error, not a wait. */
export function readFully(fd: number, into: Uint32Array, bytes: number, position: number): void {
  for (let at = 0; at < bytes; ) {
    const read = readSync(fd, into, at, bytes - at, position + at);
    if (read === 0) {
      throw new ConfigError(
        `a scratch file in the output folder's staging ends at byte ${position + at}, where ${bytes - at} more bytes were written: something else truncated it during the run (another run on the same output folder?); run again with the folder to itself`,
      );
    }
    at += read;
  }
}

/** Writes the first `bytes` bytes of `from` at `position` of `fd`. */
export function writeFully(fd: number, from: NodeJS.ArrayBufferView, bytes: number, position: number): void {
  for (let at = 0; at < bytes; ) at += writeSync(fd, from, at, bytes - at, position + at);
}
