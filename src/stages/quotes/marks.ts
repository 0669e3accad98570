/**
 * Quotations marked in a field: pairs of quote marks, straight or curly. A quote may run over paragraphs
 * when each new paragraph opens with a quote mark and the last one closes it; a quote left open at the end
 * of a paragraph that the next paragraph does not continue is closed there, so that a stray mark never
 * swallows the rest of the article.
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

const OPENING = new Set(['“', '«', '„']);
const CLOSING = new Set(['”', '»']);
const STRAIGHT = '"';
/** A quote longer than this many paragraphs is a run of stray marks, not a quotation. */
const MAX_PARAGRAPHS = 12;

type Role = 'open' | 'close' | 'either';

function roleOf(text: string, at: number): Role | undefined {
  const char = text[at] as string;
  if (OPENING.has(char)) return 'open';
  if (CLOSING.has(char)) return 'close';
  if (char !== STRAIGHT) return undefined;
  const before = at === 0 ? ' ' : (text[at - 1] as string);
  const after = at + 1 >= text.length ? ' ' : (text[at + 1] as string);
  const spaceBefore = /[\s([{—–-]/u.test(before);
  const spaceAfter = /[\s.,;:!?)\]}—–-]/u.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return 'either';
}

export function findQuoteMarks(text: string): MarkedQuote[] {
  const quotes: MarkedQuote[] = [];
  let open = -1;
  let paragraphs = 0;
  const finish = (close: number, closed: boolean) => {
    let end = closed ? close - 1 : close;
    let start = open + 1;
    while (start < end && /\s/u.test(text[start] as string)) start++;
    while (end > start && /[\s,]/u.test(text[end - 1] as string)) end--;
    if (end > start) quotes.push({ open, close, start, end, closed });
    open = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '\n' && open !== -1) {
      // A paragraph ends inside a quote: it goes on only if the next paragraph opens with a mark.
      let next = i;
      while (next < text.length && /\s/u.test(text[next] as string)) next++;
      const continues = next < text.length && roleOf(text, next) !== 'close' && roleOf(text, next) !== undefined && paragraphs < MAX_PARAGRAPHS;
      if (continues) {
        paragraphs++;
        i = next;
        continue;
      }
      let end = i;
      while (end > open && /\s/u.test(text[end - 1] as string)) end--;
      finish(end, false);
      continue;
    }
    const role = roleOf(text, i);
    if (role === undefined) continue;
    if (open === -1) {
      if (role !== 'close') {
        open = i;
        paragraphs = 0;
      }
    } else if (role === 'close' || role === 'either') {
      finish(i + 1, true);
    } else {
      // A second opening mark: the first one was stray.
      open = i;
      paragraphs = 0;
    }
  }
  if (open !== -1) {
    let end = text.length;
    while (end > open && /\s/u.test(text[end - 1] as string)) end--;
    finish(end, false);
  }
  return quotes;
}
