import { describe, expect, it } from '@jest/globals';
import { Int32Map } from '../../../src/stages/dedupe/int-map.js';

describe('dedupe: Int32Map', () => {
  it('test_int_map_agrees_with_a_map_through_growth_overwrites_and_misses', () => {
    const map = new Int32Map(8);
    const reference = new Map<number, number>();
    // Band hashes are any 32-bit integers, negative ones included; every 5th key is set twice.
    for (let n = 0; n < 20_000; n++) {
      const key = Math.imul(n, 0x9e3779b1) | 0;
      map.set(key, n);
      reference.set(key, n);
      if (n % 5 === 0) {
        map.set(key, n + 1);
        reference.set(key, n + 1);
      }
    }
    for (const [key, value] of reference) expect(map.get(key)).toBe(value);
    for (let n = 20_000; n < 21_000; n++) expect(map.get(Math.imul(n, 0x9e3779b1) | 0)).toBe(-1);
    const visited = new Map<number, number>();
    map.forEach((key, value) => visited.set(key, value));
    expect(visited).toEqual(reference);
  });
});
