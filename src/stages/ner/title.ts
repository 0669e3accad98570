import { type Lexicon, MAX_PHRASE_TOKENS, nameKey } from '../../language/lexicon/index.js';
import type { Field, Tokens } from '../../core/types.js';
import type { FoundSpan } from './spans.js';
import { coveredTokens } from './rules.js';

/** Small words a title-case line may leave in lower case. */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'to', 'for', 'at', 'by', 'with', 'from', 'as', 'vs', 'via', 'per']);
/**
 * Words a line of names never holds: written with a capital after the first word, they mark a headline in title
 * case ("Clinton Speaks Directly To White People After ..."), not a list or a table of names.
 */
const HEADLINE_WORDS = new Set([...SMALL_WORDS, 'after', 'before', 'over', 'under', 'into', 'about', 'amid', 'against', 'says', 'said', 'not', 'will', 'can', 'could', 'would', 'should', 'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'does', 'did', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'who', 'what', 'why', 'how', 'this', 'that']);
/** A line needs this many words to be told a headline by its capitals. */
const MIN_HEADLINE_WORDS = 4;

/**
 * Names in a headline: the title, or a line of a field written in title case ("Lindsey Graham Says Trump Is
 * Wrong"). There capitals tell nothing, so the tagger is not asked: a headline names what the rest of the
 * article names (matched by name key, longest first) and countries. Tokens `[from, to)` of `text` are read.
 */
export function headlineSpans(field: Field, text: string, tokens: Tokens, from: number, to: number, known: ReadonlyMap<string, FoundSpan>, lexicon: Lexicon): FoundSpan[] {
  const spans: FoundSpan[] = [];
  // "Cecile Richards: …" over a body that only says "Richards": the given name before a person's known name is
  // part of it, unless it is a word that headlines capitalise too ("Will Sanders Win?", "May Trump …").
  const givenName = (t: number) => {
    const written = tokens.words[t] ?? '';
    const key = nameKey(written);
    const commonWord = lexicon.functionWords.has(key) || lexicon.infinitives.has(key) || lexicon.timeWords.has(key);
    return t >= from && (spans.at(-1)?.end ?? -1) <= (tokens.starts[t] as number) && /^\p{Lu}/u.test(written) && lexicon.givenNames.has(key) && !commonWord;
  };
  for (let i = from; i < to; ) {
    let matched = 0;
    for (let j = Math.min(to, i + MAX_PHRASE_TOKENS); j > i && matched === 0; j--) {
      const key = nameKey(text.slice(tokens.starts[i], tokens.ends[j - 1]));
      const seen = known.get(key);
      const start = tokens.starts[seen?.type === 'PERSON' && givenName(i - 1) ? i - 1 : i] as number;
      const end = tokens.ends[j - 1] as number;
      // "Telling Us What To Do": a country's short name in title case is a word; "US" and "U.S." are the country.
      const country = key.length <= 2 && /\p{Ll}/u.test(text.slice(start, end)) ? undefined : lexicon.places.countryByName.get(key);
      if (seen !== undefined) spans.push({ ...seen, field, start, end });
      else if (country !== undefined) spans.push({ field, start, end, type: 'PLACE', form: 'name' });
      else continue;
      matched = j - i;
    }
    i += Math.max(1, matched);
  }
  return spans;
}

/**
 * The names of `spans` by name key, as `headlineSpans` looks them up; a person also by the last word of the
 * name, as headlines call people ("MERKEL AND MACRON MEET" over a body that names Angela Merkel).
 */
export function knownNames(spans: readonly FoundSpan[], texts: Readonly<Record<Field, string>>): Map<string, FoundSpan> {
  const byKey = new Map<string, FoundSpan>();
  const bySurname = new Map<string, FoundSpan>();
  for (const span of spans) {
    const words = texts[span.field].slice(span.start, span.end).split(/\s+/u);
    byKey.set(nameKey(words.join(' ')), span);
    if (span.type === 'PERSON' && words.length > 1) bySurname.set(nameKey(words.at(-1) as string), span);
  }
  for (const [surname, span] of bySurname) if (!byKey.has(surname)) byKey.set(surname, span);
  return byKey;
}

/**
 * The token ranges `[from, to)` of the lines of a field written in title case, as headlines are, and of the
 * quotations in title case inside other lines (a headline quoted: 'an email stating, “Speaker Paul Ryan Joins
 * Growing List of Conservatives Rebuking Trump.”').
 */
export function titleCaseLines(text: string, tokens: Tokens): [number, number][] {
  const lines: [number, number][] = [];
  let from = 0;
  for (let t = 1; t <= tokens.starts.length; t++) {
    if (t < tokens.starts.length && !text.slice(tokens.ends[t - 1], tokens.starts[t]).includes('\n')) continue;
    if (isTitleCase(tokens, from, t)) lines.push([from, t]);
    else lines.push(...titleCaseQuotes(tokens, from, t));
    from = t;
  }
  return lines;
}

/** The quotations in title case among tokens `[from, to)`: what stands between an opening and a closing mark. */
function titleCaseQuotes(tokens: Tokens, from: number, to: number): [number, number][] {
  const quotes: [number, number][] = [];
  let open = -1;
  for (let t = from; t < to; t++) {
    const mark = tokens.words[t];
    if (mark === '“' || (mark === '"' && open === -1)) open = t + 1;
    else if ((mark === '”' || mark === '"') && open !== -1) {
      if (isQuotedHeadline(tokens, open, t)) quotes.push([open, t]);
      open = -1;
    }
  }
  return quotes;
}

/** Fewest words of a quoted headline: a shorter quotation in capitals may be a name ("Make America Great Again"). */
const MIN_QUOTED_HEADLINE_WORDS = 6;

/**
 * True for a quoted headline: a clause in title case, every word capitalised but the small ones, one of those in
 * lower case at least, and a verb ("… Rebuking Trump as He Captures GOP Nomination"); not the title of a show
 * or an address, which name what they name ("The Late Show With Stephen Colbert", "Mr. and Mrs. Khan,
 * Charlottesville, VA.").
 */
function isQuotedHeadline(tokens: Tokens, from: number, to: number): boolean {
  const words = wordsOf(tokens, from, to);
  const verb = tokens.pos.slice(from, to).some((pos) => pos === 'VERB' || pos === 'AUX');
  const small = words.some((word, i) => i > 0 && SMALL_WORDS.has(word));
  return verb && small && words.length >= MIN_QUOTED_HEADLINE_WORDS && capitalisedButSmallWords(words);
}

function isTitleCase(tokens: Tokens, from: number, to: number): boolean {
  const words = wordsOf(tokens, from, to);
  if (words.length < MIN_HEADLINE_WORDS || !words.some((word, i) => i > 0 && /^\p{Lu}\p{Ll}/u.test(word) && HEADLINE_WORDS.has(word.toLowerCase()))) return false;
  return capitalisedButSmallWords(words);
}

/** The words (tokens with a letter) of tokens `[from, to)`. */
function wordsOf(tokens: Tokens, from: number, to: number): string[] {
  return tokens.words.slice(from, to).filter((word) => /\p{L}/u.test(word));
}

/** True when every word is capitalised (or a number, or a clitic) but the small ones after the first. */
function capitalisedButSmallWords(words: readonly string[]): boolean {
  return words.every((word, i) => /^[\p{Lu}\p{N}]/u.test(word) || (i > 0 && SMALL_WORDS.has(word)) || /^['’]/u.test(word));
}

/**
 * Names in words in capitals that no name of `found` covers: a run of words of two letters or more, none in lower
 * case, in one line ("MCCAIN: Thanks, Wolf." in a transcript, "a rally for SANDERS"). There the capitals tell
 * nothing either: read like a headline, the run names what the article names, but only as a whole ("MCCAIN:"),
 * not by some of its words ("HONG KONG OPEN"), and never a country by its code alone ("run things for US").
 */
export function shoutedNames(text: string, tokens: Tokens, found: readonly FoundSpan[], known: ReadonlyMap<string, FoundSpan>): FoundSpan[] {
  const covered = coveredTokens(found.filter((span) => span.field === 'text'), tokens);
  const shouted = (t: number) => covered[t] === 0 && SHOUTED_WORD.test(tokens.words[t] ?? '');
  const capitalised = (u: number) => /^\p{Lu}/u.test(tokens.words[u] ?? '');
  const sameLine = (a: number, b: number) => !text.slice(tokens.ends[a], tokens.starts[b]).includes('\n');
  const names: FoundSpan[] = [];
  for (let t = 0; t < tokens.starts.length; t++) {
    if (!shouted(t)) continue;
    let to = t + 1;
    while (to < tokens.starts.length && shouted(to) && sameLine(to - 1, to)) to++;
    // Not part of a longer name in mixed case ("the UEFA Cup").
    const capitalBefore = t > 0 && capitalised(t - 1) && sameLine(t - 1, t);
    const capitalAfter = to < tokens.starts.length && capitalised(to) && sameLine(to - 1, to);
    const start = tokens.starts[t] as number;
    const end = tokens.ends[to - 1] as number;
    const seen = !capitalBefore && !capitalAfter && to - t <= MAX_PHRASE_TOKENS ? known.get(nameKey(text.slice(start, end))) : undefined;
    if (seen !== undefined) names.push({ ...seen, field: 'text', start, end });
    t = to - 1;
  }
  return names;
}

/** A word in capitals: two letters or more, none in lower case ("MCCAIN", "O'NEILL", "AL-ASSAD"). */
const SHOUTED_WORD = /^\p{Lu}[\p{Lu}'’.-]*\p{Lu}$/u;
