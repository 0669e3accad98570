import { goldOfQuote, type PolnearArticle, sameName, speakerRight } from '../eval/polnear.js';
import type { Lexicon } from '../language/lexicon/index.js';
import { AveragedWeights } from '../language/model/averaged-weights.js';
import { Attributor } from '../stages/quotes/attribution.js';
import type { Candidate } from '../stages/quotes/candidates.js';
import { attributeMarked, fieldView, markedCandidates } from '../stages/quotes/index.js';
import type { VerbClass } from '../stages/quotes/candidates.js';
import { type Calibration, CHOICE_KINDS, type ChoiceKind, featureHash, type Scorer, VERB_CLASSES } from '../stages/quotes/ranker.js';
import type { AntecedentCandidate } from '../stages/quotes/antecedents.js';
import { SpeakerResolver } from '../stages/quotes/resolve.js';
import type { Article, Doc } from '../core/types.js';
import { inSeededOrder } from './order.js';

export interface SpeakerTrainingOptions {
  readonly epochs: number;
  readonly seed: number;
  readonly minWeight: number;
  /** Orders of the examples: the weights are averaged over a model trained on each, so no one shuffle tilts them. */
  readonly orders: number;
  /** Folds for the calibration: each fold's quotes are attributed by a model trained on the others. */
  readonly folds: number;
  readonly onStep?: (what: string) => void;
}

/** A quote of the training data: its candidates' feature hashes and which one the gold source is. */
interface Example {
  readonly candidates: readonly Uint32Array[];
  readonly gold: number;
}

/** A doc with what the speaker ranker reads: tokens, mentions, entities. */
type NamedDoc = Doc<'tokens' | 'mentions' | 'entities'>;

/** An article with what the speaker ranker reads prepared. */
interface Prepared {
  readonly doc: NamedDoc;
  readonly gold: PolnearArticle['gold'];
}

/**
 * Trains the speaker ranker on PolNeAR articles (train split): for every quote in marks whose content is a
 * gold attribution, the gold candidate is the first phrase that overlaps the gold source (its head), "no one" for a
 * source-less attribution, or the speaker of the quote before when the gold names the same speaker for both;
 * a quote whose gold source no candidate reaches teaches nothing. A ranking perceptron (Collins 2002) learns
 * to score the gold candidate above the others. Then the confidence is calibrated on quotes each fold's model
 * did not see, against the speaker by name, as `npm run eval` counts it.
 */
export function trainSpeakers(articles: readonly PolnearArticle[], analyse: (article: Article) => NamedDoc, lexicon: Lexicon, options: SpeakerTrainingOptions) {
  const prepared: Prepared[] = articles.map(({ name, text, gold }) => ({
    doc: analyse({ id: name, title: '', caption: '', credit: '', text, date: '', url: '', externalId: '', source: { file: name, start: 0, end: 0, line: 1 } }),
    gold,
  }));
  options.onStep?.(`prepared ${prepared.length} articles`);
  const examples = prepared.map((article) => examplesOf(article, lexicon));
  const pronouns = prepared.map((article) => pronounExamplesOf(article, lexicon));
  const observations: Observation[] = [];
  for (let fold = 0; fold < options.folds; fold++) {
    const others = <T>(all: readonly T[][]) => all.filter((_, i) => i % options.folds !== fold).flat();
    const scorer = averagedScorer(new Map([...learnInOrders(others(examples), options, 0), ...learnInOrders(others(pronouns), options, 0)]));
    prepared.forEach((article, i) => {
      if (i % options.folds === fold) observations.push(...observe(article, lexicon, scorer));
    });
    options.onStep?.(`fold ${fold + 1}/${options.folds}: ${observations.length} quotes observed`);
  }
  const calibration = calibrate(observations);
  const features = new Map([...learnInOrders(examples.flat(), options, options.minWeight), ...learnInOrders(pronouns.flat(), options, options.minWeight)]);
  const right = observations.filter((o) => o.right).length;
  return { features, calibration, examples: examples.flat().length, pronouns: pronouns.flat().length, heldOutRight: right / Math.max(1, observations.length) };
}

/** Resolution needs no weights to list what a pronoun may stand for. */
const NO_WEIGHTS: Scorer = { addTo: () => undefined };

function resolverOf(doc: NamedDoc, lexicon: Lexicon, scorer: Scorer) {
  const view = fieldView(doc, 'text');
  return { view, resolver: new SpeakerResolver(view, lexicon, doc.entities, scorer) };
}

function attributorOf(doc: NamedDoc, lexicon: Lexicon, scorer: Scorer = NO_WEIGHTS): Attributor {
  const { view, resolver } = resolverOf(doc, lexicon, scorer);
  return new Attributor(view, lexicon, resolver);
}

/**
 * The pronoun sources of an article's attributions, quoted or not ("he said", "she told"), with the entity each
 * stands for: the one whose name is the gold name (see `loadPolnear`). A pronoun whose entity is not among its
 * candidates teaches nothing.
 */
function pronounExamplesOf({ doc, gold }: Prepared, lexicon: Lexicon): Example[] {
  const { resolver } = resolverOf(doc, lexicon, NO_WEIGHTS);
  const examples: Example[] = [];
  for (const attribution of [...gold].sort((a, b) => (a.source[0]?.start ?? -1) - (b.source[0]?.start ?? -1))) {
    const source = attribution.source[0];
    const pronoun = lexicon.cues.pronouns.get(attribution.sourceText.toLowerCase());
    if (attribution.sourceKind !== 'pronoun' || source === undefined || pronoun === undefined || attribution.name.length === 0) continue;
    const candidates = resolver.antecedentCandidates(source.start, pronoun);
    const index = candidates.findIndex((candidate) => sameName(candidate.mention.canonical, attribution.name));
    // As the stage does with what it resolved, the gold entity is told the pronoun's gender.
    if (index !== -1) resolver.tell(source.start, (candidates[index] as AntecedentCandidate).mention.entityId, pronoun.gender);
    if (index !== -1) examples.push({ candidates: candidates.map((c) => Uint32Array.from(c.features, featureHash)), gold: index });
  }
  return examples;
}

function examplesOf({ doc, gold }: Prepared, lexicon: Lexicon): Example[] {
  const examples: Example[] = [];
  let previousName = '';
  for (const { mark, candidates } of markedCandidates(attributorOf(doc, lexicon))) {
    const attribution = goldOfQuote(gold, { start: mark.start, end: mark.end });
    if (attribution === undefined) continue;
    const name = attribution.name.join(' ');
    const index = goldCandidate(candidates, attribution, name !== '' && name === previousName);
    previousName = name;
    if (index !== -1) examples.push({ candidates: candidates.map((c) => Uint32Array.from(c.features, featureHash)), gold: index });
  }
  return examples;
}

function goldCandidate(candidates: readonly Candidate[], attribution: NonNullable<ReturnType<typeof goldOfQuote>>, sameAsBefore: boolean): number {
  if (attribution.sourceKind === 'unnamed') return candidates.findIndex((c) => c.kind === 'none');
  // The head of a source phrase is its first chunk: "Kenneth Baer, a former Obama administration official".
  let best = -1;
  candidates.forEach((candidate, i) => {
    if (candidate.start === undefined || candidate.end === undefined) return;
    const { start, end } = candidate;
    if (!attribution.source.some((range) => range.start < end && start < range.end)) return;
    if (best === -1 || start < ((candidates[best] as Candidate).start as number)) best = i;
  });
  if (best !== -1) return best;
  return sameAsBefore ? candidates.findIndex((c) => c.kind === 'carry') : -1;
}

/** The mean of the averaged weights learnt from `options.orders` shuffles (seeds `seed`, `seed + 1`, …), without those under `minWeight`. */
function learnInOrders(examples: readonly Example[], options: SpeakerTrainingOptions, minWeight: number): Map<number, Float32Array> {
  const mean = new Map<number, Float32Array>();
  for (let order = 0; order < options.orders; order++) {
    for (const [feature, row] of learn(examples, options.epochs, options.seed + order).averaged(0)) {
      const sum = mean.get(feature) ?? new Float32Array(row.length);
      row.forEach((value, k) => (sum[k] = (sum[k] as number) + value / options.orders));
      mean.set(feature, sum);
    }
  }
  for (const [feature, row] of mean) if (row.every((value) => Math.abs(value) < minWeight)) mean.delete(feature);
  return mean;
}

function learn(examples: readonly Example[], epochs: number, seed: number): AveragedWeights {
  const weights = new AveragedWeights(1);
  inSeededOrder(examples.length, epochs, seed, (i) => {
    const { candidates, gold } = examples[i] as Example;
    const scores = new Float64Array(candidates.length);
    candidates.forEach((features, c) => features.forEach((f) => weights.addTo(f, scores, c)));
    let guess = 0;
    for (let c = 1; c < scores.length; c++) if ((scores[c] as number) > (scores[guess] as number)) guess = c;
    if (guess !== gold) {
      for (const f of candidates[gold] as Uint32Array) weights.update(f, 0, 1);
      for (const f of candidates[guess] as Uint32Array) weights.update(f, 0, -1);
    }
    weights.tick();
  });
  return weights;
}

function averagedScorer(rows: ReadonlyMap<number, Float32Array>): Scorer {
  return {
    addTo(feature, scores, offset) {
      const row = rows.get(feature);
      if (row !== undefined) scores[offset] = (scores[offset] as number) + (row[0] as number);
    },
  };
}

/** A quote attributed by a model that did not see it: how it was chosen, by how much, and whether it is right. */
interface Observation {
  readonly kind: ChoiceKind;
  readonly verb: VerbClass;
  readonly margin: number;
  readonly right: boolean;
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
const NO_CALIBRATION: Calibration = { bias: zeros(CHOICE_KINDS), verb: zeros(VERB_CLASSES), slope: 0, cap: 1 };

function observe({ doc, gold }: Prepared, lexicon: Lexicon, scorer: Scorer): Observation[] {
  const observations: Observation[] = [];
  for (const { quote, choice, verb, margin } of attributeMarked(attributorOf(doc, lexicon, scorer), { scorer, scale: 1, calibration: NO_CALIBRATION })) {
    const attribution = goldOfQuote(gold, quote);
    if (attribution === undefined) continue;
    const speaker = quote.attribution?.speaker;
    const right = speakerRight(attribution, { speaker: speaker?.name ?? '', speakerStart: speaker?.start ?? null, speakerEnd: speaker?.end ?? null });
    observations.push({ kind: choice, verb, margin, right });
  }
  return observations;
}

/** Logistic regression of "right" on the choice kind, the verb class and the margin (capped at its 90th percentile), by gradient descent. */
function calibrate(observations: readonly Observation[]): Calibration {
  const margins = observations.map((o) => o.margin).sort((a, b) => a - b);
  const cap = margins[Math.floor(margins.length * 0.9)] || 1;
  const bias = zeros(CHOICE_KINDS);
  const verb = zeros(VERB_CLASSES);
  let slope = 0;
  const rate = 0.5;
  const l2 = 0.01;
  const n = Math.max(1, observations.length);
  for (let step = 0; step < 3000; step++) {
    const gradBias = zeros(CHOICE_KINDS);
    const gradVerb = zeros(VERB_CLASSES);
    let gradSlope = 0;
    for (const o of observations) {
      const x = Math.min(o.margin, cap) / cap;
      const error = 1 / (1 + Math.exp(-(bias[o.kind] + verb[o.verb] + slope * x))) - (o.right ? 1 : 0);
      gradBias[o.kind] += error;
      gradVerb[o.verb] += error;
      gradSlope += error * x;
    }
    for (const kind of CHOICE_KINDS) bias[kind] -= rate * (gradBias[kind] / n + l2 * bias[kind]);
    for (const cls of VERB_CLASSES) verb[cls] -= rate * (gradVerb[cls] / n + l2 * verb[cls]);
    slope -= rate * (gradSlope / n + l2 * slope);
  }
  const round = (value: number) => Math.round(value * 1e4) / 1e4;
  const rounded = <K extends string>(values: Record<K, number>) => Object.fromEntries(Object.entries(values).map(([key, value]) => [key, round(value as number)])) as Record<K, number>;
  return { bias: rounded(bias), verb: rounded(verb), slope: round(slope / cap), cap: round(cap) };
}
