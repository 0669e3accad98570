import { type Lexicon, nameKey } from '../../lexicon/index.js';
import type { Mention } from '../../types.js';
import type { TokenRun } from './phrases.js';
import type { FieldView } from './view.js';

/** Who said it: a resolved entity, a pronoun resolved to one, or an unnamed source kept as written. */
export interface Speaker {
  /** Canonical name of the entity, or the phrase as written ("a senior Iranian official", "they"). */
  readonly name: string;
  readonly id: string;
  /** The phrase as written where the quote is attributed, and its offsets. */
  readonly mention: string;
  readonly start: number;
  readonly end: number;
  readonly how: 'named' | 'pronoun' | 'unnamed';
}

/** How far back a pronoun looks for the person it stands for, in paragraphs. */
const PRONOUN_REACH = 4;

/**
 * The speaker a noun phrase names. A person in the phrase wins (the last one: "Stein spokeswoman Melezia
 * Figueroa"), then an organization ("Japan's Kyodo news agency" → Kyodo); prepositional tails do not count
 * ("a spokesman for the ministry" is unnamed). A pronoun is resolved to the latest person (he, she) or
 * organization (it) before it whose gender fits; "they" and anything else stay as written.
 */
export function speakerOf(view: FieldView, run: TokenRun, lexicon: Lexicon): Speaker {
  const start = view.start(run.first);
  const end = view.end(run.last);
  const mention = view.text.slice(start, end);
  const at = { mention, start, end };
  let head = run.last;
  for (let t = run.first; t <= run.last; t++) {
    if (['of', 'for', 'at', 'from'].includes(view.word(t)) && view.mentionAt(t) === undefined) {
      head = t - 1;
      break;
    }
  }
  const inHead = view.mentions.filter((m) => m.start >= start && m.end <= view.end(head) && m.form !== 'demonym');
  const person = inHead.filter((m) => m.type === 'PERSON').at(-1);
  const organization = inHead.find((m) => m.type === 'ORGANIZATION');
  const named = person ?? organization;
  if (named !== undefined) return { ...at, name: named.canonical, id: named.entityId, how: 'named' };
  const pronoun = run.first === run.last ? lexicon.cues.pronouns.get(view.word(run.first)) : undefined;
  if (pronoun !== undefined) {
    const antecedent = antecedentOf(view, start, pronoun, lexicon);
    if (antecedent !== undefined) return { ...at, name: antecedent.canonical, id: antecedent.entityId, how: 'pronoun' };
  }
  return { ...at, name: mention, id: '', how: 'unnamed' };
}

function antecedentOf(view: FieldView, offset: number, pronoun: { gender: string; who: string }, lexicon: Lexicon): Mention | undefined {
  const type = pronoun.who === 'person' ? 'PERSON' : pronoun.who === 'organization' ? 'ORGANIZATION' : undefined;
  if (type === undefined) return undefined;
  const earliest = view.paragraph(offset) - PRONOUN_REACH;
  const candidates = view.mentions.filter(
    (m) =>
      m.type === type &&
      m.form === 'name' &&
      m.end <= offset &&
      view.paragraph(m.start) >= earliest &&
      view.insideQuote[view.firstTokenAt(m.start)] === -1 &&
      genderFits(m, pronoun.gender, lexicon),
  );
  return candidates.at(-1);
}

function genderFits(mention: Mention, gender: string, lexicon: Lexicon): boolean {
  if (gender !== 'male' && gender !== 'female') return true;
  const known = lexicon.firstNameGender.get(nameKey(mention.canonical.split(' ')[0] ?? ''));
  return known === undefined || known === gender;
}
