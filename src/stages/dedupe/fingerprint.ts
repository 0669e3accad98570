import { fnv1a, sha256Hex } from '../../hash.js';
import type { Article } from '../../types.js';

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

/** Seeds of the hash functions: fixed, so that signatures are the same on every run and every machine. */
const SEEDS = Uint32Array.from({ length: SIGNATURE_LENGTH }, (_, i) => fmix32(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)));

function minHash(words: readonly string[]): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  const shingles = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let s = 0; s < shingles && words.length > 0; s++) {
    const shingle = fnv1a(words.slice(s, s + SHINGLE_WORDS).join(' '));
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      const h = fmix32(shingle ^ (SEEDS[i] as number));
      if (h < (signature[i] as number)) signature[i] = h;
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

/** MurmurHash3's finaliser: a cheap, well-mixed 32-bit permutation. */
function fmix32(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
