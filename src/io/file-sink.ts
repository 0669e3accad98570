import { type FileHandle, open } from 'node:fs/promises';

/** Bytes a sink gathers before it writes them: many small appends would each cost a system call. */
export const SINK_BUFFER_BYTES = 256 << 10;

const encoder = new TextEncoder();

/**
 * A file being written through one buffer of its own, kept for the sink's life: text is encoded straight into
 * it and `copy` reads straight into it, so no call allocates memory outside the JavaScript heap. (A Buffer
 * made per write or per chunk copied pushed V8 into a full garbage collection at nearly every input merged.)
 * Calls must not overlap: await each before the next.
 */
export class FileSink {
  private handle: FileHandle | undefined;
  private readonly buffer: Uint8Array;
  private used = 0;

  constructor(
    private readonly file: string,
    /** @default SINK_BUFFER_BYTES */
    bufferBytes = SINK_BUFFER_BYTES,
  ) {
    // A character takes up to 4 bytes; a smaller buffer could never take it.
    if (bufferBytes < 4) throw new RangeError(`FileSink needs a buffer of at least 4 bytes, got ${bufferBytes}`);
    this.buffer = new Uint8Array(bufferBytes);
  }

  /** Appends `text` as UTF-8 (a lone surrogate becomes U+FFFD, as `Buffer.from` would make it). */
  async write(text: string): Promise<void> {
    let rest = text;
    for (;;) {
      const { read, written } = encoder.encodeInto(rest, this.buffer.subarray(this.used));
      this.used += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      await this.flush();
    }
  }

  /** Appends the bytes `[start, end)` of another file. */
  async copy(file: string, start: number, end: number): Promise<void> {
    const source = await open(file, 'r');
    try {
      for (let at = start; at < end; ) {
        if (this.used === this.buffer.length) await this.flush();
        const { bytesRead } = await source.read(this.buffer, this.used, Math.min(this.buffer.length - this.used, end - at), at);
        if (bytesRead === 0) throw new Error(`${file} ends at ${at}, before ${end}`);
        this.used += bytesRead;
        at += bytesRead;
      }
    } finally {
      await source.close();
    }
  }

  private async flush(): Promise<void> {
    this.handle ??= await open(this.file, 'w');
    for (let at = 0; at < this.used; ) at += (await this.handle.write(this.buffer, at, this.used - at)).bytesWritten;
    this.used = 0;
  }

  /** Writes what is buffered and closes the file (creating it, empty, if nothing was written). */
  async close(): Promise<void> {
    await this.flush();
    await this.handle?.close();
    this.handle = undefined;
  }
}
