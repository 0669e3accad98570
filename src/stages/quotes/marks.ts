/**
 * Quotations marked in a field. Marks are straight (`"`, or `''` as some papers print it) or curly (“ ” « »),
 * and papers mix them, so a mark's role comes from what stands around it: a mark after a space that a word
 * follows opens, a mark after a word closes. Single marks (‘ ’ or ') quote too: British papers quote with
 * them, American ones in headlines and inside quotes; a single mark closes only a single one, so an apostrophe
 * ("the parents’ choice") never ends a quote in double marks, and a single quote never closed is an apostrophe
 * ("’90s", "’em"), not a quote. Quotes nest (“... ‘...’ ...” or ‘... “...” ...’); only the outermost ones are
 * returned. A quote may run over paragraphs when each new paragraph opens with a mark of its kind and the last
 * one closes it; a quote left open at the end of a paragraph that the next one does not continue is closed
 * there, so that a stray mark never swallows the rest of the article.
 */
export interface MarkedQuote {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just after the closing mark, or the end of the paragraph where an unclosed quote was cut. */
  readonly close: number;
  /** The words between the marks, without trailing commas and white space: `[start, end)`. */
  readonly start: number;
  readonly end: number;
  /** False when no closing mark was found. */
  readonly closed: boolean;
}

/** A quote longer than this many paragraphs is a run of stray marks, not a quotation. */
const MAX_PARAGRAPHS = 12;

type Role = 'open' | 'close' | 'either';

/** Every character a quote mark starts with. */
const MARK_CHARS = '"“”«»„‘’\'`';
/** A character that takes no place in the text: direction marks, zero-width spaces and joiners. */
const FORMAT_CHAR = /\p{Cf}/u;
/** The next quote mark or line end. */
const NEXT_MARK = /["“”«»„‘’'`\n]/gu;

interface Mark {
  readonly at: number;
  /** 1, or 2 for `''` and ``` `` ```. */
  readonly width: number;
  readonly role: Role;
  readonly single: boolean;
}

/** The quote mark at `at`, if any, with the role its neighbours give it. */
function markAt(text: string, at: number): Mark | undefined {
  const char = text[at] as string;
  if (!MARK_CHARS.includes(char)) return undefined;
  const pair = text.slice(at, at + 2);
  const width = pair === "''" || pair === '``' ? 2 : 1;
  const single = width === 1 && "‘’'".includes(char);
  if (width === 1 && !single && !'"“”«»„'.includes(char)) return undefined;
  // Invisible format characters (direction marks pasted from social media: "\u202A”Sorry …”") stand nowhere.
  let b = at - 1;
  while (b >= 0 && FORMAT_CHAR.test(text[b] as string)) b--;
  let a = at + width;
  while (a < text.length && FORMAT_CHAR.test(text[a] as string)) a++;
  const before = b < 0 ? ' ' : (text[b] as string);
  const after = a >= text.length ? ' ' : (text[a] as string);
  // An apostrophe: inside a word ("don’t"), or before a number ("’90s").
  if (single && (/[\p{L}\p{N}]/u.test(before) ? /[\p{L}\p{N}]/u.test(after) : /\p{N}/u.test(after))) return undefined;
  const spaceBefore = /[\s([{—–―-]/u.test(before);
  const spaceAfter = /[\s.,;:!?)\]}—–―-]/u.test(after);
  const fromContext: Role = spaceBefore && !spaceAfter ? 'open' : !spaceBefore && spaceAfter ? 'close' : 'either';
  if ('“«„‘'.includes(char) || pair === '``') return fromContext !== 'close' ? { at, width, single, role: 'open' } : single ? undefined : { at, width, single, role: 'either' };
  // Nothing stands before a paragraph's first mark for it to close: "” … he delivered" is an opener that
  // smart-quote software turned the wrong way because a space followed it.
  const startsParagraph = b < 0 || before === '\n';
  if ('”»’'.includes(char)) return fromContext === 'close' || (fromContext === 'either' && !startsParagraph) ? { at, width, single, role: 'close' } : single ? undefined : { at, width, single, role: 'either' };
  // A single mark that its neighbours do not tell open or close is an apostrophe ("CBS‘ show", "in ’t Veld").
  return single && fromContext === 'either' ? undefined : { at, width, single, role: fromContext };
}

/**
 * A quotation over paragraphs opens each one with the mark it opened with: single or double, and straight or
 * curly. A paragraph in curly marks after one in straight marks is a new quote, as when an article quotes
 * a passage in straight marks that itself quotes people in curly ones.
 */
function sameKind(mark: Mark, open: Mark, text: string): boolean {
  const straight = (m: Mark) => `"'\``.includes(text[m.at] as string);
  return mark.single === open.single && straight(mark) === straight(open);
}

export function findQuoteMarks(text: string): MarkedQuote[] {
  const quotes: MarkedQuote[] = [];
  const stack: Mark[] = [];
  let paragraphs = 0;
  // Single marks that opened and were never closed: apostrophes ("how ‘bout"), read past when the scan goes back.
  const apostrophes = new Set<number>();
  let i = 0;
  const finish = (close: number, closed: boolean, markWidth: number) => {
    const open = stack[0] as Mark;
    let start = open.at + open.width;
    let end = closed ? close - markWidth : close;
    while (start < end && /\s/u.test(text[start] as string)) start++;
    while (end > start && /[\s,]/u.test(text[end - 1] as string)) end--;
    if (end > start) quotes.push({ open: open.at, close, start, end, closed });
    stack.length = 0;
  };
  const cut = (at: number) => {
    const open = stack[0] as Mark;
    if (open.single) {
      // Not a quote: read again from just after it, without it.
      apostrophes.add(open.at);
      stack.length = 0;
      i = open.at;
      return;
    }
    let end = at;
    while (end > open.at && /\s/u.test(text[end - 1] as string)) end--;
    finish(end, false, 0);
  };
  const markOf = (at: number) => (apostrophes.has(at) ? undefined : markAt(text, at));
  for (; i <= text.length; i++) {
    // Only marks and line ends matter: go to the next one.
    NEXT_MARK.lastIndex = i;
    i = NEXT_MARK.exec(text)?.index ?? text.length;
    if (i === text.length) {
      if (stack.length > 0) cut(text.length);
      continue;
    }
    if (text[i] === '\n' && stack.length > 0) {
      // A paragraph ends inside a quote: it goes on only if the next paragraph opens with a mark.
      let next = i;
      while (next < text.length && /\s/u.test(text[next] as string)) next++;
      const mark = next < text.length ? markOf(next) : undefined;
      if (mark !== undefined && mark.role !== 'close' && sameKind(mark, stack[0] as Mark, text) && paragraphs < MAX_PARAGRAPHS) {
        stack.length = 1;
        paragraphs++;
        i = next + mark.width - 1;
        continue;
      }
      cut(i);
      continue;
    }
    // The value of a markup attribute (`<tweet id="672138" author="@AP">`) is no quotation: read past it.
    const attributeEnd = text[i - 1] === '=' ? text.indexOf(text[i] as string, i + 1) : -1;
    if (attributeEnd !== -1 && (text[i] === '"' || text[i] === "'") && !text.slice(i, attributeEnd).includes('\n')) {
      i = attributeEnd;
      continue;
    }
    const mark = markOf(i);
    if (mark === undefined) continue;
    i += mark.width - 1;
    // A double mark closes the innermost double one (a single one left open inside was an apostrophe); a
    // single mark closes only a single one on top (else it is an apostrophe: “... residents’ routines”).
    const opener = mark.single ? (stack.at(-1)?.single === true ? stack.length - 1 : -1) : stack.findLastIndex((open) => !open.single);
    if (mark.role === 'open' || (opener === -1 && mark.role === 'either')) {
      if (stack.length === 0) paragraphs = 0;
      stack.push(mark);
    } else if (opener === 0) {
      finish(mark.at + mark.width, true, mark.width);
    } else if (opener > 0) {
      stack.length = opener;
    }
  }
  return quotes;
}
