import { type Fingerprint, fingerprint, SIGNATURE_LENGTH, similarity } from '../ingest/fingerprint.js';
import type { Db } from './open.js';

/** Estimated Jaccard similarity of 5-word shingles from which an article counts as a near duplicate. */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;

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
 * The exact hash as the store keeps it: its first 64 bits in hex. Two different texts share them with a
 * chance of one in 10^19 for each pair, far below any store's size.
 */
export function exactKey(exact: string): string {
  return exact.slice(0, 16);
}

/** What the store says of an article it already has: the earlier article it repeats, and how alike they are. */
export interface Original {
  readonly articleId: string;
  readonly kind: 'exact' | 'near';
  /** Estimated shingle similarity, to 3 decimals; 1 for an exact copy. */
  readonly similarity: number;
}

/** An article id the store already gives to an article with other words: the new one needs another id. */
export interface IdTaken {
  readonly taken: true;
}

/**
 * Finds the article a fingerprint repeats, through the store's indexes: the same normalised words (exact,
 * whatever their age), the same id given by the feed, or a shared LSH band and a MinHash similarity of at
 * least 0.8 (near, among the articles from `fromSeq` on: the dedupe window). The first article kept wins a tie.
 */
export class DuplicateFinder {
  private readonly byExact;
  private readonly byId;
  private readonly byBand;
  private readonly signatureOf;

  constructor(
    db: Db,
    private readonly fromSeq: number,
  ) {
    this.byExact = db.prepare<[string], { article_id: string }>('SELECT article_id FROM articles WHERE exact = ? ORDER BY seq LIMIT 1');
    this.byId = db.prepare<[string], Words>('SELECT title, text FROM articles WHERE article_id = ?');
    this.byBand = db.prepare<[number, number, number], number>('SELECT seq FROM bands WHERE band = ? AND key = ? AND seq >= ?').pluck();
    this.signatureOf = db.prepare<[number], Words & { article_id: string }>('SELECT article_id, title, text FROM articles WHERE seq = ?');
  }

  find(articleId: string, print: Fingerprint): Original | IdTaken | undefined {
    const exact = this.byExact.get(exactKey(print.exact));
    if (exact !== undefined) return { articleId: exact.article_id, kind: 'exact', similarity: 1 };
    const sameId = this.byId.get(articleId);
    if (sameId !== undefined) {
      const value = similarity(print.signature, fingerprint(sameId).signature);
      return value >= NEAR_DUPLICATE_SIMILARITY ? { articleId, kind: 'near', similarity: round(value) } : { taken: true };
    }
    const candidates = new Set<number>();
    bandKeys(print.signature).forEach((key, band) => {
      for (const seq of this.byBand.all(band, key, this.fromSeq)) candidates.add(seq);
    });
    let best: { articleId: string; value: number; seq: number } | undefined;
    for (const seq of candidates) {
      const row = this.signatureOf.get(seq);
      if (row === undefined) continue;
      const value = similarity(print.signature, fingerprint(row).signature);
      if (value < NEAR_DUPLICATE_SIMILARITY) continue;
      if (best === undefined || value > best.value || (value === best.value && seq < best.seq)) best = { articleId: row.article_id, value, seq };
    }
    return best === undefined ? undefined : { articleId: best.articleId, kind: 'near', similarity: round(best.value) };
  }
}

/** What a stored article's signature is made again from. */
interface Words {
  readonly title: string;
  readonly text: string;
}

/** Similarities are written to 3 decimals. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
