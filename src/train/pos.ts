import { AveragedWeights } from '../language/model/averaged-weights.js';
import { guessTag, posSentence, PosWordCache, tagHashes } from '../stages/tokenize/pos.js';
import { inSeededOrder } from './order.js';

/** A sentence with its gold Penn tags. */
export interface TaggedSentence {
  readonly words: readonly string[];
  readonly tags: readonly string[];
}

export interface PosTrainingOptions {
  readonly epochs: number;
  readonly seed: number;
  readonly minWeight: number;
  readonly onEpoch?: (epoch: number) => void;
}

/** A word goes into the dictionary when seen this often, with one tag this often. */
const DICTIONARY_MIN_COUNT = 20;
const DICTIONARY_MIN_SHARE = 0.97;

/**
 * Trains the greedy POS tagger: words the training data always tags the same way go into a dictionary; the
 * others are learnt by an averaged perceptron that sees its own earlier guesses as the tags before each word,
 * as it will at run time (Honnibal 2013).
 */
export function trainPos(sentences: readonly TaggedSentence[], options: PosTrainingOptions) {
  const tags = [...new Set(sentences.flatMap((s) => s.tags))].sort();
  const index = new Map(tags.map((tag, i) => [tag, i]));
  const cache = new PosWordCache();
  const dictionary = buildDictionary(sentences, index, cache);
  const hashes = tagHashes(tags);
  const weights = new AveragedWeights(tags.length);
  const scores = new Float64Array(tags.length);
  const features: number[] = [];
  const prepared = sentences.map((s) => ({ sentence: posSentence(s.words, cache), gold: s.tags.map((tag) => index.get(tag) as number) }));
  inSeededOrder(
    prepared.length,
    options.epochs,
    options.seed,
    (k) => {
      const { sentence, gold } = prepared[k] as (typeof prepared)[number];
      let tag1 = hashes[tags.length] as number;
      let tag2 = tag1;
      gold.forEach((truth, i) => {
        const guess = guessTag(sentence, i, tag1, tag2, dictionary, weights, scores, features);
        if (features.length > 0) {
          if (guess !== truth) {
            for (const feature of features) {
              weights.update(feature, truth, 1);
              weights.update(feature, guess, -1);
            }
          }
          weights.tick();
        }
        tag2 = tag1;
        tag1 = hashes[guess] as number;
      });
    },
    options.onEpoch,
  );
  return { tags, dictionary: Object.fromEntries(dictionary), features: weights.averaged(options.minWeight) };
}

function buildDictionary(sentences: readonly TaggedSentence[], index: ReadonlyMap<string, number>, cache: PosWordCache): Map<string, number> {
  const counts = new Map<string, Map<number, number>>();
  for (const { words, tags } of sentences) {
    const lower = posSentence(words, cache).lower;
    lower.forEach((word, i) => {
      const byTag = counts.get(word) ?? new Map<number, number>();
      const tag = index.get(tags[i] as string) as number;
      byTag.set(tag, (byTag.get(tag) ?? 0) + 1);
      counts.set(word, byTag);
    });
  }
  const dictionary = new Map<string, number>();
  for (const [word, byTag] of counts) {
    const total = [...byTag.values()].reduce((a, b) => a + b, 0);
    const [tag, count] = [...byTag].sort((a, b) => b[1] - a[1])[0] as [number, number];
    if (total >= DICTIONARY_MIN_COUNT && count / total >= DICTIONARY_MIN_SHARE) dictionary.set(word, tag);
  }
  return dictionary;
}
