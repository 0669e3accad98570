import { createWriteStream, type WriteStream } from 'node:fs';
import { open } from 'node:fs/promises';

/** Bytes gathered before they are handed to the file: many small appends would each cost a system call. */
const SINK_BUFFER_BYTES = 256 << 10;
/** Bytes copied from a file at a time. */
const COPY_CHUNK_BYTES = 1 << 20;

/** A file being written, in large chunks, with back-pressure. */
export class FileSink {
  private readonly stream: WriteStream;
  private buffered: Buffer[] = [];
  private size = 0;

  constructor(file: string) {
    this.stream = createWriteStream(file);
  }

  async write(chunk: string | Buffer): Promise<void> {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    this.buffered.push(bytes);
    this.size += bytes.length;
    if (this.size >= SINK_BUFFER_BYTES) await this.flush();
  }

  /** Appends the bytes `[start, end)` of another file. */
  async copy(file: string, start: number, end: number): Promise<void> {
    const handle = await open(file, 'r');
    try {
      for (let at = start; at < end; ) {
        const buffer = Buffer.allocUnsafe(Math.min(COPY_CHUNK_BYTES, end - at));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, at);
        if (bytesRead === 0) throw new Error(`${file} ends at ${at}, before ${end}`);
        await this.write(buffer.subarray(0, bytesRead));
        at += bytesRead;
      }
    } finally {
      await handle.close();
    }
  }

  private async flush(): Promise<void> {
    const bytes = Buffer.concat(this.buffered);
    this.buffered = [];
    this.size = 0;
    if (bytes.length > 0 && !this.stream.write(bytes)) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}
