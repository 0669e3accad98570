import { combineHashes, fnv1a } from '../../core/hash.js';
import { BoundedCache } from '../../language/model/bounded-cache.js';
import type { LinearModel } from '../../language/model/linear-model.js';
import { plainTypography } from '../../language/lexicon/normalize.js';

/**
 * A greedy averaged-perceptron part-of-speech tagger (after Honnibal 2013) over universal parts of speech,
 * trained on CoNLL++ train's Penn tags mapped to universal ones (`npm run train`): deterministic, and fast
 * because 16 tags make short rows. Frequent unambiguous words are tagged from a dictionary; the others from
 * features of the word, its neighbours and the two tags before it.
 */
export const POS_FEATURE_VERSION = 1;

const TEMPLATES = ['bias', 'suffix3', 'prefix1', 'tag-1', 'tag-2', 'tag-1|tag-2', 'word', 'tag-1|word', 'word-1', 'suffix3-1', 'word-2', 'word+1', 'suffix3+1', 'word+2', 'shape', 'first'] as const;
const T = Object.fromEntries(TEMPLATES.map((name) => [name, fnv1a(name)])) as Record<(typeof TEMPLATES)[number], number>;
const START = fnv1a('<s>');
const END = fnv1a('</s>');

/** A word as the features read it: lower case (numbers folded), hashes of it, its suffix, prefix and shape. */
interface PosWord {
  readonly lower: string;
  readonly word: number;
  readonly suffix: number;
  readonly prefix: number;
  readonly shape: number;
}

function posWord(written: string): PosWord {
  const w = plainTypography(written);
  const lower = /^\p{N}/u.test(w) ? '!digits' : w.toLowerCase();
  const shape = `${/^\p{Lu}/u.test(w) ? 'X' : 'x'}${/\p{Lu}/u.test(w.slice(1)) ? 'X' : ''}${w.includes('-') ? '-' : ''}${/\p{N}/u.test(w) ? 'd' : ''}`;
  return { lower, word: fnv1a(lower), suffix: fnv1a(lower.slice(-3)), prefix: fnv1a(lower.slice(0, 1)), shape: fnv1a(shape) };
}

/** What the tagger's features need of each word, computed once per distinct word. */
export class PosWordCache extends BoundedCache<PosWord> {
  constructor() {
    super(posWord, WORD_CACHE_LIMIT);
  }
}

const WORD_CACHE_LIMIT = 20_000;

/** The words of a sentence as the features read them. */
export interface PosSentence {
  readonly word: Uint32Array;
  readonly suffix: Uint32Array;
  readonly prefix: Uint32Array;
  readonly shape: Uint32Array;
  readonly lower: readonly string[];
}

export function posSentence(words: readonly string[], cache = new PosWordCache()): PosSentence {
  const n = words.length;
  const sentence = { lower: new Array<string>(n), word: new Uint32Array(n), suffix: new Uint32Array(n), prefix: new Uint32Array(n), shape: new Uint32Array(n) };
  // One loop, not `Uint32Array.from` with a map function, which goes through V8's slow generic path.
  for (let i = 0; i < n; i++) {
    const info = cache.get(words[i] as string);
    sentence.lower[i] = info.lower;
    sentence.word[i] = info.word;
    sentence.suffix[i] = info.suffix;
    sentence.prefix[i] = info.prefix;
    sentence.shape[i] = info.shape;
  }
  return sentence;
}

/** The features of token i given the tags (hashes) already chosen for the two before it. */
function posFeatures(s: PosSentence, i: number, tag1: number, tag2: number, out: number[]): void {
  const n = s.word.length;
  const at = (values: Uint32Array, j: number) => (j < 0 ? START : j >= n ? END : (values[j] as number));
  out.length = 0;
  out.push(
    combineHashes(T.bias, 0),
    combineHashes(T.suffix3, s.suffix[i] as number),
    combineHashes(T.prefix1, s.prefix[i] as number),
    combineHashes(T['tag-1'], tag1),
    combineHashes(T['tag-2'], tag2),
    combineHashes(T['tag-1|tag-2'], combineHashes(tag1, tag2)),
    combineHashes(T.word, s.word[i] as number),
    combineHashes(T['tag-1|word'], combineHashes(tag1, s.word[i] as number)),
    combineHashes(T['word-1'], at(s.word, i - 1)),
    combineHashes(T['suffix3-1'], at(s.suffix, i - 1)),
    combineHashes(T['word-2'], at(s.word, i - 2)),
    combineHashes(T['word+1'], at(s.word, i + 1)),
    combineHashes(T['suffix3+1'], at(s.suffix, i + 1)),
    combineHashes(T['word+2'], at(s.word, i + 2)),
    combineHashes(T.shape, s.shape[i] as number),
  );
  if (i === 0) out.push(combineHashes(T.first, 0));
}

/** Hashes of the tags, as the tag features use them; index `tags.length` is "no tag" (sentence start). */
export function tagHashes(tags: readonly string[]): Uint32Array {
  return Uint32Array.from([...tags, '<start>'], (tag) => fnv1a(tag));
}

/** Something that adds a feature's weights to a row of scores: the shipped model, or the weights in training. */
export interface TagScorer {
  addTo(feature: number, scores: Float64Array, offset: number): void;
}

/**
 * The tag of word i given the two tags before it: the dictionary's, or the best-scoring one. `features` and
 * `scores` are scratch space; after the call `features` holds the features scored, and is empty when the
 * dictionary decided (training learns only from scored words).
 */
export function guessTag(s: PosSentence, i: number, tag1: number, tag2: number, dictionary: ReadonlyMap<string, number>, scorer: TagScorer, scores: Float64Array, features: number[]): number {
  const known = dictionary.get(s.lower[i] as string);
  if (known !== undefined) {
    features.length = 0;
    return known;
  }
  scores.fill(0);
  posFeatures(s, i, tag1, tag2, features);
  // Sums stay in stored units: the argmax does not need the scale.
  for (const feature of features) scorer.addTo(feature, scores, 0);
  let best = 0;
  for (let k = 1; k < scores.length; k++) if ((scores[k] as number) > (scores[best] as number)) best = k;
  return best;
}

/** Tags a sentence: Penn tag indices, greedy left to right. */
export function tagSentence(words: readonly string[], model: LinearModel, dictionary: ReadonlyMap<string, number>, hashes: Uint32Array, cache: PosWordCache): Uint8Array {
  const width = model.header.tags.length;
  const s = posSentence(words, cache);
  const result = new Uint8Array(words.length);
  const scores = new Float64Array(width);
  const features: number[] = [];
  let tag1 = hashes[width] as number;
  let tag2 = tag1;
  for (let i = 0; i < words.length; i++) {
    const best = guessTag(s, i, tag1, tag2, dictionary, model, scores, features);
    result[i] = best;
    tag2 = tag1;
    tag1 = hashes[best] as number;
  }
  return result;
}
