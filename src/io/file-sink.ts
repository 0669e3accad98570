import { closeSync, openSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { writeFully } from './positioned.js';

/** Bytes a sink gathers before it writes them: many small appends would each cost a system call. */
export const SINK_BUFFER_BYTES = 256 << 10;

const encoder = new TextEncoder();

/**
 * Text gathered as UTF-8 in one buffer of its own, kept for the sink's life: text is encoded straight into
 * it, so no write allocates memory outside the JavaScript heap. (A Buffer made per write or per chunk copied
 * pushed V8 into a full garbage collection at nearly every input merged.)
 */
abstract class BufferedSink {
  protected readonly buffer: Uint8Array;
  protected used = 0;

  constructor(
    protected readonly file: string,
    /** @default SINK_BUFFER_BYTES */
    bufferBytes = SINK_BUFFER_BYTES,
  ) {
    // A character takes up to 4 bytes; a smaller buffer could never take it.
    if (bufferBytes < 4) throw new RangeError(`a file sink needs a buffer of at least 4 bytes, got ${bufferBytes}`);
    this.buffer = new Uint8Array(bufferBytes);
  }

  /**
   * Encodes as much of `text` as the buffer takes (a lone surrogate becomes U+FFFD, as `Buffer.from` would
   * make it) and returns the rest, '' when all of it fit: the caller writes the buffer out and fills again.
   */
  protected fill(text: string): string {
    const { read, written } = encoder.encodeInto(text, this.buffer.subarray(this.used));
    this.used += written;
    return text.slice(read);
  }
}

/**
 * A file being written, for the thread that merges while it waits on worker threads: every call waits
 * without blocking. `copy` reads straight into the buffer. Calls must not overlap: await each before the next.
 */
export class FileSink extends BufferedSink {
  private handle: FileHandle | undefined;

  /** Appends `text` as UTF-8. */
  async write(text: string): Promise<void> {
    for (let rest = this.fill(text); rest !== ''; rest = this.fill(rest)) await this.flush();
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

/**
 * A file being written with blocking calls, for a worker thread, which has nothing else to do meanwhile:
 * a call that waits hands the write to libuv's threads, and when a worker runs on every core those wait for
 * a core while the worker waits for them (a 2-worker run of the bench took 25.1 s instead of 23.8).
 */
export class SyncFileSink extends BufferedSink {
  private fd: number | undefined;
  private written = 0;

  /** Appends `text` as UTF-8. */
  write(text: string): void {
    for (let rest = this.fill(text); rest !== ''; rest = this.fill(rest)) this.flush();
  }

  private flush(): void {
    this.fd ??= openSync(this.file, 'w');
    writeFully(this.fd, this.buffer, this.used, this.written);
    this.written += this.used;
    this.used = 0;
  }

  /** Writes what is buffered and closes the file (creating it, empty, if nothing was written). */
  close(): void {
    this.flush();
    this.abandon();
  }

  /** Closes the file, if it was opened, without writing what is buffered. */
  abandon(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.used = 0;
    this.written = 0;
  }
}
