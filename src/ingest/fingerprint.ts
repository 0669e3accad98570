import { fmix32, fnv1a, sha256Hex, stableId } from '../core/hash.js';
import type { Article } from '../core/types.js';

/** Words per shingle: long enough that shared stock phrases do not make two stories look alike. */
const SHINGLE_WORDS = 5;
/** Hash functions in a MinHash signature; the Jaccard estimate's standard error is about 1/sqrt(128) = 0.09. */
export const SIGNATURE_LENGTH = 128;

/** What dedupe keeps of an article: a hash of its normalised text and a MinHash signature of its shingles. */
export interface Fingerprint {
  readonly exact: string;
  readonly signature: Uint32Array;
}

/**
 * Normalised words of the headline and body: Unicode-compatible forms, lower case, quote marks and dashes
 * folded, punctuation dropped. Two copies that differ only in typography get the same words.
 */
export function normalisedWords(article: Pick<Article, 'title' | 'text'>): string[] {
  return `${article.title}\n${article.text}`.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function fingerprint(article: Pick<Article, 'title' | 'text'>): Fingerprint {
  const words = normalisedWords(article);
  return { exact: sha256Hex(words.join(' ')), signature: minHash(words) };
}

/** The SHA-256 of an article's normalised words: the same for two copies that differ only in typography. */
export function exactHash(article: Pick<Article, 'title' | 'text'>): string {
  return sha256Hex(normalisedWords(article).join(' '));
}

/**
 * The id of an article: from the id its feed gave it, else from its normalised words, never from where a file
 * was found. The same story read from another path, folder or file name has the same id.
 */
export function articleId(article: Pick<Article, 'title' | 'text' | 'externalId'>): string {
  return article.externalId === '' ? stableId('a', 'content', exactHash(article)) : stableId('a', 'id', article.externalId);
}

/** Bits of a shingle hash that pick its bin: 2^7 = 128 bins, the signature length. */
const BIN_BITS = 7;
const VALUE_BITS = 32 - BIN_BITS;
const EMPTY = 0xffffffff;

/**
 * One-permutation MinHash (Li, Owen & Zhang 2012) with rotation densification (Shrivastava & Li 2014): each
 * shingle is hashed once and kept if it is the smallest in its bin; an empty bin borrows the next non-empty
 * bin's value, marked with the distance. As good an estimate as 128 hash functions, at 1/128 of the cost.
 */
function minHash(words: readonly string[]): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(EMPTY);
  if (words.length === 0) return signature;
  const wordHashes = words.map((word) => fnv1a(word));
  const shingles = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let s = 0; s < shingles; s++) {
    let h = 0x9e3779b9;
    for (let k = s; k < Math.min(words.length, s + SHINGLE_WORDS); k++) h = fmix32(h ^ (wordHashes[k] as number));
    const bin = h >>> VALUE_BITS;
    const value = h & ((1 << VALUE_BITS) - 1);
    if (value < (signature[bin] as number)) signature[bin] = value;
  }
  const original = Uint32Array.from(signature);
  for (let bin = 0; bin < SIGNATURE_LENGTH; bin++) {
    if (original[bin] !== EMPTY) continue;
    for (let distance = 1; distance < SIGNATURE_LENGTH; distance++) {
      const donor = original[(bin + distance) % SIGNATURE_LENGTH] as number;
      if (donor === EMPTY) continue;
      signature[bin] = (donor + distance * (1 << VALUE_BITS)) >>> 0;
      break;
    }
  }
  return signature;
}

/** Share of equal positions: the MinHash estimate of the Jaccard similarity of the two shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_LENGTH; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_LENGTH;
}
