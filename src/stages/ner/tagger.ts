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
  /** Per token of `[from, to)`, the sum of its features' weights for each tag: `(to - from) × TAG_COUNT` numbers. */
  emissions(features: FeatureMatrix, from: number, to: number): Float64Array;
  /** `(TAG_COUNT + 1) × TAG_COUNT` transition weights; row START is "before the first token". */
  readonly transitions: Float64Array;
}

/** ALLOWED_BEFORE[k]: the tags that may precede tag k. */
const ALLOWED_BEFORE = Array.from({ length: TAG_COUNT }, (_, k) => Int32Array.from({ length: TAG_COUNT }, (_, p) => p).filter((p) => allowed(p, k)));

/** Best tag sequence for tokens `[from, to)` of `features` under `weights` (Viterbi with the BIO constraint). */
export function decode(weights: Weights, features: FeatureMatrix, from: number, to: number): Uint8Array {
  const n = to - from;
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const emission = weights.emissions(features, from, to);
  const score = new Float64Array(n * TAG_COUNT).fill(-Infinity);
  const back = new Int8Array(n * TAG_COUNT);
  const t = weights.transitions;
  for (let k = 0; k < TAG_COUNT; k++) {
    if (allowed(START, k)) score[k] = (emission[k] as number) + (t[START * TAG_COUNT + k] as number);
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
  let last = 0;
  for (let k = 1; k < TAG_COUNT; k++) if ((score[(n - 1) * TAG_COUNT + k] as number) > (score[(n - 1) * TAG_COUNT + last] as number)) last = k;
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

/** Structured averaged perceptron (Collins 2002) with the lazy averaging of Daumé (2006). */
export class PerceptronTrainer implements Weights {
  private readonly weights = new Map<number, { w: Float64Array; sum: Float64Array }>();
  readonly transitions = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
  private readonly transitionSums = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
  private step = 1;

  emissions(features: FeatureMatrix, from: number, to: number): Float64Array {
    const scores = new Float64Array((to - from) * TAG_COUNT);
    for (let i = from; i < to; i++) {
      for (let f = features.offsets[i] as number; f < (features.offsets[i + 1] as number); f++) {
        const row = this.weights.get(features.hashes[f] as number)?.w;
        if (row === undefined) continue;
        for (let k = 0; k < TAG_COUNT; k++) scores[(i - from) * TAG_COUNT + k] = (scores[(i - from) * TAG_COUNT + k] as number) + (row[k] as number);
      }
    }
    return scores;
  }

  /** Decodes tokens `[from, to)` and moves weights toward the gold tags (`gold[from ..]`) where the guess differs. */
  learn(features: FeatureMatrix, from: number, to: number, goldTags: Uint8Array): void {
    const guess = decode(this, features, from, to);
    const gold = goldTags.subarray(from, to);
    for (let i = 0; i < to - from; i++) {
      const g = gold[i] as number;
      const p = guess[i] as number;
      const previousGold = i === 0 ? START : (gold[i - 1] as number);
      const previousGuess = i === 0 ? START : (guess[i - 1] as number);
      if (g !== p) {
        for (let f = features.offsets[from + i] as number; f < (features.offsets[from + i + 1] as number); f++) {
          this.update(features.hashes[f] as number, g, 1);
          this.update(features.hashes[f] as number, p, -1);
        }
      }
      if (g !== p || previousGold !== previousGuess) {
        this.updateTransition(previousGold * TAG_COUNT + g, 1);
        this.updateTransition(previousGuess * TAG_COUNT + p, -1);
      }
    }
    this.step++;
  }

  private update(feature: number, tag: number, delta: number): void {
    let entry = this.weights.get(feature);
    if (entry === undefined) {
      entry = { w: new Float64Array(TAG_COUNT), sum: new Float64Array(TAG_COUNT) };
      this.weights.set(feature, entry);
    }
    entry.w[tag] = (entry.w[tag] as number) + delta;
    entry.sum[tag] = (entry.sum[tag] as number) + this.step * delta;
  }

  private updateTransition(index: number, delta: number): void {
    this.transitions[index] = (this.transitions[index] as number) + delta;
    this.transitionSums[index] = (this.transitionSums[index] as number) + this.step * delta;
  }

  /** The averaged weights, without features whose weights all round to zero. */
  averaged(minWeight: number): { features: Map<number, Float32Array>; transitions: Float32Array } {
    const features = new Map<number, Float32Array>();
    for (const [feature, { w, sum }] of this.weights) {
      const avg = Float32Array.from(w, (value, k) => value - (sum[k] as number) / this.step);
      if (avg.some((value) => Math.abs(value) >= minWeight)) features.set(feature, avg);
    }
    const transitions = Float32Array.from(this.transitions, (value, k) => value - (this.transitionSums[k] as number) / this.step);
    return { features, transitions };
  }
}
