import type { BandStore, Duplicate, RowStore, SourceRange } from '../../types.js';
import { bandKeys, BandTable } from './bands.js';
import { ChunkedRows } from './chunked-rows.js';
import { type Fingerprint, SIGNATURE_LENGTH, similarity } from './fingerprint.js';

export { fingerprint, type Fingerprint, SIGNATURE_LENGTH } from './fingerprint.js';

/** Estimated Jaccard similarity of 5-word shingles from which an article counts as a near duplicate. */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;

/** An article as dedupe sees it: its id, where it was seen, and its fingerprint. */
export interface Seen {
  readonly id: string;
  readonly source: SourceRange;
  readonly fingerprint: Fingerprint;
}

/**
 * The dedupe stage: articles are offered in input order; the first copy of a story is kept and every later
 * copy comes back as a `Duplicate` pointing at it, exact (same normalised words) or near (shingle similarity).
 * Two copies with the same words have the same signature, so the banding finds exact copies too: a candidate
 * with the same first 64 bits of the exact hash is one. Memory per kept article: those 64 bits and its id
 * (about 50 bytes); its band keys (310 to 530 bytes) unless `bands` keeps them elsewhere; and its signature
 * (512 bytes) unless `signatures` does (the merge keeps both on disk).
 */
export class DuplicateIndex {
  private readonly ids: string[] = [];
  private readonly exactHashes = new ChunkedRows(EXACT_WORDS);

  constructor(
    private readonly signatures: RowStore = new ChunkedRows(SIGNATURE_LENGTH),
    private readonly bands: BandStore = new BandTable(),
  ) {}

  /** Returns the duplicate record for `article`, or undefined when it is new (and remembered from now on). */
  check(article: Seen): Duplicate | undefined {
    const { signature } = article.fingerprint;
    const exact = exactWords(article.fingerprint.exact);
    const keys = bandKeys(signature);
    const candidates = this.candidates(keys);
    const twin = candidates.find((index) => sameWords(this.exactHashes.row(index), exact));
    if (twin !== undefined) return duplicate(article, this.ids[twin] as string, 'exact', 1);
    const near = this.nearest(signature, candidates);
    if (near !== undefined) return duplicate(article, this.ids[near.index] as string, 'near', near.similarity);
    this.remember(article.id, signature, exact, keys);
    return undefined;
  }

  private remember(id: string, signature: Uint32Array, exact: Uint32Array, keys: Int32Array): void {
    this.bands.add(this.ids.length, keys);
    this.ids.push(id);
    this.signatures.push(signature);
    this.exactHashes.push(exact);
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

function duplicate(article: Seen, duplicateOf: string, kind: Duplicate['kind'], value: number): Duplicate {
  return { articleId: article.id, duplicateOf, kind, similarity: Math.round(value * 1000) / 1000, source: article.source };
}
