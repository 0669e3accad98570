import { describe, expect, it } from '@jest/globals';
import { BANDS } from '../../../src/stages/dedupe/bands.js';
import { BloomFilter } from '../../../src/stages/dedupe/bloom-filter.js';

describe('dedupe: Bloom filter', () => {
  it('test_bloom_filter_never_misses_an_added_pair_and_rarely_claims_an_absent_one', () => {
    const filter = new BloomFilter(50_000);
    for (let n = 0; n < 50_000; n++) filter.add(n % BANDS, Math.imul(n, 0x9e3779b1));
    for (let n = 0; n < 50_000; n++) expect(filter.mayHave(n % BANDS, Math.imul(n, 0x9e3779b1))).toBe(true);
    let claimed = 0;
    // The same keys in another band, and new keys: both are absent pairs.
    for (let n = 0; n < 50_000; n++) {
      if (filter.mayHave((n + 1) % BANDS, Math.imul(n, 0x9e3779b1))) claimed++;
      if (filter.mayHave(n % BANDS, Math.imul(n + 50_000, 0x9e3779b1))) claimed++;
    }
    expect(claimed / 100_000).toBeLessThan(0.01);
  });
});
