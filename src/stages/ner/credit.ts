import { type Lexicon, nameKey } from '../../language/lexicon/index.js';
import type { FoundSpan } from './spans.js';

/** Names in a credit are separated by slashes, `via`, `and`, commas or semicolons. */
const SEPARATOR = /\s*(?:\/|;|,|\bvia\b|\band\b|&)\s*/gu;
/** Words that end an organization's name in credits (`ZUMA Press Wire`, `Getty Images`). */
const ORGANIZATION_END = /\b(?:Press|Wire|Images|News|Agency|Photo|Photos|Pictures|TV|Service)$/u;

/**
 * Names inside a photo credit (`Sputnik/Alexander Kazakov/Pool via Reuters`): agencies and wire services are
 * organizations; a name of two or three capitalised words starting with a known first name is a photographer;
 * credit words (`Pool`, `File`, `Office`) and anything else are left alone, as nothing tells what they are.
 */
export function creditSpans(caption: string, creditStart: number, creditEnd: number, lexicon: Lexicon): FoundSpan[] {
  const credit = caption.slice(creditStart, creditEnd);
  const spans: FoundSpan[] = [];
  let from = 0;
  for (const separator of [...credit.matchAll(SEPARATOR), { index: credit.length, 0: '' }]) {
    const part = credit.slice(from, separator.index);
    const lead = part.length - part.trimStart().length;
    const name = part.trim();
    const start = creditStart + from + lead;
    from = (separator.index ?? credit.length) + separator[0].length;
    const type = creditType(name, lexicon);
    if (type !== undefined) spans.push({ field: 'caption', start, end: start + name.length, type, form: 'credit' });
  }
  return spans;
}

function creditType(name: string, lexicon: Lexicon): FoundSpan['type'] | undefined {
  const key = nameKey(name);
  if (key === '' || lexicon.creditWords.has(key)) return undefined;
  if (lexicon.phrases.is(key, 'agency') || lexicon.phrases.is(key, 'organization') || ORGANIZATION_END.test(name)) return 'ORGANIZATION';
  const words = name.split(/\s+/u);
  const first = nameKey(words[0] ?? '');
  if (words.length >= 2 && words.length <= 3 && words.every((word) => /^\p{Lu}/u.test(word)) && lexicon.phrases.is(first, 'first')) return 'PERSON';
  return undefined;
}
