import type { Mention } from '../../core/types.js';
import { type FieldView, OPENING_CONJUNCTIONS, POSSESSIVE, standsForEntity } from './view.js';

/**
 * What a pronoun may stand for: the entities of the right type named before it, each with the features a
 * linear model scores it by (trained with the speaker ranker on PolNeAR train's pronoun sources). The features
 * are those a reader weighs (how recent, whether it was a subject or the last to speak, whether its first name
 * or title tells the pronoun's gender, how often it was named), never the words of one article.
 */
export interface AntecedentCandidate {
  readonly mention: Mention;
  readonly features: readonly string[];
}

/** What the candidates are read against: the pronoun, and what the field says of its entities. */
export interface PronounContext {
  /** Offset of the pronoun. */
  readonly offset: number;
  readonly type: Mention['type'];
  /** `male`, `female` or another word when the pronoun tells no gender. */
  readonly gender: string;
  /** Names a speech verb goes with, in text order. */
  readonly spoke: readonly Mention[];
  /** The entity the pronoun before this one stood for, if one was resolved. */
  readonly previousPronoun: string | undefined;
  /** The gender the text states of an entity (an honorific, "widow", an earlier pronoun) or its first name suggests. */
  readonly genderOf: (entityId: string, mention: Mention) => string | undefined;
}

/** How far back a pronoun looks for what it stands for, in paragraphs. */
export const REACH_PARAGRAPHS = 6;
/** The most recent entities a pronoun may stand for. */
const MAX_CANDIDATES = 8;

/** The first limit a count is within, or the last one with a plus. */
function bucket(value: number, limits: readonly number[]): string {
  const limit = limits.find((l) => value <= l);
  return limit === undefined ? `${limits.at(-1)}+` : String(limit);
}

/** The candidates of a pronoun, most recent first, each with its features. */
export function antecedentCandidates(view: FieldView, context: PronounContext): AntecedentCandidate[] {
  const here = view.firstTokenAt(context.offset);
  const earliest = view.paragraph(context.offset) - REACH_PARAGRAPHS;
  const latest = new Map<string, { mention: Mention; count: number; subject: boolean }>();
  let topic: string | undefined;
  for (const mention of view.mentions) {
    if (mention.end > context.offset) break;
    if (mention.type !== context.type || !standsForEntity(mention)) continue;
    const first = view.firstTokenAt(mention.start);
    if (view.insideQuote[first] !== -1) continue;
    const seen = latest.get(mention.entityId);
    const subject = isSubject(view, first) && !modifiesNoun(view, mention, first);
    // The entity of this type named first in the field: what the article is about.
    topic ??= mention.entityId;
    // Deleted first, so that the map holds the entities in the order they were last named.
    latest.delete(mention.entityId);
    latest.set(mention.entityId, { mention, count: (seen?.count ?? 0) + 1, subject: subject || (seen?.subject ?? false) });
  }
  const speakers = context.spoke.filter((m) => m.end <= context.offset && m.type === context.type).map((m) => m.entityId);
  const gendered = context.gender === 'male' || context.gender === 'female';
  // A pronoun never stands for an entity whose name, title or an earlier pronoun tells the other gender.
  const fits = (mention: Mention) => !gendered || (context.genderOf(mention.entityId, mention) ?? context.gender) === context.gender;
  const recent = [...latest.values()].filter(({ mention }) => view.paragraph(mention.start) >= earliest && fits(mention)).reverse().slice(0, MAX_CANDIDATES);
  const chain = pronounChain(view, here);
  return recent.map(({ mention, count, subject: everSubject }, rank) => {
    const first = view.firstTokenAt(mention.start);
    let last = first;
    while (last + 1 < view.count && view.start(last + 1) < mention.end) last++;
    const subject = isSubject(view, first) && !modifiesNoun(view, mention, first);
    // The subject of the sentence right before the chain is what its pronouns, and this one, stand for: a reader
    // counts the distance from the chain's last sentence, not from the name.
    const chained = chain !== undefined && subject && view.sentence(first) === chain.first - 1;
    const distance = view.narrativeSentence(here) - view.narrativeSentence(chained ? view.openingToken(chain.last) : first);
    const spokeRank = speakers.lastIndexOf(mention.entityId) === -1 ? 'none' : String(Math.min(new Set(speakers.slice(speakers.lastIndexOf(mention.entityId) + 1)).size, 2));
    const gender = !gendered ? 'any' : context.genderOf(mention.entityId, mention) === undefined ? 'unknown' : 'agree';
    const near = bucket(distance, [0, 1, 2, 4]);
    return {
      mention,
      features: [
        'a|bias',
        `a|dist=${near}`,
        `a|para=${bucket(view.paragraph(context.offset) - view.paragraph(mention.start), [0, 1, 2])}`,
        `a|rank=${Math.min(rank, 4)}`,
        `a|subj=${subject}`,
        `a|subj|dist=${subject}|${near}`,
        `a|everSubj=${everSubject}`,
        `a|spoke=${spokeRank}`,
        `a|spoke|dist=${spokeRank}|${near}`,
        `a|gender=${gender}`,
        `a|gender|dist=${gender}|${near}`,
        `a|gender|spoke=${gender}|${spokeRank}`,
        `a|previous|dist=${mention.entityId === context.previousPronoun}|${near}`,
        `a|topic|dist=${mention.entityId === topic}|${near}`,
        `a|count=${bucket(count, [1, 2, 4])}`,
        `a|prev=${wordClass(view, first - 1)}`,
        `a|next=${wordClass(view, last + 1)}`,
        `a|opens=${view.sentence(here) === view.sentence(first) ? 'same' : view.sentence(first - 1) !== view.sentence(first)}`,
      ],
    };
  });
}

/**
 * The sentences right before the sentence of the pronoun at token t that each open with that pronoun as their
 * subject ("Sanders has tapered his campaign. He hasn't held rallies. He even revealed that he would vote for
 * Clinton"): the first and the last of them; undefined when the sentence before opens otherwise.
 */
function pronounChain(view: FieldView, t: number): { first: number; last: number } | undefined {
  const pronoun = view.word(t);
  const opensWithPronoun = (sentence: number) => {
    const open = view.subjectToken(sentence);
    return view.sentence(open) === sentence && view.insideQuote[open] === -1 && view.word(open) === pronoun;
  };
  const last = view.sentence(t) - 1;
  let first = last + 1;
  while (first > 0 && opensWithPronoun(first - 1)) first--;
  return first <= last ? { first, last } : undefined;
}

/**
 * The gender that pronouns tell of the people who are subjects ("Secretary General Ban Ki-moon condemned what
 * he called …"): the pronoun after a subject, in a sentence that names no other person before it, stands for
 * that subject more often than not. Each such sentence is a vote; an entity gets the gender most of its
 * sentences tell, and none on a tie.
 */
export function genderByPronouns(view: FieldView, pronouns: ReadonlyMap<string, 'male' | 'female'>): Map<string, 'male' | 'female'> {
  const votes = new Map<string, number>();
  for (const mention of view.mentions) {
    const first = view.firstTokenAt(mention.start);
    if (mention.type !== 'PERSON' || view.insideQuote[first] !== -1 || !isSubject(view, first)) continue;
    const gender = pronounAfter(view, first, mention, pronouns);
    if (gender !== undefined) votes.set(mention.entityId, (votes.get(mention.entityId) ?? 0) + (gender === 'male' ? 1 : -1));
  }
  const genders = new Map<string, 'male' | 'female'>();
  for (const [entityId, vote] of votes) if (vote !== 0) genders.set(entityId, vote > 0 ? 'male' : 'female');
  return genders;
}

/**
 * The gender of the first gendered pronoun in the predicate of the subject's clause: after a verb that follows
 * the mention ("Loyalty, he noted, …" is someone else's word), outside quotes, before another person.
 */
function pronounAfter(view: FieldView, first: number, mention: Mention, pronouns: ReadonlyMap<string, 'male' | 'female'>): 'male' | 'female' | undefined {
  let verb = false;
  for (let t = first + 1; t < view.count && view.sentence(t) === view.sentence(first); t++) {
    const other = view.mentionAt(t);
    if (other !== undefined && other.type === 'PERSON' && other.entityId !== mention.entityId) return undefined;
    const gender = verb && view.insideQuote[t] === -1 ? pronouns.get(view.word(t).toLowerCase()) : undefined;
    if (gender !== undefined) return gender;
    verb ||= view.end(t) > mention.end && ['VERB', 'AUX'].includes(view.pos(t));
  }
  return undefined;
}

/**
 * True when token t starts the subject of its sentence: only determiners, names, modifiers or a conjunction
 * before it, or a dateline, or an adjunct that opens the sentence and a comma ("In her speech, Rhimes said").
 */
function isSubject(view: FieldView, t: number): boolean {
  let b = t - 1;
  while (b >= view.bodyStart && view.sentence(b) === view.sentence(t) && ['DET', 'ADJ', 'PROPN', 'NOUN'].includes(view.pos(b))) b--;
  if (b < view.bodyStart || view.sentence(b) !== view.sentence(t) || OPENING_CONJUNCTIONS.has(view.word(b))) return true;
  return view.word(b) === ',' && opensWithAdjunct(view, b) && view.word(endOfPhrase(view, t) + 1) !== ',';
}

/**
 * True when a common noun follows the name (whose first token is `first`) in its sentence, which the name
 * modifies ("Obama consultant Cornell Belcher").
 */
function modifiesNoun(view: FieldView, mention: Mention, first: number): boolean {
  const next = view.firstTokenAt(mention.end);
  return next < view.count && view.start(next) >= mention.end && view.sentence(next) === view.sentence(first) && view.pos(next) === 'NOUN';
}

/** The last token of the name or noun phrase that starts at token t. */
function endOfPhrase(view: FieldView, t: number): number {
  let last = t;
  while (last + 1 < view.count && view.sentence(last + 1) === view.sentence(t) && ['PROPN', 'NOUN'].includes(view.pos(last + 1))) last++;
  return last;
}

/**
 * True when the comma at token `comma` ends an adjunct that opens its sentence: a phrase led by a preposition,
 * an adverb or a participle ("In her speech,", "Later,", "Asked about the plan,"), with no other verb.
 */
function opensWithAdjunct(view: FieldView, comma: number): boolean {
  let u = comma - 1;
  for (; u >= view.bodyStart && view.sentence(u) === view.sentence(comma); u--) {
    if (view.insideQuote[u] !== -1 || view.pos(u) === 'AUX' || view.word(u) === ',') return false;
    if (view.pos(u) === 'VERB' && !/(?:ing|ed)$/u.test(view.word(u))) return false;
  }
  const first = u + 1;
  return first < comma && (['ADP', 'ADV', 'SCONJ'].includes(view.pos(first)) || (view.pos(first) === 'VERB' && /(?:ing|ed)$/u.test(view.word(first))));
}

/** A token's class for these features: punctuation as itself, a possessive, a part of speech, or `edge`. */
function wordClass(view: FieldView, t: number): string {
  if (t < 0 || t >= view.count) return 'edge';
  const word = view.word(t);
  if (POSSESSIVE.has(word)) return 'poss';
  if (/^[,.:;!?()—–-]$/u.test(word)) return word;
  return view.pos(t);
}
