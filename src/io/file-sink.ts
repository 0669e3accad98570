import { createWriteStream, type WriteStream } from 'node:fs';

/** Text gathered before it is handed to the file: many small appends would each cost a system call. */
const SINK_BUFFER_CHARS = 1 << 20;

/** A file being written in the staging folder, in large chunks, with back-pressure. */
export class FileSink {
  private readonly stream: WriteStream;
  private buffered: string[] = [];
  private size = 0;

  constructor(file: string) {
    this.stream = createWriteStream(file);
  }

  async write(chunk: string): Promise<void> {
    this.buffered.push(chunk);
    this.size += chunk.length;
    if (this.size >= SINK_BUFFER_CHARS) await this.flush();
  }

  private async flush(): Promise<void> {
    const text = this.buffered.join('');
    this.buffered = [];
    this.size = 0;
    if (text !== '' && !this.stream.write(text)) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}
