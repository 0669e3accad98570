/**
 * Feature hash → row lookup as an open-addressing table in one typed array of `[hash, row + 1]` pairs
 * (0 marks an empty slot), so that a probe touches one cache line. A `Map` keyed by uint32 hashes boxes
 * every key above 2^30 and was the tagger's hottest spot.
 */
export class HashIndex {
  private readonly slots: Uint32Array;
  private readonly mask: number;

  constructor(hashes: Uint32Array) {
    let size = 1;
    while (size < hashes.length * 2) size <<= 1;
    this.slots = new Uint32Array(size * 2);
    this.mask = size - 1;
    hashes.forEach((hash, row) => {
      let slot = this.slotOf(hash);
      while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = hash;
      this.slots[2 * slot + 1] = row + 1;
    });
  }

  /** Row of `hash`, or -1. */
  get(hash: number): number {
    let slot = this.slotOf(hash);
    for (;;) {
      const row = this.slots[2 * slot + 1] as number;
      if (row === 0) return -1;
      if (this.slots[2 * slot] === hash) return row - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  private slotOf(hash: number): number {
    return (Math.imul(hash, 0x9e3779b1) >>> 0) & this.mask;
  }
}
