import type { Duplicate, RowStore, SourceRange } from '../../types.js';
import { type Fingerprint, SIGNATURE_LENGTH, similarity } from './fingerprint.js';
import { Int32Map } from './int-map.js';

export { fingerprint, type Fingerprint, SIGNATURE_LENGTH } from './fingerprint.js';

/** Estimated Jaccard similarity of 5-word shingles from which an article counts as a near duplicate. */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;
/**
 * LSH banding: 21 bands of 6 rows (2 of the 128 are left over) make a pair at 0.8 a candidate with
 * probability 0.998, one at 0.5 with 0.28 (a candidate is compared, not taken).
 */
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
 * Two copies with the same words have the same signature, so the banding finds exact copies too: a candidate
 * with the same first 64 bits of the exact hash is one. Memory per kept article: those 64 bits, one map
 * entry and one chain link per band (310 to 530 bytes, with the maps' free slots), all in typed arrays that
 * grow in chunks or by doubling; its id (about 50 bytes); and its signature (512 bytes) unless `signatures`
 * keeps them elsewhere (the merge keeps them in a file).
 */
export class DuplicateIndex {
  private readonly ids: string[] = [];
  private readonly exactHashes = new ChunkedRows(EXACT_WORDS);
  /** Per band, band hash → the latest kept article with it; `chain` leads from there to the earlier ones. */
  private readonly heads = Array.from({ length: BANDS }, () => new Int32Map());
  /** Row `index`, entry `band`: the kept article before `index` in the same band bucket (-1, as stored: none). */
  private readonly chain = new ChunkedRows(BANDS);

  constructor(private readonly signatures: RowStore = new ChunkedRows(SIGNATURE_LENGTH)) {}

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
    const index = this.ids.length;
    this.ids.push(id);
    this.signatures.push(signature);
    this.exactHashes.push(exact);
    const before = new Uint32Array(BANDS);
    keys.forEach((key, band) => {
      const heads = this.heads[band] as Int32Map;
      before[band] = heads.get(key);
      heads.set(key, index);
    });
    this.chain.push(before);
  }

  /** The kept articles that share a band with `keys`, in the order they were kept. */
  private candidates(keys: Int32Array): number[] {
    const found = new Set<number>();
    keys.forEach((key, band) => {
      for (let index = (this.heads[band] as Int32Map).get(key); index !== -1; index = this.chain.at(index, band) | 0) found.add(index);
    });
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

/**
 * Rows of `width` numbers, one per kept article, in memory: chunks of CHUNK_ARTICLES rows, so that the index
 * grows without copying them or holding free space beyond the last chunk.
 */
class ChunkedRows implements RowStore {
  private readonly chunks: Uint32Array[] = [];
  private count = 0;

  constructor(private readonly width: number) {}

  push(values: Uint32Array): void {
    if (this.count % CHUNK_ARTICLES === 0) this.chunks.push(new Uint32Array(CHUNK_ARTICLES * this.width));
    (this.chunks[this.chunks.length - 1] as Uint32Array).set(values.subarray(0, this.width), (this.count % CHUNK_ARTICLES) * this.width);
    this.count++;
  }

  /** Entry `column` of row `index`. */
  at(index: number, column: number): number {
    return (this.chunks[Math.floor(index / CHUNK_ARTICLES)] as Uint32Array)[(index % CHUNK_ARTICLES) * this.width + column] as number;
  }

  row(index: number): Uint32Array {
    const at = (index % CHUNK_ARTICLES) * this.width;
    return (this.chunks[Math.floor(index / CHUNK_ARTICLES)] as Uint32Array).subarray(at, at + this.width);
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
