/**
 * Quotations marked in a field. Marks are straight (`"`, or `''` as some papers print it) or curly (“ ” « »),
 * and papers mix them, so a mark's role comes from what stands around it: a mark after a space that a word
 * follows opens, a mark after a word closes. Quotes nest (“... ‘...’ ...” or "... “...” ..."); only the
 * outermost ones are returned. A quote may run over paragraphs when each new paragraph opens with a mark and
 * the last one closes it; a quote left open at the end of a paragraph that the next one does not continue is
 * closed there, so that a stray mark never swallows the rest of the article.
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

interface Mark {
  readonly at: number;
  /** 1, or 2 for `''` and ``` `` ```. */
  readonly width: number;
  readonly role: Role;
}

/** The quote mark at `at`, if any, with the role its neighbours give it. */
function markAt(text: string, at: number): Mark | undefined {
  const char = text[at] as string;
  const pair = text.slice(at, at + 2);
  const width = pair === "''" || pair === '``' ? 2 : 1;
  if (width === 1 && !'"“”«»„'.includes(char)) return undefined;
  const before = at === 0 ? ' ' : (text[at - 1] as string);
  const after = at + width >= text.length ? ' ' : (text[at + width] as string);
  const spaceBefore = /[\s([{—–―-]/u.test(before);
  const spaceAfter = /[\s.,;:!?)\]}—–―-]/u.test(after);
  const fromContext: Role = spaceBefore && !spaceAfter ? 'open' : !spaceBefore && spaceAfter ? 'close' : 'either';
  if ('“«„'.includes(char) || pair === '``') return { at, width, role: fromContext === 'close' ? 'either' : 'open' };
  if ('”»'.includes(char)) return { at, width, role: fromContext === 'open' ? 'either' : 'close' };
  return { at, width, role: fromContext };
}

export function findQuoteMarks(text: string): MarkedQuote[] {
  const quotes: MarkedQuote[] = [];
  const stack: Mark[] = [];
  let paragraphs = 0;
  const finish = (close: number, closed: boolean, markWidth: number) => {
    const open = stack[0] as Mark;
    let start = open.at + open.width;
    let end = closed ? close - markWidth : close;
    while (start < end && /\s/u.test(text[start] as string)) start++;
    while (end > start && /[\s,]/u.test(text[end - 1] as string)) end--;
    if (end > start) quotes.push({ open: open.at, close, start, end, closed });
    stack.length = 0;
  };
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' && stack.length > 0) {
      // A paragraph ends inside a quote: it goes on only if the next paragraph opens with a mark.
      let next = i;
      while (next < text.length && /\s/u.test(text[next] as string)) next++;
      const mark = next < text.length ? markAt(text, next) : undefined;
      if (mark !== undefined && mark.role !== 'close' && paragraphs < MAX_PARAGRAPHS) {
        stack.length = 1;
        paragraphs++;
        i = next + mark.width - 1;
        continue;
      }
      let end = i;
      while (end > (stack[0] as Mark).at && /\s/u.test(text[end - 1] as string)) end--;
      finish(end, false, 0);
      continue;
    }
    const mark = markAt(text, i);
    if (mark === undefined) continue;
    i += mark.width - 1;
    if (stack.length === 0) {
      if (mark.role !== 'close') {
        stack.push(mark);
        paragraphs = 0;
      }
    } else if (mark.role === 'open') {
      stack.push(mark);
    } else if (stack.length === 1) {
      finish(mark.at + mark.width, true, mark.width);
    } else {
      stack.pop();
    }
  }
  if (stack.length > 0) {
    let end = text.length;
    while (end > (stack[0] as Mark).at && /\s/u.test(text[end - 1] as string)) end--;
    finish(end, false, 0);
  }
  return quotes;
}
