import { fnv1a } from '../../core/hash.js';
import { decodeLinearModel, encodeLinearModel, type LinearModel, type LinearModelData, linearModel } from '../../language/model/linear-model.js';
import type { Candidate, VerbClass } from './candidates.js';
import type { Resolution } from './resolve.js';

/**
 * The speaker ranker: a linear model that scores each candidate of a quote (see `candidatesOf`); the
 * highest wins. Trained as a ranking perceptron on PolNeAR train (`npm run train`). Its confidence comes from
 * a logistic calibration of the winning margin and of how the speaker was resolved, fitted on quotes the
 * model did not see in training, so that a confidence of 0.8 means about 8 in 10 speakers right.
 */
export const SPEAKER_MODEL_KIND = 'whosaid-speakers';
/** Changing what `candidatesOf` computes changes what a model means: bump this and retrain. */
export const SPEAKER_FEATURE_VERSION = 5;

/** What a choice was, for the calibration: a phrase resolved in one of the ways, the speaker before, or none. */
export type ChoiceKind = Exclude<Resolution, 'generic'> | 'carried' | 'none';
export const CHOICE_KINDS: readonly ChoiceKind[] = ['named', 'pronoun', 'description', 'surname', 'unresolved', 'group', 'carried', 'none'];

/** Logistic calibration: confidence = σ(bias[kind] + verb[class] + slope × min(margin, cap)). */
export interface Calibration {
  readonly bias: Readonly<Record<ChoiceKind, number>>;
  /** A speaker whose verb is not a speech verb of the lexicon ("gushed") is less sure. */
  readonly verb: Readonly<Record<VerbClass, number>>;
  readonly slope: number;
  readonly cap: number;
}

/** Anything that adds a feature's weight to a score: the shipped model, or the weights being trained. */
export interface Scorer {
  addTo(feature: number, scores: Float64Array, offset: number): void;
}

export interface SpeakerModel {
  readonly scorer: Scorer;
  /** Multiply summed stored weights by this to get scores (the shipped model's weights are quantised). */
  readonly scale: number;
  readonly calibration: Calibration;
  /** The model as data that worker threads share. */
  readonly data: LinearModelData;
}

export function featureHash(feature: string): number {
  return fnv1a(feature);
}

/** The winning candidate and how far ahead of the next one it scored. */
export function rank(scorer: Scorer, scale: number, candidates: readonly Candidate[]): { best: number; margin: number } {
  const scores = new Float64Array(candidates.length);
  candidates.forEach((candidate, i) => {
    for (const feature of candidate.features) scorer.addTo(featureHash(feature), scores, i);
  });
  let best = 0;
  for (let i = 1; i < scores.length; i++) if ((scores[i] as number) > (scores[best] as number)) best = i;
  // A time ("… on CNN Sunday.") is scored like any phrase, as in training, but speaks for no one: where it wins,
  // the speaker of the quote before goes on, or no one speaks.
  if (candidates[best]?.time === true) {
    const fallbacks = candidates.flatMap((candidate, i) => (candidate.kind === 'phrase' ? [] : [i]));
    best = fallbacks.reduce((a, b) => ((scores[b] as number) > (scores[a] as number) ? b : a));
  }
  let second = -Infinity;
  scores.forEach((score, i) => {
    if (i !== best && candidates[i]?.time !== true && score > second) second = score;
  });
  return { best, margin: Number.isFinite(second) ? ((scores[best] as number) - second) * scale : 0 };
}

export const VERB_CLASSES: readonly VerbClass[] = ['cue', 'verb', 'none'];

export function confidenceOf(calibration: Calibration, kind: ChoiceKind, verb: VerbClass, margin: number): number {
  const z = (calibration.bias[kind] ?? 0) + (calibration.verb[verb] ?? 0) + calibration.slope * Math.min(margin, calibration.cap);
  return 1 / (1 + Math.exp(-z));
}

export function encodeSpeakerModel(features: ReadonlyMap<number, ArrayLike<number>>, calibration: Calibration, training: Readonly<Record<string, string | number>>): Buffer {
  return encodeLinearModel({ kind: SPEAKER_MODEL_KIND, featureVersion: SPEAKER_FEATURE_VERSION, tags: ['score'], about: { calibration, training } }, features, new Float32Array());
}

/** The speaker ranker from the bytes of its file (`name` is for messages). */
export function decodeSpeakerModel(bytes: Buffer, name: string): SpeakerModel {
  return speakerModel(decodeLinearModel(bytes, name, { kind: SPEAKER_MODEL_KIND, featureVersion: SPEAKER_FEATURE_VERSION, tags: ['score'] }, 'npm run train').data);
}

export function speakerModel(data: LinearModelData): SpeakerModel {
  const model: LinearModel = linearModel(data);
  return { scorer: model, scale: model.header.scale, calibration: model.header.about['calibration'] as Calibration, data };
}
