import type { Duplicate, SourceRange } from '../../types.js';
import { type Fingerprint, SIGNATURE_LENGTH, similarity } from './fingerprint.js';

export { fingerprint, type Fingerprint } from './fingerprint.js';

/** Estimated Jaccard similarity of 5-word shingles from which an article counts as a near duplicate. */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;
/** LSH banding: 20 bands of 6 rows find pairs above 0.8 with probability 0.998 and few pairs below 0.5. */
const ROWS_PER_BAND = 6;
const BANDS = Math.floor(SIGNATURE_LENGTH / ROWS_PER_BAND);

/** An article as dedupe sees it: its id, where it was seen, and its fingerprint. */
export interface Seen {
  readonly id: string;
  readonly source: SourceRange;
  readonly fingerprint: Fingerprint;
}

/**
 * The dedupe stage: articles are offered in input order; the first copy of a story is kept and every later
 * copy comes back as a `Duplicate` pointing at it, exact (same normalised words) or near (shingle similarity).
 * Memory per kept article: its signature and one number per band.
 */
export class DuplicateIndex {
  private readonly exact = new Map<string, string>();
  private readonly bands = new Map<number, number[]>();
  private readonly kept: { id: string; signature: Uint32Array }[] = [];

  /** Returns the duplicate record for `article`, or undefined when it is new (and remembered from now on). */
  check(article: Seen): Duplicate | undefined {
    const { fingerprint } = article;
    const exactOf = this.exact.get(fingerprint.exact);
    if (exactOf !== undefined) return duplicate(article, exactOf, 'exact', 1);
    const near = this.nearest(fingerprint.signature);
    if (near !== undefined) return duplicate(article, near.id, 'near', near.similarity);
    this.exact.set(fingerprint.exact, article.id);
    const index = this.kept.length;
    this.kept.push({ id: article.id, signature: fingerprint.signature });
    for (const key of bandKeys(fingerprint.signature)) {
      const bucket = this.bands.get(key);
      if (bucket === undefined) this.bands.set(key, [index]);
      else bucket.push(index);
    }
    return undefined;
  }

  private nearest(signature: Uint32Array): { id: string; similarity: number } | undefined {
    let best: { id: string; similarity: number } | undefined;
    const compared = new Set<number>();
    for (const key of bandKeys(signature)) {
      for (const index of this.bands.get(key) ?? []) {
        if (compared.has(index)) continue;
        compared.add(index);
        const seen = this.kept[index] as { id: string; signature: Uint32Array };
        const value = similarity(signature, seen.signature);
        if (value >= NEAR_DUPLICATE_SIMILARITY && (best === undefined || value > best.similarity)) best = { id: seen.id, similarity: value };
      }
    }
    return best;
  }
}

/** One number per band: the band's index in the high bits, a hash of its rows in the low 32. */
function bandKeys(signature: Uint32Array): number[] {
  return Array.from({ length: BANDS }, (_, band) => {
    let h = 0x811c9dc5;
    for (let r = band * ROWS_PER_BAND; r < (band + 1) * ROWS_PER_BAND; r++) h = Math.imul(h ^ (signature[r] as number), 0x01000193);
    return band * 2 ** 32 + (h >>> 0);
  });
}

function duplicate(article: Seen, duplicateOf: string, kind: Duplicate['kind'], value: number): Duplicate {
  return { articleId: article.id, duplicateOf, kind, similarity: Math.round(value * 1000) / 1000, source: article.source };
}
