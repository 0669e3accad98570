import { createReadStream } from 'node:fs';
import { access, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { SegmentArticle, SegmentHeader, StoredFingerprint } from '../types.js';

/**
 * The segment cache of an output folder: for each analysed input, `<key>.jsonl` (header line, then one line
 * per article) and `<key>.fp.jsonl` (one fingerprint per article, read alone by the dedupe pass). A segment is
 * written under temporary names and renamed into place, fingerprints last: a segment whose fingerprint file
 * exists is complete, so a run killed mid-way leaves only whole segments behind.
 */
export class SegmentStore {
  constructor(readonly dir: string) {}

  private file(key: string, kind: 'articles' | 'fingerprints'): string {
    return path.join(this.dir, kind === 'articles' ? `${key}.jsonl` : `${key}.fp.jsonl`);
  }

  async has(key: string): Promise<boolean> {
    return access(this.file(key, 'fingerprints')).then(
      () => true,
      () => false,
    );
  }

  async write(key: string, header: SegmentHeader, articles: readonly SegmentArticle[]): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const articlesText = [JSON.stringify(header), ...articles.map((a) => JSON.stringify(a.analysed))].join('\n') + '\n';
    const fingerprintsText = articles.map((a) => `${JSON.stringify(a.fingerprint)}\n`).join('');
    for (const [kind, text] of [['articles', articlesText], ['fingerprints', fingerprintsText]] as const) {
      const target = this.file(key, kind);
      const temporary = `${target}.${process.pid}.tmp`;
      await writeFile(temporary, text);
      await rename(temporary, target);
    }
  }

  async *fingerprints(key: string): AsyncGenerator<StoredFingerprint> {
    for await (const line of lines(this.file(key, 'fingerprints'))) yield JSON.parse(line) as StoredFingerprint;
  }

  async header(key: string): Promise<SegmentHeader> {
    for await (const line of lines(this.file(key, 'articles'))) return JSON.parse(line) as SegmentHeader;
    throw new Error(`segment ${key} has no header`);
  }

  async *articles(key: string): AsyncGenerator<SegmentArticle['analysed']> {
    let first = true;
    for await (const line of lines(this.file(key, 'articles'))) {
      if (!first) yield JSON.parse(line) as SegmentArticle['analysed'];
      first = false;
    }
  }

  /** Removes segments (and leftover temporary files) not in `keep`. */
  async prune(keep: ReadonlySet<string>): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(
      names.filter((name) => !keep.has(name.replace(/\.(fp\.)?jsonl(\.\d+\.tmp)?$/u, ''))).map((name) => rm(path.join(this.dir, name), { force: true })),
    );
  }
}

function lines(file: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
}
