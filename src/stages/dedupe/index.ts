import type { Duplicate, SourceRange } from '../../types.js';
import { type Fingerprint, SIGNATURE_LENGTH, similarity } from './fingerprint.js';
import { Int32Map } from './int-map.js';

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
 * Memory per kept article, in typed arrays: its signature (512 bytes), one map entry and one chain link per
 * band (about 600 bytes with the maps' free slots), its exact hash and id: about 1.2 KB.
 */
export class DuplicateIndex {
  private readonly exact = new Map<string, string>();
  private readonly ids: string[] = [];
  /** Signatures of the kept articles, CHUNK_ARTICLES to a chunk: the index grows without copying them. */
  private readonly signatures: Uint32Array[] = [];
  /** Per band, band hash → the latest kept article with it; `chain` leads from there to the earlier ones. */
  private readonly heads = Array.from({ length: BANDS }, () => new Int32Map());
  /** `chain[index × BANDS + band]`: the kept article before `index` in the same band bucket, or -1. */
  private chain = new Int32Array(BANDS * CHUNK_ARTICLES);

  /** Returns the duplicate record for `article`, or undefined when it is new (and remembered from now on). */
  check(article: Seen): Duplicate | undefined {
    const { fingerprint } = article;
    const exactOf = this.exact.get(fingerprint.exact);
    if (exactOf !== undefined) return duplicate(article, exactOf, 'exact', 1);
    const keys = bandKeys(fingerprint.signature);
    const near = this.nearest(fingerprint.signature, keys);
    if (near !== undefined) return duplicate(article, near.id, 'near', near.similarity);
    this.remember(article.id, fingerprint, keys);
    return undefined;
  }

  private remember(id: string, fingerprint: Fingerprint, keys: Int32Array): void {
    const index = this.ids.length;
    this.exact.set(fingerprint.exact, id);
    this.ids.push(id);
    if (index % CHUNK_ARTICLES === 0) this.signatures.push(new Uint32Array(CHUNK_ARTICLES * SIGNATURE_LENGTH));
    (this.signatures[this.signatures.length - 1] as Uint32Array).set(fingerprint.signature.subarray(0, SIGNATURE_LENGTH), (index % CHUNK_ARTICLES) * SIGNATURE_LENGTH);
    if (this.chain.length < (index + 1) * BANDS) {
      const grown = new Int32Array(this.chain.length * 2);
      grown.set(this.chain);
      this.chain = grown;
    }
    keys.forEach((key, band) => {
      const heads = this.heads[band] as Int32Map;
      this.chain[index * BANDS + band] = heads.get(key);
      heads.set(key, index);
    });
  }

  private signatureOf(index: number): Uint32Array {
    const at = (index % CHUNK_ARTICLES) * SIGNATURE_LENGTH;
    return (this.signatures[Math.floor(index / CHUNK_ARTICLES)] as Uint32Array).subarray(at, at + SIGNATURE_LENGTH);
  }

  /** The most similar kept article at or above the threshold; of equally similar ones, the first kept. */
  private nearest(signature: Uint32Array, keys: Int32Array): { id: string; similarity: number } | undefined {
    let best: { index: number; similarity: number } | undefined;
    const compared = new Set<number>();
    keys.forEach((key, band) => {
      for (let index = (this.heads[band] as Int32Map).get(key); index !== -1; index = this.chain[index * BANDS + band] as number) {
        if (compared.has(index)) continue;
        compared.add(index);
        const value = similarity(signature, this.signatureOf(index));
        if (value < NEAR_DUPLICATE_SIMILARITY) continue;
        if (best === undefined || value > best.similarity || (value === best.similarity && index < best.index)) best = { index, similarity: value };
      }
    });
    return best && { id: this.ids[best.index] as string, similarity: best.similarity };
  }
}

const CHUNK_ARTICLES = 4096;

/** One small integer per band: a hash of the band's rows (each band has a map of its own). */
function bandKeys(signature: Uint32Array): Int32Array {
  const keys = new Int32Array(BANDS);
  for (let band = 0; band < BANDS; band++) {
    let h = 0x811c9dc5;
    for (let r = band * ROWS_PER_BAND; r < (band + 1) * ROWS_PER_BAND; r++) h = Math.imul(h ^ (signature[r] as number), 0x01000193);
    keys[band] = h;
  }
  return keys;
}

function duplicate(article: Seen, duplicateOf: string, kind: Duplicate['kind'], value: number): Duplicate {
  return { articleId: article.id, duplicateOf, kind, similarity: Math.round(value * 1000) / 1000, source: article.source };
}
