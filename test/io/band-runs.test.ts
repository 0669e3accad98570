import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { BandRuns } from '../../src/io/band-runs.js';
import { fmix32 } from '../../src/hash.js';
import { BANDS, BandTable } from '../../src/stages/dedupe/bands.js';
import { inTempDir } from '../helpers.js';

/**
 * The keys of article `n`: in even bands one of 40 values (negative ones too), so that buckets hold many
 * articles across runs and the same key stands in several bands; in odd bands any 32-bit value.
 */
function keysOf(n: number): Int32Array {
  return Int32Array.from({ length: BANDS }, (_, band) => (band % 2 === 0 ? (fmix32(n * 31 + band) % 40) - 20 : fmix32(n * 7 + band * 1_000_003) | 0));
}

function collected(store: BandTable | BandRuns, keys: Int32Array): number[] {
  const found = new Set<number>();
  store.collect(keys, found);
  return [...found].sort((a, b) => a - b);
}

describe('io: band runs', () => {
  it('test_band_runs_spilled_to_disk_find_the_same_articles_as_a_table_in_memory', async () => {
    await inTempDir(async (dir) => {
      // 97 articles a run: 2,037 entries, four blocks, the last one partial; 1,000 articles leave 30 in memory.
      const runs = new BandRuns(path.join(dir, 'bands.bin'), 97);
      const table = new BandTable();
      try {
        for (let n = 0; n < 1000; n++) {
          runs.add(n, keysOf(n));
          table.add(n, keysOf(n));
        }
        let hits = 0;
        for (let n = 0; n < 1100; n += 3) {
          // Queries of remembered articles (n < 1,000), unseen ones, and ones that share only odd bands.
          const keys = n % 2 === 0 ? keysOf(n) : keysOf(n).map((key, band) => (band % 2 === 0 ? 1000 + band : key));
          const expected = collected(table, keys);
          hits += expected.length;
          expect(collected(runs, keys)).toEqual(expected);
        }
        expect(hits).toBeGreaterThan(10_000);
        expect(collected(runs, new Int32Array(BANDS).fill(2_000_000))).toEqual([]);
      } finally {
        runs.close();
      }
    });
  });

  it('test_band_runs_refuse_a_run_size_their_entries_cannot_index', async () => {
    await inTempDir(async (dir) => {
      expect(() => new BandRuns(path.join(dir, 'bands.bin'), 70_000)).toThrow(/runArticles must be an integer from 1 to 65536, got 70000/);
    });
  });
});
