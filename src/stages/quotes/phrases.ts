import type { Mention } from '../../core/types.js';
import { DASHES, type FieldView, POSSESSIVE } from './view.js';

/** A run of tokens `[first, last]` (inclusive: token indices, not offsets). */
export interface TokenRun {
  readonly first: number;
  readonly last: number;
}

/** Tags of the words of a noun phrase. */
export const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const HEADS = new Set(['NOUN', 'PROPN']);
/** Prepositions that may join two parts of one noun phrase: "a spokesman for the ministry". */
const JOINING = new Set(['of', 'for', 'at', 'from', 'in', 'on']);
/** Possessive determiners, which wink-nlp tags as pronouns: "his election campaign". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** What an aside after a subject stands between. */
const ASIDE_MARKS: ReadonlySet<string> = new Set([',', ...DASHES]);
/** Closing quote marks, as tokens. */
export const CLOSING_MARKS: ReadonlySet<string> = new Set(['"', '”', "''", '’', "'"]);
/** Most asides between commas after a subject, places aside ("Harry Bond, 30, of Raleigh, N.C., said"). */
export const MAX_ASIDES = 3;
/** Longest aside between a subject and its verb, in tokens ("Schiff, 56, who has served ..., told"). */
export const MAX_ASIDE_TOKENS = 30;
/** Words between a subject and its verb: "Rudenko has also said". */
const BETWEEN_SUBJECT_AND_VERB = new Set(['now', 'even', 'himself', 'herself', 'themselves', 'itself', 'all', 'both', "'s", '’s', "'re", '’re', "'ve", '’ve', "'ll", '’ll', "'d", '’d', 'has', 'have', 'had', 'also', 'later', 'then', 'again', 'once', 'previously', 'earlier', 'repeatedly', 'reportedly', 'further', 'will', 'would', 'may', 'might', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'had', 'been', 'not', "n't", 'never', 'still', 'just', 'recently', 'publicly', 'separately', 'quickly', 'flatly', 'firmly']);

function inPhrase(view: FieldView, t: number): boolean {
  if (view.insideQuote[t] !== -1) return false;
  if (view.mentionAt(t) !== undefined) return true;
  const word = view.word(t);
  if (POSSESSIVE.has(word) || POSSESSIVE_DETERMINERS.has(word)) return true;
  // A noun phrase is made of words: markup ("<tweet") and symbols are not one; but "70-year-old", "a 40-page
  // opinion" and "the China-U.S. commission" are.
  const joined = view.end(t - 1) === view.start(t) && view.end(t) === view.start(t + 1);
  const names = view.mentionAt(t - 1) !== undefined && view.mentionAt(t + 1) !== undefined;
  const compound = word === '-' && (isAgeNoun(view.word(t + 1)) || (joined && ((/^\p{N}/u.test(view.word(t - 1)) && view.isWord(t + 1)) || names)));
  // "26% say": a percent sign after a number, as "percent".
  const percent = word === '%' && view.pos(t - 1) === 'NUM';
  return (NOUN_PHRASE_POS.has(view.pos(t)) && view.isWord(t)) || compound || percent;
}

function hasHead(view: FieldView, run: TokenRun): boolean {
  for (let t = run.first; t <= run.last; t++) if (HEADS.has(view.pos(t)) || view.mentionAt(t) !== undefined || isAgeNoun(view.word(t))) return true;
  // "two in three", "one in four": a share of those polled.
  return run.last - run.first === 2 && view.pos(run.first) === 'NUM' && view.word(run.first + 1) === 'in' && view.pos(run.last) === 'NUM';
}

/** "the 46-year-old", "a 70-year-old": an age that names a person, whatever the tagger took it for. */
export function isAgeNoun(word: string): boolean {
  return /^(?:\d+-)?years?-old$/u.test(word);
}

/** The lexicon's words that phrases are read with (the lexicon's cues are these). */
export interface PhraseWords {
  /** Subject pronouns ("he", "they"). */
  readonly pronouns: { has(word: string): boolean };
  /** An adjective and its preposition that tie a source to what it knows of ("familiar with", "close to"). */
  readonly modifiers: ReadonlySet<string>;
  /** Words that name a time: "Israel on Wednesday" is Israel. */
  readonly times: ReadonlySet<string>;
  /** Verbs a speech verb's infinitive completes, with their particle ("went on"; '' for none). */
  readonly catenatives: ReadonlyMap<string, string>;
}

/** True when token t names a time and no entity: "Wednesday", "month", but not "Super Tuesday". */
export function namesATime(view: FieldView, t: number, words: PhraseWords): boolean {
  return words.times.has(view.word(t)) && view.mentionAt(t) === undefined;
}

/** Object pronouns, which end a source's modifier: "those close to him". */
const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'it']);
/** Words that head a source by themselves: "those close to him", "some familiar with the talks". */
const QUANTIFIER_HEADS = new Set(['those', 'some', 'many', 'several', 'others', 'one', 'few', 'all', 'someone', 'anyone']);

/** The tokens of a subject pronoun ("he", "they") at t, if it is one the lexicon knows. */
function pronounAt(view: FieldView, t: number, pronouns: PhraseWords['pronouns']): TokenRun | undefined {
  return view.pos(t) === 'PRON' && pronouns.has(view.word(t)) ? { first: t, last: t } : undefined;
}

/** True when tokens t and t + 1 are a source's modifier: "familiar with", "close to". */
export function isModifierAt(view: FieldView, t: number, modifiers: ReadonlySet<string>): boolean {
  return view.insideQuote[t] === -1 && modifiers.has(`${view.word(t)} ${view.word(t + 1)}`);
}

/** The last token of what a source's modifier at t modifies ("the talks", "him"), or undefined. */
export function modifierObjectEnd(view: FieldView, t: number, max: number, words: PhraseWords): number | undefined {
  return OBJECT_PRONOUNS.has(view.word(t + 2)) ? t + 2 : phraseStartingAt(view, t + 2, max, words)?.last;
}

/**
 * "Sources familiar with the matter", "those close to him": a phrase ending at `last` that is the object of a
 * source's modifier belongs to the phrase before the modifier, which is who spoke (not "the matter").
 */
function withModifierBefore(view: FieldView, object: TokenRun | undefined, last: number, min: number, words: PhraseWords): TokenRun | undefined {
  const first = object?.first ?? (OBJECT_PRONOUNS.has(view.word(last)) ? last : undefined);
  if (first === undefined || first - 3 < min || !isModifierAt(view, first - 2, words.modifiers)) return object;
  const head = phraseEndingAt(view, first - 3, min, words) ?? (QUANTIFIER_HEADS.has(view.word(first - 3)) ? { first: first - 3, last: first - 3 } : undefined);
  return head === undefined ? object : { first: head.first, last };
}

/**
 * The noun phrase that ends at token `last` and is the subject of a verb after it, walking back over the
 * words that stand between a subject and its verb; an appositive between commas is skipped ("Clinton, the
 * former secretary of State, said" → Clinton). Never crosses `min`, a sentence end or a quote.
 */
export function subjectBefore(view: FieldView, verb: number, min: number, words: PhraseWords): TokenRun | undefined {
  let last = beforeVerb(view, catenativeBefore(view, verb, min, words), min);
  if (last < min || view.sentence(last) !== view.sentence(verb)) return undefined;
  // "X, a spokesman for Y, said", "Schiff, 56, who has served ..., told": the subject is before the asides.
  // Of the phrases before the asides, the one that starts the clause wins ("Eddie Griffin, who was a member of
  // the AfroSpear, a group of bloggers, said" → Eddie Griffin), else the nearest.
  const beforeAsides: TokenRun[] = [];
  const places: TokenRun[] = [];
  // "And a third, Daniel Traynor, said": a name in apposition speaks where nothing before it is a phrase.
  let apposed: TokenRun | undefined;
  let asides = 0;
  // 'Mr. Manafort, citing "the unique magic of Trump," said': an aside may end in a quote, its comma inside.
  let quoteEnds = CLOSING_MARKS.has(view.word(last)) && view.words[last - 1] === ',';
  if (quoteEnds) last--;
  while (ASIDE_MARKS.has(view.word(last)) && asides < MAX_ASIDES) {
    // An aside between commas or between dashes ("Kall -- co-editor of a book -- said"), with no quote in it but
    // the one it ends in.
    const mark = view.word(last);
    let comma = last - 1;
    const opens = (t: number) => view.words[t] === mark && view.insideQuote[t] === -1;
    // Between dashes, a quote may stand anywhere ('Trump - who said he would "bomb" the fields - said').
    const quotesInside = quoteEnds || DASHES.has(mark);
    while (comma >= min && last - comma <= MAX_ASIDE_TOKENS && !opens(comma) && view.sentence(comma) === view.sentence(verb) && (quotesInside || view.insideQuote[comma] === -1)) comma--;
    // One that ends in a quote opens outside it and holds no clause ('Yet, "it is hard," added X'; "But …, Trump
    // went on to promote “Celebrity Apprentice,” note that").
    if (comma < min || !opens(comma) || (quoteEnds && !isParticipleAside(view, comma + 1, last))) break;
    quoteEnds = false;
    const name = view.mentionAt(comma + 1);
    if (asides === 0 && name?.type === 'PERSON' && view.start(comma + 1) === name.start && view.end(last - 1) === name.end) apposed = { first: comma + 1, last: last - 1 };
    const subject = attachedTo(view, phraseEndingAt(view, comma - 1, min, words), min, words);
    // "Last month, the Independent, a British newspaper, revealed": a time that opens the sentence is no subject.
    if (subject !== undefined && namesATime(view, subject.last, words)) break;
    if (subject !== undefined && startsClause(view, subject.first, min)) return subject;
    // A place alone between commas is an aside of the name before it: "Harry Bond, 30, of Raleigh, N.C., who
    // was polled, said". It is the subject only where no other phrase is ("Even China, Pyongyang's ally, said").
    const place = subject !== undefined && view.mentionAt(subject.first)?.type === 'PLACE' && view.mentionAt(subject.last)?.type === 'PLACE';
    if (place) places.push(subject);
    else {
      if (subject !== undefined) beforeAsides.push(subject);
      asides++;
    }
    last = comma;
  }
  const found = beforeAsides[0] ?? places[0] ?? apposed;
  if (found !== undefined) return found;
  // "Sen. Jack Reed (D-R.I.), said": a comma some write after a lawmaker's party and state.
  if (view.word(last) === ',' && view.words[last - 1] === ')' && asides === 0) return attachedTo(view, phraseEndingAt(view, last - 1, min, words), min, words);
  if (ASIDE_MARKS.has(view.word(last))) return undefined;
  if (view.words[last] === 'who') return whoStandsFor(view, last, min, words);
  const phrase = pronounAt(view, last, words.pronouns) ?? attachedTo(view, phraseEndingAt(view, last, min, words), min, words) ?? quantifierAt(view, last, min);
  // "People who know him say": an object pronoun is no subject either.
  const taken = phrase ?? (OBJECT_PRONOUNS.has(view.word(last)) ? { first: last, last } : undefined);
  return (taken === undefined ? undefined : antecedentOfRelative(view, taken, min, words)) ?? (phrase === undefined ? undefined : participleHost(view, phrase, min, words)) ?? phrase;
}

/**
 * True when tokens `[first, end)` open with a word outside quotes and hold no finite verb outside them: "citing
 * ''the unique magic of Trump,''", not "Trump went on to promote “Celebrity Apprentice,”".
 */
function isParticipleAside(view: FieldView, first: number, end: number): boolean {
  if (first >= end || view.insideQuote[first] !== -1 || !view.isWord(first)) return false;
  for (let t = first; t < end; t++) if (view.insideQuote[t] === -1 && view.isFiniteVerb(t)) return false;
  return true;
}

/**
 * The verb that the infinitive at `verb` completes, where it is one of `catenative-verbs.tsv` ("he appeared to
 * suggest", "Smith went on to say"), else `verb`: its subject is the speech verb's.
 */
function catenativeBefore(view: FieldView, verb: number, min: number, words: PhraseWords): number {
  if (view.word(verb - 1) !== 'to') return verb;
  for (const particle of ['', view.word(verb - 2)]) {
    const catenative = verb - (particle === '' ? 2 : 3);
    if (catenative < min || view.sentence(catenative) !== view.sentence(verb) || words.catenatives.get(view.word(catenative)) !== particle) continue;
    // A participle only after its auxiliary ("is continuing to insist"): "spent the last week trying to tell" has
    // its subject elsewhere.
    return !view.word(catenative).endsWith('ing') || view.pos(catenative - 1) === 'AUX' ? catenative : verb;
  }
  return verb;
}

/** Most tokens between an "-ing" participle and the end of what it governs: "trying to regain control of the". */
const MAX_PARTICIPLE_OBJECT = 6;
/** Tags of the words between a participle and its object's head: "to regain control of the". */
const PARTICIPLE_OBJECT_POS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PART', 'VERB']);

/**
 * "House Republicans supporting the bill have said", "Democrats trying to regain control of the Senate say":
 * the object of an "-ing" participle after a noun is no subject; the noun the participle describes is.
 */
function participleHost(view: FieldView, object: TokenRun, min: number, words: PhraseWords): TokenRun | undefined {
  // "that" opens a clause of its own: "reports alleging that she claimed".
  let participle = object.first - 1;
  while (participle > min && object.first - participle <= MAX_PARTICIPLE_OBJECT && !view.word(participle).endsWith('ing') && PARTICIPLE_OBJECT_POS.has(view.pos(participle)) && view.word(participle) !== 'that') participle--;
  if (participle <= min || !view.isIngVerb(participle) || view.insideQuote[participle] !== -1) return undefined;
  const host = phraseEndingAt(view, participle - 1, min, words);
  return host !== undefined && HEADS.has(view.pos(host.last)) ? host : undefined;
}

/** Words that are a share of people by themselves: "Some said", "Almost half said", "most of them said". */
const SHARES = new Set(['some', 'many', 'several', 'few', 'most', 'half']);

/**
 * The share of people that ends at token `last` as a subject ("of them" may follow it, an adverb go before it),
 * where it opens its clause: not "among many", "for some".
 */
function quantifierAt(view: FieldView, last: number, min: number): TokenRun | undefined {
  const share = ['them', 'us'].includes(view.word(last)) && view.word(last - 1) === 'of' ? last - 2 : last;
  if (share < min || !SHARES.has(view.word(share)) || view.insideQuote[share] !== -1) return undefined;
  const first = share > min && view.pos(share - 1) === 'ADV' ? share - 1 : share;
  const opens = first === 0 || view.sentence(first - 1) !== view.sentence(first) || [',', 'and', 'but'].includes(view.word(first - 1));
  return opens ? { first, last } : undefined;
}

/** Prepositions whose object is no subject: "Many speakers at the service said". */
const ATTACHING = new Set(['at', 'in', 'on', 'with', 'among', 'near', 'inside', 'outside', 'from']);

/**
 * The phrase with the one a preposition before it attaches it to: "Many speakers at the service", "People with
 * knowledge of the talks". The object of the preposition is no subject; the speaker is the whole phrase. Not
 * past a relative pronoun ("an electorate in which 67 percent of voters say").
 */
function attachedTo(view: FieldView, phrase: TokenRun | undefined, min: number, words: PhraseWords): TokenRun | undefined {
  if (phrase === undefined || !ATTACHING.has(view.word(phrase.first - 1)) || RELATIVES.has(view.word(phrase.first))) return phrase;
  const end = phrase.first - 2;
  const before = end >= min && view.sentence(end) === view.sentence(phrase.first) ? phraseEndingAt(view, end, min, words) : undefined;
  return before === undefined ? phrase : { first: before.first, last: phrase.last };
}

const RELATIVES = new Set(['which', 'whom', 'whose']);

/**
 * "Two women who have accused Clinton of assault said": a phrase that a relative clause's verb takes is no
 * subject; the subject is what the relative pronoun stands for.
 */
function antecedentOfRelative(view: FieldView, phrase: TokenRun, min: number, words: PhraseWords): TokenRun | undefined {
  let t = phrase.first - 1;
  let verbs = 0;
  while (t > min && ['VERB', 'AUX', 'ADV', 'PART'].includes(view.pos(t)) && view.insideQuote[t] === -1) {
    if (view.pos(t) === 'VERB') verbs++;
    t--;
  }
  return verbs > 0 && view.words[t] === 'who' ? whoStandsFor(view, t, min, words) : undefined;
}

/**
 * The phrase the relative pronoun at `who` stands for: "Trump, who says he is honored", "an architect who said",
 * and past an appositive, the name it describes ("McConnell, now the majority leader, who said").
 */
function whoStandsFor(view: FieldView, who: number, min: number, words: PhraseWords): TokenRun | undefined {
  // "Trump, who says", "Trump - who previously said": after a comma or a dash that sets the clause off; a dash
  // that closes an aside ("95 generals -- most of whom had announced their support -- who cited") stands for
  // what the aside is on.
  const mark = view.word(who - 1);
  const setOff = mark === ',' || DASHES.has(mark);
  const aside = DASHES.has(mark) ? openingMark(view, who - 1, min) : undefined;
  const before = aside !== undefined ? aside - 1 : setOff ? who - 2 : who - 1;
  const phrase = before >= min ? phraseEndingAt(view, before, min, words) : undefined;
  if (phrase === undefined || !setOff) return phrase;
  const host = placeHost(view, phrase, min, words);
  return host === undefined ? (namedBefore(view, phrase, min, words) ?? phrase) : (namedBefore(view, host, min, words) ?? host);
}

/** The mark like the one at `close` that opens the aside it closes, in its sentence, outside quotes; else undefined. */
function openingMark(view: FieldView, close: number, min: number): number | undefined {
  for (let t = close - 1; t >= min && close - t <= MAX_ASIDE_TOKENS && view.sentence(t) === view.sentence(close); t--) {
    if (view.words[t] === view.words[close] && view.insideQuote[t] === -1) return t;
  }
  return undefined;
}

/**
 * What a place is the place of, before a relative "who": "a gynecologist from Englewood, New Jersey, who said",
 * "Residents of Flint, Michigan, who said" ("who" stands for no place). Undefined where the phrase is more than
 * a place or no preposition attaches it.
 */
function placeHost(view: FieldView, phrase: TokenRun, min: number, words: PhraseWords): TokenRun | undefined {
  const placeAt = (t: number) => (t >= min && view.mentionAt(t)?.type === 'PLACE' ? view.firstTokenAt((view.mentionAt(t) as Mention).start) : undefined);
  let first = placeAt(phrase.last);
  if (first === undefined || first !== phrase.first) return undefined;
  // The places before it in a chain of commas: "Englewood, New Jersey".
  for (let previous = placeAt(first - 2); view.words[first - 1] === ',' && previous !== undefined; previous = placeAt(first - 2)) first = previous;
  const preposition = view.word(first - 1);
  if (!(ATTACHING.has(preposition) || preposition === 'of') || first - 2 < min || view.sentence(first - 2) !== view.sentence(first)) return undefined;
  const host = phraseEndingAt(view, first - 2, min, words);
  return host === undefined || placeAt(host.last) !== undefined ? undefined : host;
}

/**
 * The name an appositive between commas describes: "McConnell, now the Senate majority leader, who said" is
 * McConnell's relative clause.
 */
function namedBefore(view: FieldView, appositive: TokenRun, min: number, words: PhraseWords): TokenRun | undefined {
  let comma = appositive.first - 1;
  while (comma > min && view.pos(comma) === 'ADV') comma--;
  if (view.words[comma] !== ',' || view.mentionAt(appositive.last) !== undefined) return undefined;
  const named = phraseEndingAt(view, comma - 1, min, words);
  const type = named === undefined ? undefined : view.mentionAt(named.last)?.type;
  return type === 'PERSON' || type === 'ORGANIZATION' ? named : undefined;
}

/** True when token t starts a clause: the sentence's first word, or one after a clause break or a conjunction. */
function startsClause(view: FieldView, t: number, min: number): boolean {
  if (t <= min || view.sentence(t - 1) !== view.sentence(t) || view.insideQuote[t - 1] !== -1) return true;
  const before = view.word(t - 1);
  // "and" between two nouns joins them ("a developer and spokeswoman for the coalition"); after a clause, it starts one.
  const joinsNouns = view.sentence(t - 2) === view.sentence(t) && ['NOUN', 'PROPN', 'ADJ'].includes(view.pos(t - 2));
  return [':', ';', '—', '–', '--'].includes(before) || (['but', 'and'].includes(before) && !joinsNouns);
}

function phraseEndingAt(view: FieldView, lastToken: number, min: number, words: PhraseWords): TokenRun | undefined {
  let last = lastToken;
  // "Rep. Gwen Moore (D-Wis.) said": a bracketed aside after the name belongs to the phrase.
  if (view.words[last] === ')') {
    let open = last;
    while (open > min && view.words[open] !== '(' && last - open < 8) open--;
    if (view.words[open] === '(') last = open - 1;
  }
  if (last < min || !inPhrase(view, last)) return withModifierBefore(view, undefined, last, min, words);
  let first = last;
  while (first - 1 >= min && view.sentence(first - 1) === view.sentence(last)) {
    const joined = JOINING.has(view.word(first - 1)) && first - 2 >= min && inPhrase(view, first - 2);
    // A determiner opens the phrase, unless "of" or "for" joins it to the one before ("the leader of the group",
    // "attorneys for the family"; but not "Trump at the time").
    if (view.pos(first) === 'DET') {
      if (!joined || first === last || !['of', 'for'].includes(view.word(first - 1))) break;
      first -= 2;
    } else if (inPhrase(view, first - 1)) first--;
    else if (joined) first -= 2;
    else break;
  }
  const run = { first, last };
  return withModifierBefore(view, hasHead(view, run) ? run : undefined, last, min, words);
}

/** The noun phrase that starts at token `first` ("said Rudenko", "said the Chinese foreign ministry"), up to `max`. */
export function phraseStartingAt(view: FieldView, first: number, max: number, words: PhraseWords): TokenRun | undefined {
  if (first >= max) return undefined;
  const pronoun = pronounAt(view, first, words.pronouns);
  if (pronoun !== undefined) return pronoun;
  if (!inPhrase(view, first)) return undefined;
  let last = first;
  while (last + 1 < max && view.sentence(last + 1) === view.sentence(first)) {
    // A determiner starts a new phrase: "told African-Americans this weekend".
    if (view.pos(last + 1) === 'DET' && view.mentionAt(last + 1) === undefined) break;
    if (inPhrase(view, last + 1)) last++;
    else if (JOINING.has(view.word(last + 1)) && last + 2 < max && inPhrase(view, last + 2) && !words.times.has(view.word(last + 2))) last += 2;
    else break;
  }
  // "a person familiar with the talks": the modifier and its object belong to the phrase (the tagger takes
  // "familiar" for a noun as often as not).
  const modifier = isModifierAt(view, last, words.modifiers) ? last : isModifierAt(view, last + 1, words.modifiers) ? last + 1 : undefined;
  const objectEnd = modifier === undefined ? undefined : modifierObjectEnd(view, modifier, max, words);
  if (objectEnd !== undefined) return { first, last: objectEnd };
  const run = { first, last };
  if (!hasHead(view, run)) return undefined;
  // A bracketed aside right after the name ("(D-Wis.)") is part of the phrase.
  if (view.words[last + 1] === '(') {
    for (let close = last + 2; close < Math.min(max, last + 10); close++) if (view.words[close] === ')') return { first, last: close };
  }
  return run;
}

/** True for a word that may stand between a subject and its verb: an auxiliary, a negation, any adverb ("however"). */
export function isBetweenSubjectAndVerb(view: FieldView, t: number): boolean {
  // A name is the subject, whatever else its word is ("May said", "Mrs. May said").
  if (view.mentionAt(t) !== undefined) return false;
  return BETWEEN_SUBJECT_AND_VERB.has(view.word(t)) || (view.pos(t) === 'ADV' && view.insideQuote[t] === -1);
}

/** The token before the verb at `verb` past the words between a subject and its verb ("who has long said" → who), down to `min`. */
export function beforeVerb(view: FieldView, verb: number, min: number): number {
  let t = verb - 1;
  while (t >= min && isBetweenSubjectAndVerb(view, t)) t--;
  return t;
}

/**
 * A name with the name "and" joins to it: "Mark Blumenthal and Jon Cohen: …", "Jeb Bush and Chris Christie
 * say". Both spoke, so the speaker is the two, as written; and "they" after them stands for the two.
 */
export function withCoordinate(view: FieldView, run: TokenRun, words: PhraseWords): TokenRun {
  const nameAt = (t: number) => {
    const mention = t >= 0 && t < view.count && view.sentence(t) === view.sentence(run.first) ? view.mentionAt(t) : undefined;
    return mention !== undefined && mention.form !== 'demonym' && mention.type !== 'PLACE' ? mention : undefined;
  };
  if (nameAt(run.last) === undefined) return run;
  const after = view.words[run.last + 1] === 'and' ? phraseStartingAt(view, run.last + 2, view.count, words) : undefined;
  if (after !== undefined && nameAt(after.last) !== undefined) return { first: run.first, last: after.last };
  const before = nameAt(run.first - 2);
  if (view.words[run.first - 1] === 'and' && before !== undefined) {
    let first = run.first - 2;
    while (nameAt(first - 1) === before) first--;
    return { first, last: run.last };
  }
  return run;
}
