import { closeSync, openSync, writeSync } from 'node:fs';

/** Bytes a sink gathers before it writes them: many small appends would each cost a system call. */
export const SINK_BUFFER_BYTES = 256 << 10;

const encoder = new TextEncoder();

/**
 * A file being written, with blocking calls: output files are written by one thread at the end of a run, with
 * nothing else to do meanwhile, and an error (a full disk) surfaces where the write is. Text is encoded
 * straight into one buffer kept for the sink's life, so no write allocates memory outside the JavaScript heap.
 */
export class FileSink {
  private readonly buffer: Uint8Array;
  private used = 0;
  private fd: number | undefined;

  constructor(
    readonly file: string,
    /** @default SINK_BUFFER_BYTES */
    bufferBytes = SINK_BUFFER_BYTES,
  ) {
    // A character takes up to 4 bytes; a smaller buffer could never take it.
    if (bufferBytes < 4) throw new RangeError(`a file sink needs a buffer of at least 4 bytes, got ${bufferBytes}`);
    this.buffer = new Uint8Array(bufferBytes);
  }

  /** Appends `text` as UTF-8 (a lone surrogate becomes U+FFFD, as `Buffer.from` would make it). */
  write(text: string): void {
    for (let rest = text; ; ) {
      const { read, written } = encoder.encodeInto(rest, this.buffer.subarray(this.used));
      this.used += written;
      rest = rest.slice(read);
      if (rest === '') return;
      this.flush();
    }
  }

  private flush(): void {
    this.fd ??= openSync(this.file, 'w');
    for (let at = 0; at < this.used; ) at += writeSync(this.fd, this.buffer, at, this.used - at);
    this.used = 0;
  }

  /** Writes what is buffered and closes the file (creating it, empty, if nothing was written). */
  close(): void {
    try {
      this.flush();
    } finally {
      if (this.fd !== undefined) closeSync(this.fd);
      this.fd = undefined;
    }
  }
}
