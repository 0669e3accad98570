import type { BandStore, CopyOf, RowStore } from '../../types.js';
import { bandKeys, BandTable } from './bands.js';
import { ChunkedRows } from './chunked-rows.js';
import { type Fingerprint, SIGNATURE_LENGTH, similarity } from './fingerprint.js';

export { fingerprint, type Fingerprint, SIGNATURE_LENGTH } from './fingerprint.js';

/** Estimated Jaccard similarity of 5-word shingles from which an article counts as a near duplicate. */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;

/**
 * The dedupe stage: articles' fingerprints are offered in input order; the first copy of a story is kept and
 * every later copy comes back as a `CopyOf` the kept one, exact (same normalised words) or near (shingle
 * similarity). Kept articles are known by their number in the order they were kept, so the index holds no
 * ids. Two copies with the same words have the same signature, so the banding finds exact copies too: a
 * candidate with the same first 64 bits of the exact hash is one. Memory per kept article: those 64 bits;
 * its band keys (310 to 530 bytes) unless `bands` keeps them elsewhere; and its signature (512 bytes) unless
 * `signatures` does (the merge keeps both on disk).
 */
export class DuplicateIndex {
  private readonly exactHashes = new ChunkedRows(EXACT_WORDS);
  private kept = 0;

  constructor(
    private readonly signatures: RowStore = new ChunkedRows(SIGNATURE_LENGTH),
    private readonly bands: BandStore = new BandTable(),
  ) {}

  /** How many articles have been kept so far. */
  get keptCount(): number {
    return this.kept;
  }

  /** The kept article `fingerprint` repeats, or undefined when it is new (and kept from now on). */
  check(fingerprint: Fingerprint): CopyOf | undefined {
    const { signature } = fingerprint;
    const exact = exactWords(fingerprint.exact);
    const keys = bandKeys(signature);
    const candidates = this.candidates(keys);
    const twin = candidates.find((index) => sameWords(this.exactHashes.row(index), exact));
    if (twin !== undefined) return { kept: twin, kind: 'exact', similarity: 1 };
    const near = this.nearest(signature, candidates);
    if (near !== undefined) return { kept: near.index, kind: 'near', similarity: Math.round(near.similarity * 1000) / 1000 };
    this.remember(signature, exact, keys);
    return undefined;
  }

  private remember(signature: Uint32Array, exact: Uint32Array, keys: Int32Array): void {
    this.bands.add(this.kept, keys);
    this.signatures.push(signature);
    this.exactHashes.push(exact);
    this.kept++;
  }

  /** The kept articles that share a band with `keys`, in the order they were kept. */
  private candidates(keys: Int32Array): number[] {
    const found = new Set<number>();
    this.bands.collect(keys, found);
    return [...found].sort((a, b) => a - b);
  }

  /** The most similar candidate at or above the threshold; of equally similar ones, the first kept. */
  private nearest(signature: Uint32Array, candidates: readonly number[]): { index: number; similarity: number } | undefined {
    let best: { index: number; similarity: number } | undefined;
    for (const index of candidates) {
      const value = similarity(signature, this.signatures.row(index));
      if (value >= NEAR_DUPLICATE_SIMILARITY && (best === undefined || value > best.similarity)) best = { index, similarity: value };
    }
    return best;
  }
}

/** 32-bit words of the exact hash that are kept: 64 bits, never the same for two texts that also share a band. */
const EXACT_WORDS = 2;

function exactWords(exact: string): Uint32Array {
  return Uint32Array.from({ length: EXACT_WORDS }, (_, i) => Number.parseInt(exact.slice(i * 8, i * 8 + 8), 16));
}

function sameWords(a: Uint32Array, b: Uint32Array): boolean {
  return a.every((word, i) => word === b[i]);
}
