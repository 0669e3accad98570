/**
 * Feature hash → weights row, laid out for the cache: one slot per feature (32 or 64 bytes, aligned) holds
 * its hash, a used mark and its weights as int16, so a lookup touches one cache line, hit or miss. Open
 * addressing with linear probing, at most half full. Rows of up to 28 weights. Weights stay quantised:
 * `addTo` adds the int16 values, and the caller multiplies sums by `scale` once.
 */
const MAX_SLOT_INTS = 16;
const MAX_WIDTH = (MAX_SLOT_INTS - 2) * 2;

/** An InlineTable's memory and row width: plain data that worker threads share (the slots are a SharedArrayBuffer). */
export interface InlineTableData {
  readonly slots: Int32Array;
  readonly width: number;
}

export class InlineTable {
  private readonly slots: Int32Array;
  private readonly weights: Int16Array;
  private readonly mask: number;
  /** Slot size in int32s: hash, mark and the row, rounded up to 8 or 16 so slots do not straddle lines. */
  private readonly slotInts: number;
  readonly width: number;

  /** A table over memory that `build` filled, in this thread or another. */
  constructor(readonly data: InlineTableData) {
    this.slots = data.slots;
    this.weights = new Int16Array(data.slots.buffer, data.slots.byteOffset, data.slots.length * 2);
    this.width = data.width;
    this.slotInts = slotIntsOf(data.width);
    this.mask = data.slots.length / this.slotInts - 1;
  }

  /** Lays out the rows of `keys` (row `i` is `quantised[i * width ...]`) in shared memory. */
  static build(keys: Uint32Array, quantised: Int16Array, width: number): InlineTable {
    if (width > MAX_WIDTH) throw new RangeError(`InlineTable holds rows of at most ${MAX_WIDTH} weights, got ${width}`);
    const slotInts = slotIntsOf(width);
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    const table = new InlineTable({ slots: new Int32Array(new SharedArrayBuffer(size * slotInts * 4)), width });
    keys.forEach((key, row) => {
      let slot = table.slotOf(key);
      while (table.slots[slot * slotInts + 1] !== 0) slot = (slot + 1) & table.mask;
      table.slots[slot * slotInts] = key | 0;
      table.slots[slot * slotInts + 1] = 1;
      for (let k = 0; k < width; k++) table.weights[slot * slotInts * 2 + 4 + k] = quantised[row * width + k] as number;
    });
    return table;
  }

  /** Adds the row of `hash` (quantised) to `sums[offset ...]`; returns false when the hash is unknown. */
  addTo(hash: number, sums: Float64Array, offset: number): boolean {
    const key = hash | 0;
    let slot = this.slotOf(hash);
    for (;;) {
      const base = slot * this.slotInts;
      if (this.slots[base + 1] === 0) return false;
      if (this.slots[base] === key) {
        const at = base * 2 + 4;
        for (let k = 0; k < this.width; k++) sums[offset + k] = (sums[offset + k] as number) + (this.weights[at + k] as number);
        return true;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  private slotOf(hash: number): number {
    return (Math.imul(hash, 0x9e3779b1) >>> 0) & this.mask;
  }
}

function slotIntsOf(width: number): number {
  return 2 + Math.ceil(width / 2) <= 8 ? 8 : MAX_SLOT_INTS;
}
