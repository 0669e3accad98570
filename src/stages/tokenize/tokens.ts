import { isTimeZoneAt, MOJIBAKE_LETTER } from '../../language/lexicon/index.js';

/**
 * A deterministic tokenizer with offsets: words (hyphenated words whole, as in CoNLL), numbers, dotted
 * acronyms (`U.S.`, `p.m.`, a party and state as `D-N.Y.`), abbreviations and initials with their period (`Mr.`, `J.`), URLs and e-mail
 * addresses whole, clitics apart as in the Penn Treebank (`Iran` `'s`, `do` `n't`, also where the text prints them
 * apart), and every other character (punctuation, quote marks, an emoji) on its own. White space is never a token.
 */
export interface TokenSpans {
  readonly starts: number[];
  readonly ends: number[];
}

const PATTERN = new RegExp(
  [
    String.raw`(?<url>(?:https?:\/\/|www\.)[^\s<>"“”]*[^\s<>"“”.,;:!?)\]'’])`,
    String.raw`(?<email>[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)`,
    String.raw`(?<acronym>(?:\p{Lu}-)?(?:\p{L}\.){2,})`,
    // A number with its clitic, split off below: "BBC Radio 4's", "the 1990's".
    String.raw`(?<number>\p{N}(?:[\p{N},.:\/-]*\p{N})?(?:['’][sS](?![\p{L}\p{M}\p{N}]))?)`,
    // A letter mis-decoded as two characters ("PeÃ±a") stays inside its word; a dotted acronym after a hyphen
    // is a token of its own ("China-U.S. talks").
    String.raw`(?<word>(?:${MOJIBAKE_LETTER}|[\p{L}\p{M}\p{N}_])+(?:['’\-](?!\p{L}\.\p{L}\.)(?:${MOJIBAKE_LETTER}|[\p{L}\p{M}\p{N}_])+)*)`,
    // A clitic written apart from its word, as the Penn Treebank prints text: "Clinton 's campaign".
    String.raw`(?<=[\p{L}\p{N}.]\s)(?<clitic>['’](?:[sSdDmM]|re|ve|ll|RE|VE|LL)(?![\p{L}\p{M}\p{N}]))`,
    "(?<run>\\.\\.\\.|--|''|``)",
    String.raw`(?<other>[^])`,
  ].join('|'),
  'uy',
);

/**
 * White space between tokens, and characters that take no place (direction marks, zero-width spaces), skipped
 * with `test` (no match object) before each token is matched.
 */
const SPACE = /[\s\p{Cf}]+/uy;

/** "AM" or "PM" glued to a capitalised word. */
const GLUED_MERIDIEM = /^[AP]M\p{Lu}\p{Ll}/u;

/** A clitic at the end of a word: possessive `'s`, `n't`, `'re`, `'ve`, `'ll`, `'d`, `'m`. */
const CLITIC = /(?:['’][sS]|[nN]['’][tT]|['’](?:re|ve|ll|d|m|RE|VE|LL|D|M))$/u;

/** What the tokenizer knows of abbreviations, lower case and without their period. */
export interface AbbreviationRules {
  /** Abbreviations that always keep their period: "Mr.", "Gen.", "Jan.". */
  readonly abbreviations: ReadonlySet<string>;
  /** Abbreviations that keep it before a number: "No. 2", "Vol. 3" (but "He said no."). */
  readonly numbered: ReadonlySet<string>;
  /** Time zones, which never keep it after a clock time: "at 10 a.m. EST." ("est." is an abbreviation elsewhere). */
  readonly timeZones: ReadonlySet<string>;
}

/** A period, a space and a digit: what a numbering abbreviation is followed by. */
const BEFORE_NUMBER = /^\. ?\p{N}/u;

export function tokenSpans(text: string, { abbreviations, numbered, timeZones }: AbbreviationRules): TokenSpans {
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (start: number, end: number) => {
    starts.push(start);
    ends.push(end);
  };
  let at = 0;
  while (at < text.length) {
    SPACE.lastIndex = at;
    if (SPACE.test(text)) at = SPACE.lastIndex;
    if (at === text.length) break;
    PATTERN.lastIndex = at;
    // `other` matches any character, so there is always a match here.
    const match = PATTERN.exec(text) as RegExpExecArray;
    const start = at;
    const end = start + match[0].length;
    at = end;
    if (match.groups?.['word'] === undefined && match.groups?.['number'] === undefined) {
      push(start, end);
      continue;
    }
    const word = match[0];
    // A time's "PM" that a scraped page glued to the next word ("10:57PMJeb Bush Hits …") is a token of its own.
    if (word.charCodeAt(1) === 77 && GLUED_MERIDIEM.test(word) && /\p{N}/u.test(text.charAt(start - 1))) {
      push(start, start + 2);
      at = start + 2;
      continue;
    }
    const clitic = CLITIC.exec(word);
    if (clitic !== null && clitic.index > 0) {
      push(start, start + clitic.index);
      push(start + clitic.index, end);
      continue;
    }
    // An abbreviation or an initial keeps its period: "Mr.", "Gen.", "J.", "No. 2"; a sentence's last word does not.
    if (text[end] === '.' && keepsPeriod(word, text.slice(end, end + 3), abbreviations, numbered) && !isTimeZoneAt(timeZones, text, start, end)) {
      push(start, end + 1);
      at = end + 1;
      continue;
    }
    push(start, end);
  }
  return { starts, ends };
}

/** True for an initial or an abbreviation whose period follows (`after` starts with it), which keep that period. */
function keepsPeriod(word: string, after: string, abbreviations: ReadonlySet<string>, numbered: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  return /^\p{Lu}$/u.test(word) || abbreviations.has(lower) || (numbered.has(lower) && BEFORE_NUMBER.test(after));
}
