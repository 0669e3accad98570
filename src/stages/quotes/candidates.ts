import { describesOnePerson, type Lexicon } from '../../language/lexicon/index.js';
import { AUDIENCE_VERBS, cueAt } from './cue.js';
import type { MarkedQuote } from './marks.js';
import { isAgeNoun, isBetweenSubjectAndVerb, isModifierAt, MAX_ASIDE_TOKENS, MAX_ASIDES, modifierObjectEnd, namesATime, POSSESSIVE_DETERMINERS, type TokenRun } from './phrases.js';
import { DASHES, type FieldView, POSSESSIVE } from './view.js';

/**
 * Who may have said a marked quote: the noun phrases around it, the speaker of the quote before it, or no
 * one. Each candidate carries the features the speaker ranker scores it by. The features describe position
 * and form only (which side of the quote, how near, what stands before and after, what kind of phrase), never
 * the words of one article, so that a ranker trained on one set of news reads another.
 */
export interface Candidate {
  readonly kind: 'phrase' | 'carry' | 'none';
  /** Where the phrase stands (kind `phrase`). */
  readonly side?: Side;
  /** The phrase's tokens and its offsets `[start, end)` (kind `phrase`). */
  readonly run?: TokenRun;
  readonly start?: number;
  readonly end?: number;
  /** The verb the phrase is the subject of, or that introduces it ("said Rudenko"): the cue as written. */
  readonly verb?: number;
  /** Whether that verb is a speech verb of the lexicon (`cue`), another verb, or there is none. */
  readonly verbClass?: VerbClass;
  /** A phrase that only names a time ("Sunday", "last month"): scored with the others, never the speaker. */
  readonly time?: boolean;
  readonly features: readonly string[];
}

export type VerbClass = 'cue' | 'verb' | 'none';

/** Where a phrase stands: after the quote, before it in its sentence, or in the sentence before. */
export type Side = 'after' | 'before' | 'prior';

/** Longest stretch read on each side of a quote, in tokens. */
const MAX_WINDOW = 40;
const NOUN_POS = new Set(['NOUN', 'PROPN']);
const MODIFIER_POS = new Set(['ADJ', 'NUM']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'another', 'one', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'many', 'several', 'other']);
const SENTENCE_END = new Set(['.', '!', '?']);
/** Words that open a verb's object, never a clause ("hits the crowd"; not "years that women …"). */
const ARTICLES_AND_POSSESSIVES = new Set(['the', 'a', 'an', ...POSSESSIVE_DETERMINERS]);
/** Words that name a source alone, as a pronoun of quantity: "another said", "said one", "others argued". */
const STANDALONE_SOURCES = new Set(['another', 'one', 'others', 'some', 'many', 'several', 'both', 'most']);
/** Most nouns after "of" in a role before a name ("chief of staff John Smith"). */
const MAX_ROLE_OF_NOUNS = 3;
/** Words that join a phrase to the name it is of or from. */
const JOINS_A_NAME = new Set(['of', 'from']);

/** The candidates of one quote, as the ranker reads them. `carry` is set when the quote before it may go on. */
export function candidatesOf(view: FieldView, lexicon: Lexicon, quote: MarkedQuote, carry: boolean): Candidate[] {
  const open = view.firstTokenAt(quote.open);
  const after = afterWindow(view, quote);
  const before = beforeWindow(view, open);
  const prior = before.from === before.to && open > 0 ? sentenceBefore(view, open) : undefined;
  const context = quoteContext(view, lexicon, quote, open);
  const candidates: Candidate[] = [];
  const sides: [Side, Window | undefined][] = [
    ['after', after],
    ['before', before],
    ['prior', prior],
  ];
  let anyCue = false;
  for (const [side, window] of sides) {
    if (window === undefined) continue;
    // A dateline ("LOS ANGELES --") says where the story was filed, never who spoke.
    const runs = chunksIn(view, lexicon, window).filter((run) => !view.inDateline(run.first));
    // Nearest to the quote first: after it, the first phrase; before it, the last.
    if (side !== 'after') runs.reverse();
    // The nearest phrases that are a verb's subject come first among those that are ("Trump said in his
    // campaign in September that ..." → Trump, though two phrases stand nearer the quote).
    let subjects = 0;
    runs.forEach((run, rank) => {
      const found = phraseFeatures(view, lexicon, run, side, rank, window, context);
      if (found.verbClass === 'cue') anyCue = true;
      const subjectRank = found.subject ? String(Math.min(subjects++, 2)) : 'none';
      found.features.push(`side|subj=${side}|${subjectRank}`, `side|subj|kind=${side}|${subjectRank}|${phraseKind(view, lexicon, run)}`, `side|subj|va=${side}|${subjectRank}|${found.verbAfter}`);
      const verb = found.verb === undefined ? {} : { verb: found.verb };
      const time = namesATime(view, run.last, lexicon.cues) ? { time: true } : {};
      candidates.push({ kind: 'phrase', side, run, start: view.start(run.first), end: view.end(run.last), ...verb, ...time, verbClass: found.verbClass, features: found.features });
    });
  }
  const shared = [`start=${context.start}`, `end=${context.end}`, `cue=${anyCue}`, `opens=${context.opensParagraph}`];
  if (carry) candidates.push({ kind: 'carry', features: ['carry', ...shared.map((f) => `carry|${f}`), `carry|start|cue=${context.start}|${anyCue}`] });
  candidates.push({ kind: 'none', features: ['none', ...shared.map((f) => `none|${f}`), `none|start|end=${context.start}|${context.end}`] });
  return candidates;
}

interface Window {
  readonly from: number;
  readonly to: number;
}

/** What the quote itself says about where its attribution is: what opens and what closes it. */
interface QuoteContext {
  /** What stands right before the opening mark: `:`, `,`, `that`, `cue`, `para` (it opens a paragraph), ... */
  readonly start: string;
  /** The last character inside the quote: `,`, `.`, `?`, `!`, `word`, or `open` when it is never closed. */
  readonly end: string;
  readonly opensParagraph: boolean;
}

function quoteContext(view: FieldView, lexicon: Lexicon, quote: MarkedQuote, open: number): QuoteContext {
  const opensParagraph = open === 0 || view.paragraph(view.start(open - 1)) !== view.paragraph(quote.open);
  const start = opensParagraph ? 'para' : classOf(view, lexicon, open - 1);
  const last = view.text[quote.end - 1] ?? '';
  const inside = view.text.slice(quote.end, quote.close).replace(/["“”«»'’\s]/gu, '');
  const end = !quote.closed ? 'open' : /[,.?!]/u.test(inside[0] ?? last) ? (inside[0] ?? last) : /[.?!,]/u.test(last) ? last : 'word';
  return { start, end, opensParagraph };
}

/** From the closing mark to the end of its sentence, the next quote or the paragraph's end. */
function afterWindow(view: FieldView, quote: MarkedQuote): Window | undefined {
  // Some pages close the marks only after the line that signs the quote ('"… stimulus.\nJosh Bivens, Economic
  // Policy Institute."'): the quote, cut at its paragraph's end, is signed by the next.
  if (!quote.closed) return signatureAfter(view, view.firstTokenAt(quote.close), view.paragraph(quote.close - 1));
  const from = view.firstTokenAt(quote.close);
  const paragraph = view.paragraph(quote.close - 1);
  let to = from;
  while (to < view.count && to - from < MAX_WINDOW && view.insideQuote[to] === -1 && view.paragraph(view.start(to)) === paragraph) {
    if (SENTENCE_END.has(view.word(to)) && (to + 1 >= view.count || view.sentence(to + 1) !== view.sentence(to))) break;
    to++;
  }
  const rest = view.words.slice(from, to).some((_, i) => view.isWord(from + i));
  return rest ? { from, to } : (signatureAfter(view, to, paragraph) ?? { from, to });
}

/** Most tokens of a line that signs the quote before it. */
const MAX_SIGNATURE = 14;
/** Most abbreviations (a place, a title) before the name in such a line. */
const MAX_SIGNATURE_LEAD = 3;

/**
 * The next paragraph when it only signs the quote that ends the one before: "- Bernie Sanders.", "Josh Bivens,
 * Economic Policy Institute." (a name first, no verb, a short line).
 */
function signatureAfter(view: FieldView, t: number, quoteParagraph: number): Window | undefined {
  let from = t;
  while (from < view.count && !view.isWord(from) && view.insideQuote[from] === -1) from++;
  if (from >= view.count || view.insideQuote[from] !== -1) return undefined;
  const paragraph = view.paragraph(view.start(from));
  if (paragraph !== quoteParagraph + 1) return undefined;
  let to = from;
  while (to < view.count && view.paragraph(view.start(to)) === paragraph) {
    if (view.insideQuote[to] !== -1 || view.pos(to) === 'VERB' || view.pos(to) === 'AUX' || to - from >= MAX_SIGNATURE) return undefined;
    to++;
  }
  // The name may follow abbreviated titles and places: "S.C. Rep. Jim Clyburn."
  let name = from;
  while (name < Math.min(to, from + MAX_SIGNATURE_LEAD) && /^\p{Lu}.*\.$/u.test(view.text.slice(view.start(name), view.end(name)))) name++;
  return name < to && view.mentionAt(name)?.type === 'PERSON' ? { from, to } : undefined;
}

/**
 * From the start of the quote's sentence to the opening mark; for a quote that opens its paragraph after
 * one that ends in a colon ("Caddell continued:"), the last sentence of that paragraph.
 */
function beforeWindow(view: FieldView, open: number): Window {
  let from = open;
  const paragraph = view.paragraph(view.start(open));
  // Other quotes of the sentence are read across ("Khamenei said Hamas and other “leaders” are “still fighting”").
  while (from > 0 && open - from < MAX_WINDOW && view.sentence(from - 1) === view.sentence(open) && view.paragraph(view.start(from - 1)) === paragraph) from--;
  if (from === open && open > 0 && view.words[open - 1] === ':' && view.insideQuote[open - 1] === -1) return sentenceBefore(view, open);
  return { from, to: open };
}

/** The sentence before token t, outside quotes: where a quote that opens its sentence may be introduced. */
function sentenceBefore(view: FieldView, t: number): Window {
  const to = t;
  let from = t;
  const sentence = view.sentence(t - 1);
  while (from > 0 && to - from < MAX_WINDOW && view.sentence(from - 1) === sentence && view.insideQuote[from - 1] === -1) from--;
  return { from, to };
}

/**
 * Noun phrases of a window: pronouns, and runs of a determiner, modifiers, nouns, names and possessives that
 * end in a noun or a name ("the Republican attorney general", "Hillary Clinton's campaign manager Robby Mook").
 * A name the tagger found is never cut; a speech verb the tagger took for a noun ends the phrase ("Lopez adds").
 */
function chunksIn(view: FieldView, lexicon: Lexicon, window: Window): TokenRun[] {
  const runs: TokenRun[] = [];
  let t = window.from;
  while (t < window.to) {
    if (view.insideQuote[t] !== -1) {
      t++;
      continue;
    }
    if (view.pos(t) === 'PRON' && lexicon.cues.pronouns.has(view.word(t))) {
      runs.push({ first: t, last: t });
      t++;
      continue;
    }
    // "another said", "said one": a pronoun of quantity alone, before a speech verb or at the end of its clause.
    if (STANDALONE_SOURCES.has(view.word(t)) && (cueAt(view, lexicon, t + 1) !== undefined || t + 1 >= window.to || !view.isWord(t + 1))) {
      runs.push({ first: t, last: t });
      t++;
      continue;
    }
    let last = -1;
    let u = t;
    if (DETERMINERS.has(view.word(u)) && view.mentionAt(u) === undefined) u++;
    while (u < window.to && view.insideQuote[u] === -1) {
      const mention = view.mentionAt(u);
      // "a person familiar with the talks", "those close to him": one phrase, whose head is before the modifier.
      const objectEnd = mention === undefined && isModifierAt(view, u, lexicon.cues.modifiers) ? modifierObjectEnd(view, u, window.to, lexicon.cues) : undefined;
      // "a member of the committee", "the mother of one of the students", "55 percent of voters", "a lawyer for
      // the family": a noun that names people, or a counted share of them, is joined to the phrase after it (not
      // "a biography of the president").
      const joined = last === u - 1 && view.mentionAt(last) === undefined ? joinedPhrase(view, lexicon, u) : undefined;
      if (mention !== undefined) {
        while (u + 1 < window.to && view.start(u + 1) < mention.end) u++;
        last = u;
        // "Biden hits Trump on taxes:": a verb in -s that the tagger read as a plural noun ends the name's phrase.
        if (mention.type === 'PERSON' && isVerbReadAsNoun(view, lexicon, u + 1)) break;
      } else if (cueAt(view, lexicon, u) !== undefined) break;
      else if (objectEnd !== undefined) {
        last = objectEnd;
        break;
      }
      // "Secretary of State Madeleine Albright", "Speaker of the House Paul Ryan", "A lesson from Loretta
      // Lynch:": "of" or "from" before a name goes on.
      // (Not after a person's name: "Del. Stacey Plaskett of the Virgin Islands" is Stacey Plaskett.)
      // "Analysts at Goldman Sachs", "officials at the Pentagon": people of a group the name after "at" employs.
      else if ((JOINS_A_NAME.has(view.word(u)) || (view.word(u) === 'at' && lexicon.cues.heads.get(view.word(last)) === 'group')) && last === u - 1 && view.mentionAt(last)?.type !== 'PERSON' && (startsName(view, view.word(u + 1) === 'the' ? u + 2 : u + 1) || isRoleOf(view, lexicon, last, u))) {
        u += view.word(u + 1) === 'the' ? 2 : 1;
        continue;
      }
      else if (joined !== undefined) {
        u = joined;
        continue;
      }
      // A speaker head the tagger took for a modifier ends a phrase too: "the daily wrote". So does a number after
      // "of" that no noun follows: "the mother of three told".
      else if ((NOUN_POS.has(view.pos(u)) || lexicon.cues.heads.has(view.word(u)) || isAgeNoun(view.word(u)) || countsChildren(view, u)) && /[\p{L}\p{N}]/u.test(view.word(u))) last = u;
      else if (!(MODIFIER_POS.has(view.pos(u)) || (POSSESSIVE.has(view.word(u)) && last === u - 1) || (u > t && isMisreadModifier(view, lexicon, u)))) break;
      u++;
    }
    if (last >= t) {
      runs.push({ first: t, last });
      t = last + 1;
    } else t = Math.max(t + 1, u);
  }
  return runs;
}

/**
 * True at a word in -s the tagger read as a noun that names no people, after a name: a verb, where a person's
 * name or a determiner follows ("hits Trump", "heckles the crowd"; not "Clinton aides Huma Abedin"), or in a
 * headline label that the name opens, where another capitalised word follows ("Trump Addresses Munich Attack:").
 */
function isVerbReadAsNoun(view: FieldView, lexicon: Lexicon, t: number): boolean {
  const word = view.word(t);
  const namesSome = (noun: string) => lexicon.cues.heads.has(noun) || lexicon.agentNouns.has(noun) || lexicon.genderedNouns.has(noun);
  const people = namesPeople(view, lexicon, t) || namesSome(word) || namesSome(word.slice(0, -1));
  if (people || !/\p{Ll}s$/u.test(word)) return false;
  const next = view.mentionAt(t + 1);
  if (view.pos(t) === 'NOUN' && (next?.type === 'PERSON' || ARTICLES_AND_POSSESSIVES.has(view.word(t + 1)))) return true;
  const name = view.mentionAt(t - 1);
  const opensHeadline = name !== undefined && view.firstTokenAt(name.start) === view.openingToken(view.sentence(t));
  const capitalised = (u: number) => /^\p{Lu}\p{Ll}/u.test(view.text.slice(view.start(u), view.end(u)));
  return opensHeadline && capitalised(t) && capitalised(t + 1) && labelEnds(view, t);
}

/**
 * True when a colon ends the headline label token t stands in, with no person named between: "Trump Addresses
 * Munich Attack:" (not "Clinton Communications Director Jennifer Palmieri:", a title before a name).
 */
function labelEnds(view: FieldView, t: number): boolean {
  for (let u = t + 1; u < view.count && view.sentence(u) === view.sentence(t); u++) {
    if (view.words[u] === ':') return true;
    if (view.mentionAt(u)?.type === 'PERSON') return false;
  }
  return false;
}

/** True at a number that "of" joins to the noun before it and that no noun or modifier follows: "mother of three". */
function countsChildren(view: FieldView, t: number): boolean {
  return view.pos(t) === 'NUM' && view.word(t - 1) === 'of' && !NOUN_POS.has(view.pos(t + 1)) && !MODIFIER_POS.has(view.pos(t + 1));
}

/** True when the noun at t names people ("lawyer", "officials", "mother", "the group") or counts them ("55 percent"). */
function namesPeople(view: FieldView, lexicon: Lexicon, t: number): boolean {
  if (view.pos(t) !== 'NOUN') return false;
  const kind = lexicon.cues.heads.get(view.word(t));
  return kind === 'role' || kind === 'group' || kind === 'organization' || lexicon.genderedNouns.has(view.word(t)) || view.pos(t - 1) === 'NUM';
}

/** Quantities that "of" follows inside a phrase: "one of the students". */
const QUANTITIES = new Set(['one', 'some', 'each', 'all', 'many', 'most', 'several', 'both', 'two', 'three']);

/**
 * At an "of" after a noun that names people ("member| of the committee", "mother| of one of the students"), or
 * a "for" after a role ("lawyer| for the family"), the token where the joined phrase's words start; else undefined.
 */
function joinedPhrase(view: FieldView, lexicon: Lexicon, of: number): number | undefined {
  const joins = view.word(of) === 'of' ? namesPeople(view, lexicon, of - 1) : view.word(of) === 'for' && view.pos(of - 1) === 'NOUN' && lexicon.cues.heads.get(view.word(of - 1)) === 'role';
  if (!joins) return undefined;
  let t = of + 1;
  if (QUANTITIES.has(view.word(t)) && view.word(t + 1) === 'of') t += 2;
  if (DETERMINERS.has(view.word(t)) && view.mentionAt(t) === undefined) t++;
  return t < view.count && view.insideQuote[t] === -1 && view.mentionAt(t) === undefined && (NOUN_POS.has(view.pos(t)) || MODIFIER_POS.has(view.pos(t))) ? t : undefined;
}

/**
 * A modifier inside a phrase that the tagger took for a verb or an adverb, before a role or a person's name:
 * "policy planning director Anne-Marie Slaughter", "Oversight ranking Democrat Elijah Cummings", "Clinton ally
 * James Carville". Only before a role or a person, so that "Republicans holding hearings" stays two phrases.
 */
function isMisreadModifier(view: FieldView, lexicon: Lexicon, t: number): boolean {
  const misread = view.isIngVerb(t) || view.pos(t) === 'ADV';
  if (!misread || !/^\p{Ll}/u.test(view.text[view.start(t)] ?? '') || view.insideQuote[t + 1] !== -1) return false;
  return view.mentionAt(t + 1)?.type === 'PERSON' || lexicon.cues.heads.get(view.word(t + 1)) === 'role';
}

/** True at "ROLE of" before a noun: "former secretary of state said", "the minister of defence". */
function isRoleOf(view: FieldView, lexicon: Lexicon, role: number, of: number): boolean {
  if (view.word(of) !== 'of') return false;
  if (lexicon.cues.heads.get(view.word(role)) === 'role' && NOUN_POS.has(view.pos(view.word(of + 1) === 'the' ? of + 2 : of + 1))) return true;
  // "said chief of staff John Smith", "master of ceremonies Asab Al-Tabchi": a bare role, and a name after its
  // nouns (not "an image of rival Hillary Clinton").
  if (DETERMINERS.has(view.word(role - 1).toLowerCase())) return false;
  let t = of + 1;
  while (t < view.count && t - of <= MAX_ROLE_OF_NOUNS && view.pos(t) === 'NOUN' && view.mentionAt(t) === undefined) t++;
  return t > of + 1 && view.mentionAt(t)?.type === 'PERSON' && view.start(t) === view.mentionAt(t)?.start;
}

/** True when token t is capitalised and a name or a proper noun: what "of" joins to a title. */
function startsName(view: FieldView, t: number): boolean {
  return t < view.count && view.insideQuote[t] === -1 && /^\p{Lu}/u.test(view.text[view.start(t)] ?? '') && (view.mentionAt(t) !== undefined || view.pos(t) === 'PROPN');
}

/**
 * A token's class as the features see it: punctuation as itself, `end` for a sentence end, `quote`, `cue`
 * (a speech verb), `verb`, a few function words, `prep`, `adv`, `word`, or `edge` outside the field.
 */
function classOf(view: FieldView, lexicon: Lexicon, t: number): string {
  if (t < 0 || t >= view.count) return 'edge';
  if (view.insideQuote[t] !== -1) return 'quote';
  const word = view.word(t);
  if (SENTENCE_END.has(word)) return 'end';
  if (DASHES.has(word)) return 'dash';
  if ([',', ':', ';', '(', ')'].includes(word)) return word;
  if (['that', 'who', 'and', 'as', 'according', 'to', 'of', 'in', 'on'].includes(word)) return word;
  if (cueAt(view, lexicon, t) !== undefined) return 'cue';
  const pos = view.pos(t);
  if (pos === 'VERB' || pos === 'AUX') return 'verb';
  if (pos === 'ADP') return 'prep';
  if (pos === 'ADV') return 'adv';
  return 'word';
}

/** A phrase's kind: what the head is (a name's type, a pronoun, a head word's kind), for features and resolution. */
export function phraseKind(view: FieldView, lexicon: Lexicon, run: TokenRun): string {
  const head = headOf(view, lexicon, run);
  const mention = view.mentionAt(head);
  if (mention !== undefined) return mention.form === 'demonym' ? 'demonym' : mention.type;
  const word = view.word(head);
  if (run.first === run.last && lexicon.cues.pronouns.has(word)) return `pron:${word}`;
  const headKind = lexicon.cues.heads.get(word);
  if (headKind !== undefined) return `head:${headKind}`;
  // "Those close to him": a determiner that heads a phrase is capitalised only by its place.
  if (view.pos(head) === 'DET') return 'noun';
  const written = view.text[view.start(head)] as string;
  return view.pos(head) === 'PROPN' || written !== written.toLowerCase() ? 'name?' : 'noun';
}

/**
 * The head token of a phrase: its last, but for a role or a person of a place or an organization the role or
 * the person ("the president of Colombia" is a president, not Colombia; "John Cornyn of Texas" is Cornyn; "an
 * immigrant from Uganda" an immigrant, "Democrats in Iowa" Democrats), and before a source's modifier the word it
 * modifies.
 */
export function headOf(view: FieldView, lexicon: Lexicon, run: TokenRun): number {
  // "people close to the president" are people, not the president.
  for (let t = run.first + 1; t < run.last; t++) if (isModifierAt(view, t, lexicon.cues.modifiers)) return t - 1;
  for (let t = run.last - 1; t > run.first; t--) {
    // "the University of Edinburgh": a word inside a name joins nothing to the phrase.
    if (view.mentionAt(t) !== undefined) continue;
    const after = view.mentionAt(run.last);
    // "an immigrant from Uganda" is an immigrant and "Democrats in Iowa" are Democrats (but "a lesson from
    // Loretta Lynch" is hers, and "the government in Beijing" is China's; "the Asian Development Bank in Manila"
    // is the bank's, named).
    const organizationNoun = lexicon.cues.heads.get(view.word(t - 1)) === 'organization' && view.mentionAt(t - 1) === undefined;
    const placeOf = view.word(t) === 'from' || (view.word(t) === 'in' && !organizationNoun);
    if (placeOf && after?.type === 'PLACE') return t - 1;
    // "the nominee for the Nov. 8 election" is a nominee, and "a columnist for Pando" a columnist; only "a
    // spokesman for the FBI" stands for whom he speaks for.
    const role = lexicon.cues.heads.get(view.word(t - 1)) === 'role';
    if (view.word(t) === 'for' && role && (after === undefined || !lexicon.spokespersonNouns.has(view.word(t - 1)))) return t - 1;
    if (view.word(t) !== 'of') continue;
    // "the mother of Trayvon Martin" is his mother, and "the mother of two" a mother.
    if ((after?.type === 'PERSON' || countsChildren(view, run.last)) && lexicon.genderedNouns.has(view.word(t - 1))) return t - 1;
    // "Senator John Cornyn of Texas" is Cornyn, and "one Republican of Arizona" a Republican.
    const roleOrPerson = role || describesOnePerson(lexicon, view.word(t - 1)) || view.mentionAt(t - 1)?.type === 'PERSON';
    return roleOrPerson && after?.type !== 'PERSON' ? t - 1 : run.last;
  }
  return run.last;
}

/** True when from `from` to the quote there is no other verb than speech verbs and no other phrase's verb: the cue before governs the quote. */
function nothingBetween(view: FieldView, lexicon: Lexicon, from: number, to: number): boolean {
  for (let t = from + 1; t < to; t++) {
    if (view.insideQuote[t] !== -1) continue;
    const cls = classOf(view, lexicon, t);
    if (cls === 'end' || (cls === 'verb' && view.pos(t) !== 'AUX')) return false;
  }
  return true;
}

/** What a phrase starts with: a possessive determiner ("his campaign"), another determiner, or none. */
function determinerOf(word: string): string {
  if (POSSESSIVE_DETERMINERS.has(word)) return 'possessive';
  if (['the', 'this', 'that', 'these', 'those'].includes(word)) return 'definite';
  return ['a', 'an', 'another', 'one', 'some', 'many', 'several', 'other'].includes(word) ? 'indefinite' : 'none';
}

/** The last token of a name and of the name "and" joins to it ("Smith and Jones"), or the phrase's last token. */
function coordinateEnd(view: FieldView, run: TokenRun): number {
  const name = view.mentionAt(run.last);
  const other = view.words[run.last + 1] === 'and' ? view.mentionAt(run.last + 2) : undefined;
  if (name === undefined || other === undefined || other.type !== name.type || name.type === 'PLACE' || view.start(run.last + 2) !== other.start) return run.last;
  let last = run.last + 2;
  while (last + 1 < view.count && view.mentionAt(last + 1) === other) last++;
  return last;
}

/** The token after `t` past a bracketed aside and past the words between a subject and its verb. */
function skipAsides(view: FieldView, t: number, window: Window): number {
  let u = t;
  if (view.words[u] === '(') {
    const close = view.words.indexOf(')', u);
    if (close !== -1 && close < window.to && close - u <= MAX_ASIDE_TOKENS) u = close + 1;
  }
  // "The minister — who has faced calls to resign — insisted": an aside between dashes.
  if (DASHES.has(view.word(u))) {
    let close = u + 1;
    while (close < window.to && close - u <= MAX_ASIDE_TOKENS && !DASHES.has(view.word(close)) && view.insideQuote[close] === -1 && !SENTENCE_END.has(view.word(close))) close++;
    if (close < window.to && DASHES.has(view.word(close))) u = close + 1;
  }
  // ", the Republican attorney general of Oklahoma, said": an appositive (or age, or party) between commas; and
  // ", 45, a teacher from Ohio, told": more of them, each after the first with no verb of its own.
  const opening = u;
  for (let asides = 0; asides < MAX_ASIDES && view.words[u] === ','; asides++) {
    const close = asideClose(view, u, window, asides > 0);
    if (close === -1) break;
    u = close;
  }
  if (u !== opening) u++;
  while (u < window.to && isBetweenSubjectAndVerb(view, u)) u++;
  return u;
}

const PERFECT_AUXILIARIES = new Set(['has', 'have', 'had']);

/**
 * "Loretta Lynch, who told Congress: …": the speech verb of a relative clause on the phrase is the phrase's own,
 * so it stands where the verb after the phrase would (past adverbs and "have": "who has long said"); else `t`.
 * Not another verb ("a candidate who lacks"), a passive ("who was asked about"), nor where "who" is the object
 * ("Bannon, who Beck called").
 */
function pastWho(view: FieldView, lexicon: Lexicon, t: number, window: Window): number {
  let u = view.words[t] === ',' ? t + 1 : t;
  if (u >= window.to || view.words[u] !== 'who') return t;
  u++;
  while (u < window.to && (view.pos(u) === 'ADV' || PERFECT_AUXILIARIES.has(view.word(u)))) u++;
  return u < window.to && classOf(view, lexicon, u) === 'cue' ? u : t;
}

/** The comma that closes an aside opened by the comma at `open`, or -1: before a quote or a sentence's end (or a verb). */
function asideClose(view: FieldView, open: number, window: Window, verbless: boolean): number {
  for (let c = open + 1; c < Math.min(window.to, open + MAX_ASIDE_TOKENS); c++) {
    if (view.insideQuote[c] !== -1 || SENTENCE_END.has(view.word(c)) || (verbless && ['VERB', 'AUX'].includes(view.pos(c)))) return -1;
    if (view.words[c] === ',' && c > open + 1) return c;
  }
  return -1;
}

function phraseFeatures(view: FieldView, lexicon: Lexicon, run: TokenRun, side: Side, rank: number, window: Window, context: QuoteContext) {
  const kind = phraseKind(view, lexicon, run);
  const near = Math.min(rank, 3);
  const prev = classOf(view, lexicon, run.first - 1 < window.from ? -1 : run.first - 1);
  const prevWord = run.first - 1 >= window.from || side === 'before' ? classOf(view, lexicon, run.first - 1) : 'quote';
  const next = run.last + 1 < window.to ? classOf(view, lexicon, run.last + 1) : side === 'before' ? 'quote' : 'end';
  // "Smith and Jones said": a speech verb after both names goes with each.
  const pastBoth = skipAsides(view, coordinateEnd(view, run) + 1, window);
  const beyond = pastBoth < window.to && classOf(view, lexicon, pastBoth) === 'cue' ? pastBoth : pastWho(view, lexicon, skipAsides(view, run.last + 1, window), window);
  const verbAfter = beyond < window.to ? classOf(view, lexicon, beyond) : 'none';
  // "said Rudenko": the verb right before the phrase (past adverbs) introduces it.
  let before = run.first - 1;
  while (before >= window.from && ['adv'].includes(classOf(view, lexicon, before))) before--;
  const classBefore = before >= window.from ? classOf(view, lexicon, before) : 'none';
  // "telling Americans that": what a verb of telling introduces is its audience, not who spoke.
  const verbBefore = classBefore === 'cue' && AUDIENCE_VERBS.has(cueAt(view, lexicon, before)?.lemma ?? '') ? 'verb' : classBefore;
  // "says Ortiz, 58, wiping flour": a participle after the phrase is its next act; the cue before introduced it.
  const participleAfter = verbAfter === 'verb' && verbBefore === 'cue' && view.isIngVerb(beyond) && view.word(beyond - 1) === ',';
  const verb = (verbAfter === 'cue' || verbAfter === 'verb') && !participleAfter ? beyond : verbBefore === 'cue' || verbBefore === 'verb' ? before : undefined;
  const verbClass: VerbClass = verb === undefined ? 'none' : (verb === beyond ? verbAfter : verbBefore) === 'cue' ? 'cue' : 'verb';
  const distance = side === 'after' ? run.first - window.from : window.to - run.last - 1;
  const far = distance === 0 ? '0' : distance <= 2 ? '1-2' : distance <= 6 ? '3-6' : '7+';
  const governs = side === 'after' ? verbClass === 'cue' && (verb === beyond || verb === before) : verbAfter === 'cue' && nothingBetween(view, lexicon, beyond, window.to);
  const det = determinerOf(view.word(run.first));
  const features = [
    `side=${side}`,
    `side|near=${side}|${near}`,
    `side|kind=${side}|${kind}`,
    `prev=${prevWord}`,
    `next=${next}`,
    `side|prev|next=${side}|${prev}|${next}`,
    `side|va=${side}|${verbAfter}`,
    `side|vb=${side}|${verbBefore}`,
    `side|va|vb=${side}|${verbAfter}|${verbBefore}`,
    `side|kind|va=${side}|${kind}|${verbAfter}`,
    `side|kind|vb=${side}|${kind}|${verbBefore}`,
    `gov=${governs}`,
    `side|gov=${side}|${governs}`,
    `side|kind|gov=${side}|${kind}|${governs}`,
    `side|near|gov=${side}|${near}|${governs}`,
    `side|det=${side}|${det}`,
    `side|far=${side}|${far}`,
    `side|end|subj=${side}|${context.end}|${governs}`,
    `side|start|gov=${side}|${context.start}|${governs}`,
  ];
  // The sentence before is the attribution of the quote before it ("..., RIA cited Rudenko as saying."):
  // a quote that follows it alone goes on with that quote's speaker, not with the outlet.
  if (side === 'prior' && window.from > 0 && view.insideQuote[window.from - 1] !== -1) features.push(`prior|afterQuote|kind=${kind}`, `prior|afterQuote|near=${near}`);
  if (view.words[run.last + 1] === ',' && view.words[run.last + 2] === 'who') features.push(`side|who=${side}`);
  if (verb !== undefined && verbClass === 'cue') {
    // Before a quote a 'finite' verb is a 'clause' one, as the ranker learnt it.
    const frame = cueAt(view, lexicon, verb)?.frame;
    features.push(`cue=${frame === 'finite' ? 'clause' : (frame ?? '')}`);
  }
  return { features, verb, verbClass, verbAfter, subject: verbAfter === 'cue' || verbAfter === 'verb' };
}
