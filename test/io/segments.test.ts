import { readdirSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { SegmentStore } from '../../src/io/segments.js';
import type { SegmentArticle, SegmentHeader } from '../../src/types.js';
import { renderArticle } from '../../src/write/render.js';
import { analyseArticle, inTempDir } from '../helpers.js';

const TEXT = '"We will not leave," said Maria Lopez, the mayor of Quito, after she met Olaf Scholz in Berlin on Monday.';

/** An article as a worker appends it; its rendered rows are what fill the segment's files. */
function segmentArticle(id: string): SegmentArticle {
  const analysed = analyseArticle({ text: TEXT }, id);
  return { ...renderArticle(analysed), fingerprint: { id, source: analysed.article.source, exact: 'e', signature: '' } };
}

const HEADER: SegmentHeader = { input: { path: 'a.txt', sha256: 's', bytes: 1, outcome: 'ok', articles: 1 }, diagnostics: [], stageMs: {} };

/** Descriptors open in this process (Linux). */
const openFiles = () => readdirSync('/proc/self/fd').length;

describe('io: segment store', () => {
  it('test_segment_write_that_throws_leaves_no_file_open_and_no_file_behind', async () => {
    await inTempDir(async (dir) => {
      const store = new SegmentStore(dir);
      const article = segmentArticle('a-1');
      const before = openFiles();
      expect(() =>
        store.write('key', (writer) => {
          // Enough rows that the segment's files have been flushed, so opened, before the failure.
          for (let i = 0; i < 2000; i++) writer.append(article);
          throw new Error('the disk is full');
        }),
      ).toThrow('the disk is full');
      expect(openFiles()).toBe(before);
      expect(await readdir(dir)).toEqual([]);
      expect(store.has('key')).toBe(false);
    });
  });

  it('test_segment_write_renames_its_files_into_place_with_the_header_last', async () => {
    await inTempDir(async (dir) => {
      const store = new SegmentStore(dir);
      const article = segmentArticle('a-1');
      expect(store.write('key', (writer) => (writer.append(article), HEADER))).toEqual(HEADER);
      expect(store.has('key')).toBe(true);
      expect(store.header('key')).toEqual(HEADER);
      const names = await readdir(dir);
      expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);
      expect(await readFile(path.join(dir, 'key.rows.mentions.csv'), 'utf8')).toBe(article.rendered['mentions.csv']);
    });
  });
});
