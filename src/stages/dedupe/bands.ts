import type { BandStore } from '../../types.js';
import { ChunkedRows } from './chunked-rows.js';
import { SIGNATURE_LENGTH } from './fingerprint.js';
import { Int32Map } from './int-map.js';

/**
 * LSH banding: 21 bands of 6 rows (2 of the 128 are left over) make a pair at 0.8 a candidate with
 * probability 0.998, one at 0.5 with 0.28 (a candidate is compared, not taken).
 */
const ROWS_PER_BAND = 6;
export const BANDS = Math.floor(SIGNATURE_LENGTH / ROWS_PER_BAND);

/** One 32-bit integer per band: a hash of the band's rows (each band has a bucket space of its own). */
export function bandKeys(signature: Uint32Array): Int32Array {
  const keys = new Int32Array(BANDS);
  for (let band = 0; band < BANDS; band++) {
    let h = 0x811c9dc5;
    for (let r = band * ROWS_PER_BAND; r < (band + 1) * ROWS_PER_BAND; r++) h = Math.imul(h ^ (signature[r] as number), 0x01000193);
    keys[band] = h;
  }
  return keys;
}

/**
 * The band keys of kept articles `first`, `first + 1`, … in memory: per band, key → the latest article with
 * it, and a chain from each article to the one before it with the same key. One map entry and one chain link
 * per band per article: 310 to 530 bytes an article, with the maps' free slots.
 */
export class BandTable implements BandStore {
  private readonly heads = Array.from({ length: BANDS }, () => new Int32Map());
  /** Row `local`, entry `band`: the article before `local` with the same key in that band (-1, as stored: none). */
  private readonly chain = new ChunkedRows(BANDS);
  private readonly before = new Uint32Array(BANDS);
  /** How many articles are remembered: the next one is `first + size`. */
  size = 0;

  constructor(readonly first = 0) {}

  add(index: number, keys: Int32Array): void {
    if (index !== this.first + this.size) throw new Error(`band table: article ${index} added after ${this.first + this.size - 1}`);
    keys.forEach((key, band) => {
      const heads = this.heads[band] as Int32Map;
      this.before[band] = heads.get(key);
      heads.set(key, this.size);
    });
    this.chain.push(this.before);
    this.size++;
  }

  collect(keys: Int32Array, found: Set<number>): void {
    keys.forEach((key, band) => this.visitBucket(band, (this.heads[band] as Int32Map).get(key), (local) => found.add(this.first + local)));
  }

  /** Calls `visit` once per band per remembered article, with the article's index counted from `first`. */
  forEachEntry(visit: (band: number, key: number, local: number) => void): void {
    this.heads.forEach((heads, band) => heads.forEach((key, head) => this.visitBucket(band, head, (local) => visit(band, key, local))));
  }

  private visitBucket(band: number, head: number, visit: (local: number) => void): void {
    for (let local = head; local !== -1; local = this.chain.at(local, band) | 0) visit(local);
  }
}
