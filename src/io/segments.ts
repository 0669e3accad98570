import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { RENDERED_FILES, type RenderedFile, type SegmentArticle, type SegmentHeader, type SegmentRecord, type StoredFingerprint } from '../types.js';
import type { ArticleRow } from '../write/tables.js';
import { fileLines } from './file-lines.js';
import { SyncFileSink } from './file-sink.js';

/** Segment files are written in smaller steps than the tables: a worker has 12 open for each input. */
const SEGMENT_SINK_BYTES = 64 << 10;

type Part = 'records' | 'articles' | 'fingerprints' | 'header' | RenderedFile;
const SUFFIX: Readonly<Record<Part, string>> = {
  records: '.jsonl',
  articles: '.articles.jsonl',
  fingerprints: '.fp.jsonl',
  header: '.json',
  ...(Object.fromEntries(RENDERED_FILES.map((file) => [file, `.rows.${file.replace('/', '-')}`])) as Record<RenderedFile, string>),
};

/**
 * The segment cache of an output folder. Each analysed input has `<key>.jsonl` (one record per article),
 * `<key>.articles.jsonl` (the articles' table rows, read once when the tables are finished),
 * `<key>.fp.jsonl` (one fingerprint per article, read alone by the dedupe pass), `<key>.rows.<file>` (the
 * articles' rendered rows of each output file, which the merge copies as bytes) and `<key>.json` (its report
 * and diagnostics). Everything is appended as articles are analysed, so an input's articles are never all in
 * memory; the files are written under temporary names and renamed, the header last: a segment whose header
 * exists is complete, and a run killed mid-way leaves only whole segments behind. The thread that analyses
 * an input looks up and writes its segment with blocking calls (see SyncFileSink); the merge reads segments
 * with calls that wait.
 */
export class SegmentStore {
  constructor(readonly dir: string) {}

  private file(key: string, part: Part): string {
    return path.join(this.dir, `${key}${SUFFIX[part]}`);
  }

  has(key: string): boolean {
    return existsSync(this.file(key, 'header'));
  }

  /**
   * Writes a segment: `fill` appends its articles and returns its header. If anything throws, the segment's
   * files are closed and removed before the error goes on: a worker goes on with other inputs, and must not
   * gather open files (blocking calls' descriptors are not closed when collected, as a FileHandle is).
   */
  write(key: string, fill: (writer: SegmentWriter) => SegmentHeader): SegmentHeader {
    mkdirSync(this.dir, { recursive: true });
    const writer = new SegmentWriter((part) => this.file(key, part));
    try {
      const header = fill(writer);
      writer.finish(header);
      return header;
    } catch (error) {
      writer.abandon();
      throw error;
    }
  }

  async *fingerprints(key: string): AsyncGenerator<StoredFingerprint> {
    for await (const line of fileLines(this.file(key, 'fingerprints'))) yield JSON.parse(line) as StoredFingerprint;
  }

  /** The file of a segment that holds the rendered rows of an output file. */
  rows(key: string, file: RenderedFile): string {
    return this.file(key, file);
  }

  header(key: string): SegmentHeader {
    return JSON.parse(readFileSync(this.file(key, 'header'), 'utf8')) as SegmentHeader;
  }

  async *records(key: string): AsyncGenerator<SegmentRecord> {
    for await (const line of fileLines(this.file(key, 'records'))) yield JSON.parse(line) as SegmentRecord;
  }

  /** The articles' table rows, in record order. */
  async *articleRows(key: string): AsyncGenerator<ArticleRow> {
    for await (const line of fileLines(this.file(key, 'articles'))) yield JSON.parse(line) as ArticleRow;
  }

  /** Removes segments (and leftover temporary files) not in `keep`. */
  async prune(keep: ReadonlySet<string>): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(names.filter((name) => !keep.has(name.replace(/\..*$/u, ''))).map((name) => rm(path.join(this.dir, name), { force: true })));
  }
}

/** One segment being written: SegmentStore.write makes it. */
export class SegmentWriter {
  private readonly records: SyncFileSink;
  private readonly articles: SyncFileSink;
  private readonly fingerprints: SyncFileSink;
  private readonly rows = new Map<RenderedFile, SyncFileSink>();

  constructor(private readonly target: (part: Part) => string) {
    this.records = new SyncFileSink(this.temporary('records'), SEGMENT_SINK_BYTES);
    this.articles = new SyncFileSink(this.temporary('articles'), SEGMENT_SINK_BYTES);
    this.fingerprints = new SyncFileSink(this.temporary('fingerprints'), SEGMENT_SINK_BYTES);
    for (const file of RENDERED_FILES) this.rows.set(file, new SyncFileSink(this.temporary(file), SEGMENT_SINK_BYTES));
  }

  private temporary(part: Part): string {
    return `${this.target(part)}.${process.pid}.tmp`;
  }

  append(article: SegmentArticle): void {
    this.records.write(`${JSON.stringify(article.record)}\n`);
    this.articles.write(`${JSON.stringify(article.article)}\n`);
    this.fingerprints.write(`${JSON.stringify(article.fingerprint)}\n`);
    for (const file of RENDERED_FILES) this.rows.get(file)?.write(article.rendered[file]);
  }

  finish(header: SegmentHeader): void {
    for (const sink of this.sinks()) sink.close();
    writeFileSync(this.temporary('header'), JSON.stringify(header));
    for (const part of PARTS) renameSync(this.temporary(part), this.target(part));
  }

  /** Closes the files without writing what is buffered, and removes them. */
  abandon(): void {
    for (const sink of this.sinks()) sink.abandon();
    for (const part of PARTS) rmSync(this.temporary(part), { force: true });
  }

  private sinks(): SyncFileSink[] {
    return [this.records, this.articles, this.fingerprints, ...this.rows.values()];
  }
}

/** The files of a segment, in the order they are renamed into place: the header last. */
const PARTS = [...RENDERED_FILES, 'records', 'articles', 'fingerprints', 'header'] as const;
