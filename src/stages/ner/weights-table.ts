/**
 * Feature hash → row lookup as an open-addressing table in typed arrays. A `Map` keyed by uint32 hashes
 * boxes every key above 2^30 and was the tagger's hottest spot; this keeps keys unboxed.
 */
export class HashIndex {
  private readonly keys: Uint32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  constructor(hashes: Uint32Array) {
    let size = 1;
    while (size < hashes.length * 2) size <<= 1;
    this.keys = new Uint32Array(size);
    this.rows = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    hashes.forEach((hash, row) => {
      let slot = this.slotOf(hash);
      while (this.rows[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = hash;
      this.rows[slot] = row;
    });
  }

  /** Row of `hash`, or -1. */
  get(hash: number): number {
    let slot = this.slotOf(hash);
    for (;;) {
      const row = this.rows[slot] as number;
      if (row === -1 || this.keys[slot] === hash) return row;
      slot = (slot + 1) & this.mask;
    }
  }

  private slotOf(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> 0 & this.mask;
  }
}
