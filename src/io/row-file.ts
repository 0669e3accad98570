import { closeSync, openSync } from 'node:fs';
import type { RowStore } from '../types.js';
import { readFully, writeFully } from './positioned.js';

/** Rows gathered before they are written: one system call per this many. */
const BUFFER_ROWS = 1024;

/**
 * Rows of `width` 32-bit numbers in a scratch file, appended and read back by index: a store whose memory
 * does not grow with the rows. Reads go through the page cache, one system call a row; the rows not yet
 * written are read from the buffer. The file is created empty (or emptied) and is the caller's to remove.
 */
export class RowFile implements RowStore {
  private readonly fd: number;
  private readonly buffer: Uint32Array;
  private buffered = 0;
  private written = 0;
  private readonly read: Uint32Array;

  constructor(
    file: string,
    private readonly width: number,
  ) {
    this.fd = openSync(file, 'w+');
    this.buffer = new Uint32Array(BUFFER_ROWS * width);
    this.read = new Uint32Array(width);
  }

  push(values: Uint32Array): void {
    this.buffer.set(values.subarray(0, this.width), this.buffered * this.width);
    if (++this.buffered === BUFFER_ROWS) this.flush();
  }

  /** Row `index`, valid until the next call. */
  row(index: number): Uint32Array {
    if (index >= this.written) return this.buffer.subarray((index - this.written) * this.width, (index - this.written + 1) * this.width);
    const bytes = this.width * 4;
    readFully(this.fd, this.read, bytes, index * bytes);
    return this.read;
  }

  close(): void {
    closeSync(this.fd);
  }

  private flush(): void {
    writeFully(this.fd, this.buffer, this.buffered * this.width * 4, this.written * this.width * 4);
    this.written += this.buffered;
    this.buffered = 0;
  }
}
