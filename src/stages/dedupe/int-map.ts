import { fmix32 } from '../../hash.js';

/**
 * A map from 32-bit integers to non-negative integers in two typed arrays (open addressing, linear probing,
 * at most three quarters full): 11 to 21 bytes an entry, where a `Map` takes about 40. The dedupe index keeps
 * one entry per band per kept article, so this is most of its memory; a lookup that misses (most do) probes
 * about 8 slots at the fullest, all in one or two cache lines.
 */
export class Int32Map {
  private keys: Int32Array;
  /** -1 marks an empty slot. */
  private values: Int32Array;
  private count = 0;

  constructor(capacity = 1024) {
    this.keys = new Int32Array(capacity);
    this.values = new Int32Array(capacity).fill(-1);
  }

  /** The value of `key`, or -1. */
  get(key: number): number {
    const mask = this.keys.length - 1;
    for (let slot = fmix32(key) & mask; ; slot = (slot + 1) & mask) {
      const value = this.values[slot] as number;
      if (value === -1 || this.keys[slot] === (key | 0)) return value;
    }
  }

  /** Sets `key` to `value` (which must be 0 or more). */
  set(key: number, value: number): void {
    if (4 * (this.count + 1) > 3 * this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let slot = fmix32(key) & mask;
    while (this.values[slot] !== -1 && this.keys[slot] !== (key | 0)) slot = (slot + 1) & mask;
    if (this.values[slot] === -1) this.count++;
    this.keys[slot] = key;
    this.values[slot] = value;
  }

  /** Calls `visit` with every key and its value, in slot order. */
  forEach(visit: (key: number, value: number) => void): void {
    this.values.forEach((value, slot) => value !== -1 && visit(this.keys[slot] as number, value));
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2).fill(-1);
    this.count = 0;
    values.forEach((value, slot) => value !== -1 && this.set(keys[slot] as number, value));
  }
}
