import type { TokenSpans } from './tokens.js';

/** What the sentence splitter knows of abbreviations. */
export interface SentenceRules {
  /** Abbreviations that never end a sentence (titles: `Mr.`, `Gen.`, `Sen.`), lower case, without period. */
  readonly titles: ReadonlySet<string>;
  /** Words that start a sentence after an abbreviation that ends one ("U.S. The talks"). */
  readonly starters: ReadonlySet<string>;
}

const TERMINAL = new Set(['.', '!', '?', '...', '…']);
const CLOSING = new Set(['"', '”', '’', "'", ')', ']', "''", '»']);
/** Straight marks both open and close a quote: one after a space that a word follows opens the next sentence. */
const STRAIGHT = new Set(['"', "'", "''"]);
const OPENING_START = /^[\p{Lu}\p{N}"“‘'`(\[«]/u;

/**
 * The sentence of every token. A sentence ends at a line break (a dump's lines are paragraphs), or after
 * `.`, `!`, `?` or an ellipsis (with the quote marks and brackets that close after it) when the next token
 * starts like a sentence, and never inside brackets opened on its line. After an abbreviation with its period, a sentence ends only when the next word is
 * a common sentence starter ("in the U.S. The talks"), and never after a title ("Gen. Smith").
 */
export function sentenceOf(text: string, tokens: TokenSpans, rules: SentenceRules): Int32Array {
  const count = tokens.starts.length;
  const sentence = new Int32Array(count);
  let current = 0;
  let ended = false;
  // Brackets open in this line: a sentence does not end inside them ("(D-Wis.)").
  let brackets = 0;
  for (let i = 0; i < count; i++) {
    const start = tokens.starts[i] as number;
    const word = text.slice(start, tokens.ends[i]);
    if (i > 0) {
      const gap = text.slice(tokens.ends[i - 1], start);
      if (gap.includes('\n') || gap.includes('\r')) brackets = 0;
      const closes = CLOSING.has(word) && !(STRAIGHT.has(word) && gap !== '' && /^[\p{L}\p{N}]/u.test(text.slice(tokens.ends[i] as number, (tokens.ends[i] as number) + 1)));
      if (gap.includes('\n') || gap.includes('\r') || (ended && !closes && (OPENING_START.test(word) || (afterWordAndPeriod(text, tokens, i) && /^\p{Ll}{2}/u.test(word))))) {
        current++;
        ended = false;
      } else if (ended && !closes) ended = false;
    }
    sentence[i] = current;
    if (word === '(' || word === '[') brackets++;
    else if ((word === ')' || word === ']') && brackets > 0) brackets--;
    if (brackets > 0) ended = false;
    else if (TERMINAL.has(word)) ended = true;
    else if (word.length > 1 && word.endsWith('.')) {
      const next = i + 1 < count ? text.slice(tokens.starts[i + 1], tokens.ends[i + 1]) : '';
      const bare = word.slice(0, -1).toLowerCase();
      ended = !rules.titles.has(bare) && rules.starters.has(next);
    }
  }
  return sentence;
}

/**
 * True when token i follows a period of its own after a word of three letters or more in lower case ("this. my
 * mom"): no abbreviation, which keeps its period ("etc.", "approx."), so the sentence ends there though the next
 * one opens in lower case, as social text writes.
 */
function afterWordAndPeriod(text: string, tokens: TokenSpans, i: number): boolean {
  // After a space: "fivethirtyeight.com" is one name.
  if (i < 2 || text.slice(tokens.starts[i - 1], tokens.ends[i - 1]) !== '.' || tokens.starts[i - 1] !== tokens.ends[i - 2] || tokens.ends[i - 1] === tokens.starts[i]) return false;
  return /^\p{Ll}{3,}$/u.test(text.slice(tokens.starts[i - 2], tokens.ends[i - 2]));
}
