import { honorificOf, isNameSuffix, isPeopleOfPlace, isTitleWord, type Lexicon, nameKey } from '../../language/lexicon/index.js';
import type { EntityType, Field, Tokens } from '../../core/types.js';
import { FeatureBuffer, tokenFeatures, WordCache } from './features.js';
import { isHonorific, isHonorificTitleWord } from './honorific.js';
import type { FoundSpan } from './spans.js';
import { Decoder, spansOf, type Weights } from './tagger.js';

const TYPES: Readonly<Record<string, EntityType>> = { PER: 'PERSON', LOC: 'PLACE', ORG: 'ORGANIZATION' };
/**
 * A lower-case prefix or suffix joined by a hyphen is not part of the name: `then-Trump`, `Iran-backed`;
 * except a short part of a person's given name that is no English compound head: `Kim Jong-un`, `Chen Shui-bian`.
 */
const HYPHENATED_PREFIX = /^[\p{Ll}]+-/u;
const HYPHENATED_SUFFIX = /-([\p{Ll}]+)$/u;
/** A part of six letters that reads as one romanized syllable: `hsiung`, `chuang` (not `backed`, `linked`). */
const SIX_LETTER_SYLLABLE = String.raw`(?=\p{Ll}{6}$)[b-df-hj-np-tv-z]{2,3}[aeiou]{1,2}ng?`;
const GIVEN_NAME_PART = new RegExp(String.raw`^(?:\p{Ll}{1,5}|${SIX_LETTER_SYLLABLE})$`, 'u');
/** A hyphenated given name the tagger left out after a surname: `Shui-bian` after `Chen`, `Chun-hsiung` after `Chang`. */
const HYPHENATED_GIVEN_NAME = new RegExp(String.raw`^\p{Lu}\p{Ll}{1,6}-(\p{Ll}{1,5}|${SIX_LETTER_SYLLABLE})$`, 'u');
/** Punctuation at a span's end that ends a clause, never a name (a name's "." may be its abbreviation's). */
const CLAUSE_PUNCTUATION = /\s*[!?,;:]+$/u;
/** Quote marks and square brackets the tagger ran over at a span's edges ("''Fritos", "[Donald]"): no part of a name. */
const LEADING_MARKS = /^["“”'‘’`[]+\s*/u;
const TRAILING_MARKS = /\s*["“”'‘’`\]]+$/u;
/** A surname of one syllable, as East Asian names put before a hyphenated given name: Chen, Lee, Kim, Zhang. */
const SHORT_SURNAME = /^\p{Lu}\p{Ll}{0,4}$/u;

/** What the tagger keeps from field to field in one stage: the words' features and the arrays it reuses. */
export class TaggerState {
  readonly words: WordCache;
  readonly features = new FeatureBuffer();
  readonly decoder = new Decoder();

  constructor(lexicon: Lexicon) {
    this.words = new WordCache(lexicon);
  }
}

/**
 * Names the tagger finds in one field, as character spans. MISC names are kept only when they are a
 * demonym that stands for a country ("Chinese" → China); titles at the start of a person's name and
 * hyphenated lower-case parts are cut off. The tagger decodes each stretch of tokens it reads (`readTokens`),
 * the tokens it does not read taken for what they are, outside any name.
 */
export function taggedSpans(field: Field, text: string, tokens: Tokens, lexicon: Lexicon, weights: Weights, state: TaggerState): FoundSpan[] {
  const reads = readTokens(tokens, lexicon);
  const features = tokenFeatures({ text, tokens, reads }, lexicon, state.words, state.features);
  const spans: FoundSpan[] = [];
  const count = tokens.starts.length;
  const inSentence = (a: number, b: number) => a >= 0 && b < count && tokens.sentence[a] === tokens.sentence[b];
  for (let from = 0; from < count; from++) {
    if (reads[from] === 0) continue;
    let to = from + 1;
    while (to < count && reads[to] === 1 && inSentence(to - 1, to)) to++;
    const tags = state.decoder.decode(weights, features, from, to, { afterOutside: inSentence(from - 1, from), beforeOutside: inSentence(to - 1, to) });
    for (const span of spansOf(tags)) {
      const found = placed(field, text, tokens, from + span.start, beforeClauseWord(tokens, from + span.start, from + span.end), span.type, lexicon);
      if (found !== undefined) spans.push(found);
    }
    from = to - 1;
  }
  return spans;
}

/** How many tokens on either side of one that may be part of a name the tagger reads. */
const READ_REACH = 2;

/**
 * The tokens the tagger reads (1 by index): those within READ_REACH of a word with a capital letter in their
 * sentence, but for a function word that opens it ("The", "He", "But"). English writes names with capitals, so
 * a token farther from every capital is in no name, and a sentence with no capital after its first word holds
 * none: the tagger skips half of news tokens. All it found in such sentences on real news were interjections
 * ("Oh", "Alas"), which the rules drop.
 */
export function readTokens(tokens: Tokens, lexicon: Lexicon): Uint8Array {
  const count = tokens.starts.length;
  const reads = new Uint8Array(count);
  let opened = -1;
  for (let i = 0; i < count; i++) {
    const word = tokens.words[i] as string;
    if (!/\p{L}/u.test(word)) continue;
    const sentence = tokens.sentence[i] as number;
    const opens = opened !== sentence;
    opened = sentence;
    if (!/\p{Lu}/u.test(word) || (opens && lexicon.functionWords.has(nameKey(word)))) continue;
    for (let j = Math.max(0, i - READ_REACH); j <= Math.min(count - 1, i + READ_REACH); j++) if (tokens.sentence[j] === sentence) reads[j] = 1;
  }
  return reads;
}

/** Words that start a clause, written in lower case: never part of a name, though the tagger may run on into them. */
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'because', 'if']);

/** Where a tagged span `[first, last)` ends: before a word that starts a clause ("The Washington Post that Trump"). */
function beforeClauseWord(tokens: Tokens, first: number, last: number): number {
  for (let t = first + 1; t < last; t++) {
    if (CLAUSE_WORDS.has(tokens.words[t] as string)) return t;
  }
  return last;
}

/**
 * "Chen Shui-bian", which the tagger reads as "Sino-Japanese" (MISC): a short surname and a hyphenated given
 * name are a person, and so is the surname alone before one the tagger left out.
 */
function surnameAndGivenName(tokens: Tokens, first: number, last: number, lexicon: Lexicon): number | undefined {
  const word = (t: number) => (t < tokens.starts.length && tokens.sentence[t] === tokens.sentence[first] ? (tokens.words[t] ?? '') : '');
  // Not "Hong Kong-based": the part after the hyphen is no compound head.
  const isGivenName = (t: number) => !lexicon.compoundHeads.has(HYPHENATED_GIVEN_NAME.exec(word(t))?.[1] ?? 'based');
  if (!SHORT_SURNAME.test(word(first))) return undefined;
  if (last === first + 2 && isGivenName(first + 1)) return last;
  return last === first + 1 && isGivenName(last) ? last + 1 : undefined;
}

/** A web address, which no name holds. */
const WEB_ADDRESS = /^(?:https?:\/\/|www\.)/iu;
/** A year: "1979", "2016". */
const YEAR = /^(?:1[89]|20)\d\d$/u;

function placed(field: Field, text: string, tokens: Tokens, tagFirst: number, tagLast: number, tagged: string, lexicon: Lexicon): FoundSpan | undefined {
  // The tagger reads such a name as MISC ("Sino-Japanese"), or its surname alone as a place ("Ma" of Ma Ying-jeou).
  const asianName = tagged === 'MISC' || (tagged !== 'PER' && tagLast === tagFirst + 1) ? surnameAndGivenName(tokens, tagFirst, tagLast, lexicon) : undefined;
  let last = withItsNumber(text, tokens, asianName ?? tagLast, lexicon);
  const word = (t: number) => tokens.words[t] ?? '';
  // The token at t exists and goes on the sentence of the one before it.
  const goesOn = (t: number) => t < tokens.starts.length && tokens.sentence[t] === tokens.sentence[t - 1];
  // A web address glued on ends the name: "Ken Thomas https://twitter.com/KThomasDC".
  while (last - 1 > tagFirst && WEB_ADDRESS.test(word(last - 1))) last--;
  const personTagged = asianName === undefined ? tagged : 'PER';
  // A name written after an honorific is a person's, whatever the tagger took it for ("Mr. Trump"), and
  // what stands before the honorific is no part of it ("Khans and Mr. Trump").
  let first = tagFirst;
  for (let t = tagFirst + 1; t < last - 1; t++) if (honorificAt(tokens, t, lexicon)) first = t;
  const afterHonorific = honorificAt(tokens, first, lexicon) || (first > 0 && tokens.sentence[first - 1] === tokens.sentence[first] && honorificAt(tokens, first - 1, lexicon));
  const titled = titleEndingIn(text, tokens, first, last, lexicon);
  const tag = afterHonorific || titled !== undefined ? 'PER' : personTagged;
  const startToken = titled ?? (tag === 'PER' ? afterLeadingTitles(text, tokens, first, last, lexicon) : first);
  if (honorificAt(tokens, startToken, lexicon)) return undefined;
  // "Miss Universe Alicia Machado": one word of the honorific's title is no name (lexiconSpans finds the name after it).
  if (afterHonorific && last - startToken === 1 && last < tokens.starts.length && isHonorificTitleWord(word(startToken), word(last), lexicon)) return undefined;
  // "Joseph R. Biden Jr.", "Donald Trump Jr.": a son's suffix, which the tagger leaves out, is part of his name.
  if (tag === 'PER' && goesOn(last) && isNameSuffix(lexicon, word(last))) last++;
  const isGivenNamePart = (part: string | undefined) => tag === 'PER' && part !== undefined && GIVEN_NAME_PART.test(part) && !lexicon.compoundHeads.has(part);
  const next = goesOn(last) ? HYPHENATED_GIVEN_NAME.exec(word(last)) : null;
  // "Ohio-based KeyCorp", "Iran-backed Hezbollah": a compound that opens a longer span is no part of the name.
  // And a month or a year before an organization or a place is a date ("in August National Association of ...",
  // "the 1979 Democracy Wall movement").
  const openerWord = word(startToken);
  const opener = /-(\p{Ll}+)$/u.exec(openerWord);
  const date = lexicon.months.has(openerWord.toLowerCase()) || YEAR.test(openerWord);
  const notName = (opener !== null && lexicon.compoundHeads.has(opener[1] as string)) || (tag !== 'PER' && date);
  const nameToken = notName && startToken < last - 1 ? startToken + 1 : startToken;
  let start = tokens.starts[nameToken] as number;
  let end = tokens.ends[isGivenNamePart(next?.[1]) ? last : last - 1] as number;
  // "Jeb" before "Bush-spent": the surname before a compound's head is the name's.
  if (tag === 'PER' && next !== null && lexicon.compoundHeads.has(next[1] as string)) end = (tokens.starts[last] as number) + next[0].indexOf('-');
  // But an article of a name is its part: "al-Aqsa", "al-Nusra Front".
  const prefix = HYPHENATED_PREFIX.exec(text.slice(start, end));
  if (prefix && !lexicon.nameParticles.has(prefix[0].slice(0, -1))) start += prefix[0].length;
  const suffix = HYPHENATED_SUFFIX.exec(text.slice(start, end));
  if (suffix && !isGivenNamePart(suffix[1])) end -= suffix[0].length;
  // "Marco!" chanted: punctuation that ends a clause ends no name.
  end -= CLAUSE_PUNCTUATION.exec(text.slice(start, end))?.[0].length ?? 0;
  start += LEADING_MARKS.exec(text.slice(start, end))?.[0].length ?? 0;
  end -= TRAILING_MARKS.exec(text.slice(start, end))?.[0].length ?? 0;
  if (end <= start) return undefined;
  const key = nameKey(text.slice(start, end));
  // "Iowans", "Kenyans": the people of a place are a group, not a person or the place (a team is left to the tagger).
  if (tag !== 'ORG' && isPeopleOfPlace(lexicon, key)) return undefined;
  const demonym = lexicon.places.countryByDemonym.get(key);
  if (demonym !== undefined && tag !== 'PER') return { field, start, end, type: 'PLACE', form: 'demonym', country: demonym.code };
  const type = TYPES[tag];
  return type === undefined ? undefined : { field, start, end, type, form: 'name' };
}

/** A name that ends in "No." goes on to its number: "Federal mine No. 2", not "Federal mine No.". */
function withItsNumber(text: string, tokens: Tokens, last: number, lexicon: Lexicon): number {
  const word = (tokens.words[last - 1] ?? '').toLowerCase();
  const numbered = word.endsWith('.') && lexicon.tokens.numbered.has(word.slice(0, -1));
  return numbered && last < tokens.starts.length && tokens.sentence[last] === tokens.sentence[last - 1] && /^\p{N}/u.test(text.charAt(tokens.starts[last] as number)) ? last + 1 : last;
}

/**
 * First token after the titles, honorifics, role modifiers, party members and states' demonyms a span starts
 * with ("Democrat Elijah Cummings", "Vermonter Bernie Sanders"), and after a noun for what a person is or does
 * before a given name and a surname ("Pollster Ann Selzer", "Assemblywoman Claudia Tenney"; but "Lady Gaga");
 * at least one token is left.
 */
function afterLeadingTitles(text: string, tokens: Tokens, first: number, last: number, lexicon: Lexicon): number {
  let start = first;
  for (let cut = last - 1; cut > start; cut--) {
    const key = nameKey(text.slice(tokens.starts[start], tokens.ends[cut - 1]));
    const titled = isTitleWord(lexicon, key) || lexicon.phrases.is(key, 'honorific');
    const described = cut === start + 1 && last - cut >= 2 && isPersonNoun(lexicon, key) && lexicon.givenNames.has(nameKey(tokens.words[cut] ?? ''));
    if (titled || described || honorificOf(lexicon, key) !== undefined || lexicon.roleModifiers.has(key) || lexicon.partyMembers.has(key) || lexicon.places.stateByDemonym.has(key)) {
      start = cut;
      cut = last;
    }
  }
  return start;
}

/** Most words of a title before a name that the tagger took in, and most before the name it left out. */
const TITLE_WORDS_IN_NAME = 2;
const TITLE_WORDS_BEFORE_NAME = 3;

/**
 * The first token after a title that begins before a tagged span `[first, last)` with a lower-case word ("of")
 * and ends inside it, where a person's name is left ("Secretary of State Condoleezza Rice", which the tagger read
 * as an organization from "State"); else undefined.
 */
function titleEndingIn(text: string, tokens: Tokens, first: number, last: number, lexicon: Lexicon): number | undefined {
  if (first === 0 || tokens.sentence[first - 1] !== tokens.sentence[first] || !/^\p{Ll}/u.test(text.charAt(tokens.starts[first - 1] as number))) return undefined;
  // Not an organization's name after the title: "the Secretary of State Office".
  const lastWord = tokens.words[last - 1] ?? '';
  if (lexicon.organizationWords.has(lastWord) || lexicon.organizationHeads.has(lastWord)) return undefined;
  for (let cut = first + 1; cut < Math.min(last, first + TITLE_WORDS_IN_NAME + 1); cut++) {
    for (let from = first - 2; from >= Math.max(0, first - TITLE_WORDS_BEFORE_NAME); from--) {
      if (tokens.sentence[from] === tokens.sentence[first] && isTitleWord(lexicon, nameKey(text.slice(tokens.starts[from], tokens.ends[cut - 1])))) return cut;
    }
  }
  return undefined;
}

/** A noun for a person by role or kin ("pollster", "assemblywoman", "widow"): speaker heads and gendered nouns. */
function isPersonNoun(lexicon: Lexicon, key: string): boolean {
  return lexicon.cues.heads.get(key) === 'role' || lexicon.genderedNouns.has(key);
}

function honorificAt(tokens: Tokens, t: number, lexicon: Lexicon): boolean {
  return isHonorific(tokens.words[t] ?? '', lexicon);
}
