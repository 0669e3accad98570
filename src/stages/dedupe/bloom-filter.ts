import { combineHashes, fmix32 } from '../../hash.js';

/** Bits per item: with 8 probes in a 512-bit block, about 1 lookup in 200 of an absent item says "maybe". */
const BITS_PER_ITEM = 12;
const PROBES = 8;
/** A block is one 64-byte cache line: every probe of an item lands in the same one. */
const BLOCK_BITS = 512;
const BLOCK_WORDS = BLOCK_BITS / 32;

/**
 * A blocked Bloom filter of (band, key) pairs, sized for `items` of them: `mayHave` is false for a pair never
 * added and true for every pair added. It tells a store on disk which lookups need no read at all.
 */
export class BloomFilter {
  private readonly words: Uint32Array;
  private readonly blocks: number;

  constructor(items: number) {
    this.blocks = Math.max(1, Math.ceil((items * BITS_PER_ITEM) / BLOCK_BITS));
    this.words = new Uint32Array(this.blocks * BLOCK_WORDS);
  }

  add(band: number, key: number): void {
    this.probe(band, key, (word, bit) => {
      this.words[word] = (this.words[word] as number) | bit;
      return true;
    });
  }

  mayHave(band: number, key: number): boolean {
    return this.probe(band, key, (word, bit) => ((this.words[word] as number) & bit) !== 0);
  }

  /** Runs `test` on each probe of the pair's block while it holds; true when every probe held. */
  private probe(band: number, key: number, test: (word: number, bit: number) => boolean): boolean {
    const hash = combineHashes(band, key);
    const base = (hash % this.blocks) * BLOCK_WORDS;
    const spread = fmix32(hash ^ 0x9e3779b9);
    const step = (spread >>> 9) | 1;
    for (let i = 0; i < PROBES; i++) {
      const bit = (spread + i * step) & (BLOCK_BITS - 1);
      if (!test(base + (bit >>> 5), 1 << (bit & 31))) return false;
    }
    return true;
  }
}
