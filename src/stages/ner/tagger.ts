import { AveragedWeights } from '../../language/model/averaged-weights.js';
import { Scratch } from '../../language/model/scratch.js';
import type { FeatureMatrix } from './features.js';

/** The tags of the NER tagger: BIO over the four CoNLL types (MISC is learnt to keep it apart, then dropped). */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;
/** Row of the transition table for "before the first token". */
const START = TAG_COUNT;

/** ALLOWED[previous * TAG_COUNT + next] is 1 when `next` may follow `previous` (an `I-X` continues only an `X`). */
const ALLOWED = Uint8Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, (_, i) => {
  const previous = Math.floor(i / TAG_COUNT);
  const tag = TAGS[i % TAG_COUNT] as Tag;
  if (!tag.startsWith('I-')) return 1;
  const prev = previous === START ? 'O' : (TAGS[previous] as Tag);
  return prev !== 'O' && prev.slice(2) === tag.slice(2) ? 1 : 0;
});

function allowed(previous: number, next: number): boolean {
  return ALLOWED[previous * TAG_COUNT + next] === 1;
}

/** Weights of a linear tagger: per feature hash, one weight per tag; plus tag-to-tag transitions. */
export interface Weights {
  /**
   * Per token of `[from, to)`, the sum of its features' weights for each tag: `(to - from) × TAG_COUNT`
   * numbers, which may be overwritten by the next call.
   */
  emissions(features: FeatureMatrix, from: number, to: number): Float64Array;
  /** `(TAG_COUNT + 1) × TAG_COUNT` transition weights; row START is "before the first token". */
  readonly transitions: Float64Array;
}

/** ALLOWED_BEFORE[k]: the tags that may precede tag k. */
const ALLOWED_BEFORE = Array.from({ length: TAG_COUNT }, (_, k) => Int32Array.from({ length: TAG_COUNT }, (_, p) => p).filter((p) => allowed(p, k)));

/** Viterbi decoding with the BIO constraint; its tables are kept from sentence to sentence (see Scratch). */
export class Decoder {
  private readonly scores = new Scratch((length) => new Float64Array(length));
  private readonly back = new Scratch((length) => new Int8Array(length));

  /**
   * Best tag sequence for tokens `[from, to)` of `features` under `weights`: a whole sentence, or a stretch of
   * one whose tokens before and after are outside any name (`afterOutside`, `beforeOutside`).
   */
  decode(weights: Weights, features: FeatureMatrix, from: number, to: number, edges: StretchEdges = SENTENCE): Uint8Array {
    const n = to - from;
    const tags = new Uint8Array(n);
    if (n === 0) return tags;
    return viterbi(weights.emissions(features, from, to), weights.transitions, this.scores.take(n * TAG_COUNT).fill(-Infinity), this.back.take(n * TAG_COUNT), tags, edges);
  }
}

/** Whether the tokens just before and just after a decoded stretch are outside any name (tag O). */
export interface StretchEdges {
  readonly afterOutside: boolean;
  readonly beforeOutside: boolean;
}

const SENTENCE: StretchEdges = { afterOutside: false, beforeOutside: false };
const OUTSIDE = 0;

/** Fills `tags` (n of them) with the best sequence; `score` (all -Infinity) and `back` are n × TAG_COUNT tables. */
function viterbi(emission: Float64Array, t: Float64Array, score: Float64Array, back: Int8Array, tags: Uint8Array, edges: StretchEdges): Uint8Array {
  const n = tags.length;
  const before = edges.afterOutside ? OUTSIDE : START;
  for (let k = 0; k < TAG_COUNT; k++) {
    if (allowed(before, k)) score[k] = (emission[k] as number) + (t[before * TAG_COUNT + k] as number);
  }
  for (let i = 1; i < n; i++) {
    for (let k = 0; k < TAG_COUNT; k++) {
      let best = -Infinity;
      let arg = 0;
      for (const p of ALLOWED_BEFORE[k] as Int32Array) {
        const value = (score[(i - 1) * TAG_COUNT + p] as number) + (t[p * TAG_COUNT + k] as number);
        if (value > best) {
          best = value;
          arg = p;
        }
      }
      score[i * TAG_COUNT + k] = best + (emission[i * TAG_COUNT + k] as number);
      back[i * TAG_COUNT + k] = arg;
    }
  }
  // A stretch followed by a token outside any name ends with the transition to it.
  const end = (k: number) => (score[(n - 1) * TAG_COUNT + k] as number) + (edges.beforeOutside ? (t[k * TAG_COUNT + OUTSIDE] as number) : 0);
  let last = 0;
  for (let k = 1; k < TAG_COUNT; k++) if (end(k) > end(last)) last = k;
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * TAG_COUNT + (tags[i] as number)] as number;
  return tags;
}

/** Entity spans `[start, end)` in token indices from a BIO tag sequence. */
export function spansOf(tags: Uint8Array): { type: string; start: number; end: number }[] {
  const spans: { type: string; start: number; end: number }[] = [];
  tags.forEach((k, i) => {
    const tag = TAGS[k] as Tag;
    if (tag.startsWith('B-')) spans.push({ type: tag.slice(2), start: i, end: i + 1 });
    else if (tag.startsWith('I-')) {
      const open = spans[spans.length - 1];
      if (open !== undefined && open.end === i) open.end = i + 1;
    }
  });
  return spans;
}

/** Structured averaged perceptron (Collins 2002) over BIO tags, with transitions learnt like features. */
export class PerceptronTrainer implements Weights {
  private readonly weights = new AveragedWeights(TAG_COUNT);
  /** Transitions are one more row of averaged weights, `(TAG_COUNT + 1) × TAG_COUNT` wide. */
  private readonly transitionWeights = new AveragedWeights((TAG_COUNT + 1) * TAG_COUNT);
  private readonly decoder = new Decoder();
  readonly transitions = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);

  emissions(features: FeatureMatrix, from: number, to: number): Float64Array {
    const scores = new Float64Array((to - from) * TAG_COUNT);
    for (let i = from; i < to; i++) {
      for (let f = features.offsets[i] as number; f < (features.offsets[i + 1] as number); f++) this.weights.addTo(features.hashes[f] as number, scores, (i - from) * TAG_COUNT);
    }
    return scores;
  }

  /** Decodes tokens `[from, to)` and moves weights toward the gold tags (`gold[from ..]`) where the guess differs. */
  learn(features: FeatureMatrix, from: number, to: number, goldTags: Uint8Array): void {
    const guess = this.decoder.decode(this, features, from, to);
    const gold = goldTags.subarray(from, to);
    for (let i = 0; i < to - from; i++) {
      const g = gold[i] as number;
      const p = guess[i] as number;
      const previousGold = i === 0 ? START : (gold[i - 1] as number);
      const previousGuess = i === 0 ? START : (guess[i - 1] as number);
      if (g !== p) {
        for (let f = features.offsets[from + i] as number; f < (features.offsets[from + i + 1] as number); f++) {
          this.weights.update(features.hashes[f] as number, g, 1);
          this.weights.update(features.hashes[f] as number, p, -1);
        }
      }
      if (g !== p || previousGold !== previousGuess) {
        this.updateTransition(previousGold * TAG_COUNT + g, 1);
        this.updateTransition(previousGuess * TAG_COUNT + p, -1);
      }
    }
    this.weights.tick();
    this.transitionWeights.tick();
  }

  private updateTransition(index: number, delta: number): void {
    this.transitions[index] = (this.transitions[index] as number) + delta;
    this.transitionWeights.update(0, index, delta);
  }

  /** The averaged weights, without features whose weights all fall below `minWeight`. */
  averaged(minWeight: number): { features: Map<number, Float32Array>; transitions: Float32Array } {
    const transitions = this.transitionWeights.averaged(0).get(0) ?? new Float32Array((TAG_COUNT + 1) * TAG_COUNT);
    return { features: this.weights.averaged(minWeight), transitions };
  }
}
