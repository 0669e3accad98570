import { decodeLinearModel, encodeLinearModel, type LinearModel, type LinearModelData, type LinearModelHeader } from '../../language/model/linear-model.js';
import { Scratch } from '../../language/model/scratch.js';
import { FEATURE_VERSION, WORD_FEATURES } from './features.js';
import { TAG_COUNT, TAGS, type Weights } from './tagger.js';

const KIND = 'whosaid-ner';

/** What the NER model records about itself besides its weights. */
export interface NerAbout {
  /** Fingerprint of the gazetteer the model was trained with (`Lexicon.fingerprint`). */
  readonly lexiconFingerprint: string;
  /** How it was trained: data file and its sha256, epochs, seed. */
  readonly training: Readonly<Record<string, string | number>>;
}

export function encodeNerModel(about: NerAbout, features: ReadonlyMap<number, ArrayLike<number>>, transitions: Float32Array): Buffer {
  return encodeLinearModel({ kind: KIND, featureVersion: FEATURE_VERSION, tags: TAGS, about: { ...about } }, features, transitions);
}

/** A loaded NER model: the tagger's weights and what it was trained with. */
export interface LoadedModel extends Weights {
  readonly header: LinearModelHeader & { readonly about: NerAbout };
  /** The model as data that worker threads share (`nerModel(linearModel(data))` loads it there). */
  readonly data: LinearModelData;
}

/** The NER model from the bytes of its file (`name` is for messages). */
export function decodeNerModel(file: Buffer, name: string): LoadedModel {
  return nerModel(decodeLinearModel(file, name, { kind: KIND, featureVersion: FEATURE_VERSION, tags: TAGS }, 'npm run train'));
}

/**
 * A loaded model over `model`'s weights; its emission table is reused from call to call (see Scratch). The
 * sum of a word's own features is kept with the word (`FeatureMatrix.words`): news repeats its words, and
 * those features are a third of a token's lookups. Sums of the stored integer weights are exact, so the
 * order they are added in changes nothing.
 */
export function nerModel(model: LinearModel): LoadedModel {
  const { scale } = model.header;
  const table = new Scratch((length) => new Float64Array(length));
  const wordSums = new WeakMap<object, Float64Array>();
  const wordSum = (word: object, hashes: Uint32Array, first: number): Float64Array => {
    let sum = wordSums.get(word);
    if (sum === undefined) {
      sum = new Float64Array(TAG_COUNT);
      for (let f = first; f < first + WORD_FEATURES; f++) model.addTo(hashes[f] as number, sum, 0);
      wordSums.set(word, sum);
    }
    return sum;
  };
  return {
    header: model.header as LoadedModel['header'],
    data: model.data,
    transitions: Float64Array.from(model.extra),
    emissions({ hashes, offsets, words }, from, to) {
      const scores = table.take((to - from) * TAG_COUNT).fill(0);
      for (let i = from; i < to; i++) {
        const row = (i - from) * TAG_COUNT;
        let f = offsets[i] as number;
        const word = words?.[i];
        if (word !== undefined) {
          const sum = wordSum(word, hashes, f);
          for (let k = 0; k < TAG_COUNT; k++) scores[row + k] = (scores[row + k] as number) + (sum[k] as number);
          f += WORD_FEATURES;
        }
        for (; f < (offsets[i + 1] as number); f++) model.addTo(hashes[f] as number, scores, row);
      }
      for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] as number) * scale;
      return scores;
    },
  };
}
