/**
 * Hard-wrapped text (wire archives, mail, plain-text exports) breaks its lines at a fixed width, so a line end
 * there is no paragraph end: read as one, it cuts quotes and names in two. Such a text is told by its lines:
 * none longer than a wrap width, full lines that end mid-sentence, and sentences that go on in lower case on
 * the next line. Its line ends inside a paragraph become spaces: one character for one, so offsets into the
 * input still hold.
 */

/** Widest wrap width: wire services and mail wrap at 64 to 80 characters. */
const MAX_WIDTH = 100;
/** Narrowest: below this, short lines are a list or verse, not wrapped prose. */
const MIN_WIDTH = 40;
/** A line at least this share of the longest one is full: the wrap width ended it, not its paragraph. */
const FULL_LINE = 0.7;
/** Fewest full lines that end mid-sentence with more on the next line for a text to be hard-wrapped. */
const MIN_MID_SENTENCE_WRAPS = 2;
/** Least share of lines whose sentence goes on in lower case on the next: a table's or a list's lines never do. */
const MIN_LOWER_CASE_SHARE = 0.2;

/** A line's end that closes a sentence: a stop, maybe inside a quote or a bracket. */
const SENTENCE_END = /[.!?:]["'”’)\]]*$/u;

/** The text with the line ends inside its paragraphs made spaces, and how many were; the text as it is when it is not hard-wrapped. */
export function unwrapHardLines(text: string): { readonly text: string; readonly wraps: number } {
  const lines = text.split('\n');
  // A reduce, not Math.max(...lines): a text of many thousand lines would overflow the call stack.
  const width = lines.reduce((widest, line) => Math.max(widest, line.trimEnd().length), 0);
  if (lines.length < MIN_MID_SENTENCE_WRAPS + 1 || width > MAX_WIDTH || width < MIN_WIDTH) return { text, wraps: 0 };
  // A blank or indented next line opens a paragraph; so does the line after a short one.
  const goesOn = lines.map((line, i) => line.trim() !== '' && /^\S/u.test(lines[i + 1] ?? ''));
  const wrapsAfter = lines.map((line, i) => goesOn[i] === true && line.trimEnd().length >= FULL_LINE * width);
  const wraps = wrapsAfter.filter(Boolean).length;
  const midSentence = wrapsAfter.filter((wrapped, i) => wrapped && !SENTENCE_END.test((lines[i] as string).trimEnd())).length;
  const lowerCase = goesOn.filter((on, i) => on && /^\p{Ll}/u.test(lines[i + 1] as string)).length;
  if (midSentence < MIN_MID_SENTENCE_WRAPS || lowerCase < MIN_LOWER_CASE_SHARE * goesOn.filter(Boolean).length) return { text, wraps: 0 };
  return { text: lines.map((line, i) => line + (i === lines.length - 1 ? '' : wrapsAfter[i] ? ' ' : '\n')).join(''), wraps };
}
