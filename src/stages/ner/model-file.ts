import { decodeLinearModel, encodeLinearModel, type LinearModel, type LinearModelData, type LinearModelHeader } from '../../language/model/linear-model.js';
import { Scratch } from '../../language/model/scratch.js';
import { FEATURE_VERSION } from './features.js';
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

/** A loaded model over `model`'s weights; its emission table is reused from call to call (see Scratch). */
export function nerModel(model: LinearModel): LoadedModel {
  const { scale } = model.header;
  const table = new Scratch((length) => new Float64Array(length));
  return {
    header: model.header as LoadedModel['header'],
    data: model.data,
    transitions: Float64Array.from(model.extra),
    emissions({ hashes, offsets }, from, to) {
      const scores = table.take((to - from) * TAG_COUNT).fill(0);
      for (let i = from; i < to; i++) {
        for (let f = offsets[i] as number; f < (offsets[i + 1] as number); f++) model.addTo(hashes[f] as number, scores, (i - from) * TAG_COUNT);
      }
      for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] as number) * scale;
      return scores;
    },
  };
}
