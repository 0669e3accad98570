/**
 * Finds the photo credit written at the end of a caption: `(Sputnik/Alexander Kazakov/Pool via Reuters)`,
 * `... program - AFP`, `... in Tehran. Office/ZUMA Press Wire/dpa`. Returns the credit's offsets in the caption,
 * or undefined when the caption ends in ordinary prose.
 */
export interface CreditSpan {
  readonly start: number;
  readonly end: number;
}

/** A credit is short: a few names joined by slashes or `via`. */
const MAX_CREDIT_WORDS = 10;

const PARENTHESISED = /\(([^()]{2,160})\)\s*$/u;
const AFTER_DASH = /\s[-–—]\s+([^-–—.!?]{2,80}?)\s*$/u;
const AFTER_SENTENCE = /(?:^|[.!?)]\s+)([^.!?]*\/[^.!?]*?)\s*$/u;
const LABELLED = /\b(?:photo|photograph|picture|image|credit)s?(?:\s+by|\s*:)\s*([^()]+?)\s*\)?\s*$/iu;

export function findCredit(caption: string): CreditSpan | undefined {
  const labelled = LABELLED.exec(caption);
  if (labelled?.[1]) return span(caption, labelled.index + labelled[0].indexOf(labelled[1]), labelled[1]);
  const parenthesised = PARENTHESISED.exec(caption);
  if (parenthesised?.[1] && looksLikeCredit(parenthesised[1])) return span(caption, parenthesised.index + 1, parenthesised[1]);
  const afterDash = AFTER_DASH.exec(caption);
  if (afterDash?.[1] && looksLikeCredit(afterDash[1])) return span(caption, afterDash.index + afterDash[0].indexOf(afterDash[1]), afterDash[1]);
  const afterSentence = AFTER_SENTENCE.exec(caption);
  if (afterSentence?.[1] && looksLikeCredit(afterSentence[1])) {
    return span(caption, afterSentence.index + afterSentence[0].lastIndexOf(afterSentence[1]), afterSentence[1]);
  }
  return undefined;
}

/** The credits of a caption of one or more lines, as offsets into the whole caption. */
export function findCredits(caption: string): CreditSpan[] {
  const credits: CreditSpan[] = [];
  let offset = 0;
  for (const line of caption.split('\n')) {
    const credit = findCredit(line);
    if (credit !== undefined) credits.push({ start: offset + credit.start, end: offset + credit.end });
    offset += line.length + 1;
  }
  return credits;
}

function span(caption: string, start: number, credit: string): CreditSpan {
  const trimmed = credit.trim();
  const from = caption.indexOf(trimmed, start);
  return { start: from, end: from + trimmed.length };
}

/** Credits are a few capitalised names (agencies may be lower case, `dpa`), often joined by `/` or `via`. */
function looksLikeCredit(candidate: string): boolean {
  const words = candidate.trim().split(/[\s/]+/u).filter(Boolean);
  if (words.length === 0 || words.length > MAX_CREDIT_WORDS) return false;
  if (candidate.includes('/') || /\bvia\b/u.test(candidate)) return true;
  return words.every((word) => /^\p{Lu}/u.test(word));
}
