import { describe, expect, it } from '@jest/globals';
import { BANDS, BandTable } from '../../../src/stages/dedupe/bands.js';

describe('dedupe: bands', () => {
  it('test_band_table_lists_each_article_once_per_band_with_its_key_counted_from_first', () => {
    const table = new BandTable(100);
    const keysOf = (n: number) => Int32Array.from({ length: BANDS }, (_, band) => (n % 3) - band);
    for (let n = 100; n < 110; n++) table.add(n, keysOf(n));
    const seen: string[] = [];
    table.forEachEntry((band, key, local) => {
      expect(key).toBe(keysOf(100 + local)[band]);
      seen.push(`${band}:${local}`);
    });
    expect(seen.sort()).toEqual(Array.from({ length: BANDS * 10 }, (_, i) => `${Math.floor(i / 10)}:${i % 10}`).sort());
    expect(() => table.add(111, keysOf(111))).toThrow(/article 111 added after 109/);
  });
});
