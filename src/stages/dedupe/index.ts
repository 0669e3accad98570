import type { Article, Duplicate } from '../../types.js';
import { fingerprint, SIGNATURE_LENGTH, similarity } from './fingerprint.js';

/** Estimated Jaccard similarity of 5-word shingles from which an article counts as a near duplicate. */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;
/** LSH banding: 32 bands of 4 rows find pairs above 0.8 with probability > 0.999 and few pairs below 0.4. */
const ROWS_PER_BAND = 4;
const BANDS = SIGNATURE_LENGTH / ROWS_PER_BAND;

interface Seen {
  readonly id: string;
  readonly signature: Uint32Array;
}

/**
 * The dedupe stage: articles are offered in input order; the first copy of a story is kept and every later
 * copy comes back as a `Duplicate` pointing at it, exact (same normalised words) or near (shingle similarity).
 */
export class DuplicateIndex {
  private readonly exact = new Map<string, string>();
  private readonly bands = new Map<string, Seen[]>();

  /** Returns the duplicate record for `article`, or undefined when it is new (and remembered from now on). */
  check(article: Article): Duplicate | undefined {
    const print = fingerprint(article);
    const exactOf = this.exact.get(print.exact);
    if (exactOf !== undefined) return duplicate(article, exactOf, 'exact', 1);
    const near = this.nearest(print.signature);
    if (near !== undefined) return duplicate(article, near.seen.id, 'near', near.similarity);
    this.exact.set(print.exact, article.id);
    const seen = { id: article.id, signature: print.signature };
    for (const key of bandKeys(print.signature)) {
      const bucket = this.bands.get(key);
      if (bucket === undefined) this.bands.set(key, [seen]);
      else bucket.push(seen);
    }
    return undefined;
  }

  private nearest(signature: Uint32Array): { seen: Seen; similarity: number } | undefined {
    let best: { seen: Seen; similarity: number } | undefined;
    const compared = new Set<Seen>();
    for (const key of bandKeys(signature)) {
      for (const seen of this.bands.get(key) ?? []) {
        if (compared.has(seen)) continue;
        compared.add(seen);
        const value = similarity(signature, seen.signature);
        if (value >= NEAR_DUPLICATE_SIMILARITY && (best === undefined || value > best.similarity)) best = { seen, similarity: value };
      }
    }
    return best;
  }
}

function bandKeys(signature: Uint32Array): string[] {
  return Array.from({ length: BANDS }, (_, band) => `${band}:${signature.subarray(band * ROWS_PER_BAND, (band + 1) * ROWS_PER_BAND).join(',')}`);
}

function duplicate(article: Article, duplicateOf: string, kind: Duplicate['kind'], value: number): Duplicate {
  return { articleId: article.id, duplicateOf, kind, similarity: Math.round(value * 1000) / 1000, source: article.source };
}
