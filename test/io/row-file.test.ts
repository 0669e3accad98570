import { truncateSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { RowFile } from '../../src/io/row-file.js';
import { inTempDir } from '../helpers.js';

/** Row `n` of width 3: distinct, and using all 32 bits. */
const rowOf = (n: number) => Uint32Array.from([n, Math.imul(n, 0x9e3779b1) >>> 0, 0xffffffff - n]);

describe('io: row file', () => {
  it('test_row_file_gives_back_every_row_written_or_still_buffered_in_any_order', async () => {
    await inTempDir(async (dir) => {
      const rows = new RowFile(path.join(dir, 'rows.bin'), 3);
      try {
        // 2,500 rows: two buffers written and some still in memory; reads come between the pushes too.
        for (let n = 0; n < 2500; n++) {
          rows.push(rowOf(n));
          if (n % 997 === 0) expect([...rows.row(Math.floor(n / 2))]).toEqual([...rowOf(Math.floor(n / 2))]);
        }
        for (let k = 0; k < 2500; k++) {
          const n = (k * 1543) % 2500;
          expect([...rows.row(n)]).toEqual([...rowOf(n)]);
        }
      } finally {
        rows.close();
      }
    });
  });

  it('test_row_file_starts_empty_over_a_file_left_by_an_earlier_run', async () => {
    await inTempDir(async (dir) => {
      const file = path.join(dir, 'rows.bin');
      const earlier = new RowFile(file, 3);
      for (let n = 0; n < 1500; n++) earlier.push(rowOf(n + 7));
      earlier.close();
      const rows = new RowFile(file, 3);
      try {
        for (let n = 0; n < 1500; n++) rows.push(rowOf(n));
        for (let n = 0; n < 1500; n++) expect([...rows.row(n)]).toEqual([...rowOf(n)]);
      } finally {
        rows.close();
      }
    });
  });

  it('test_row_file_truncated_under_it_is_an_error_not_an_endless_read', async () => {
    await inTempDir(async (dir) => {
      const file = path.join(dir, 'rows.bin');
      const rows = new RowFile(file, 3);
      try {
        for (let n = 0; n < 1500; n++) rows.push(rowOf(n));
        truncateSync(file, 12 * 100 + 5);
        expect([...rows.row(99)]).toEqual([...rowOf(99)]);
        expect(() => rows.row(100)).toThrow(/staging ends at byte 1205, where 7 more bytes were written/);
      } finally {
        rows.close();
      }
    });
  });
});
