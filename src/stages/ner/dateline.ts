import { isPlaceName, type Lexicon, nameKey } from '../../language/lexicon/index.js';
import type { Field } from '../../core/types.js';
import type { FoundSpan } from './spans.js';

/**
 * A wire story's dateline: the city it was filed from, its state or country, a date and the agency, before a
 * dash ("DES MOINES, Iowa (AP) —", "NEW YORK, Dec. 11 (UPI) —", "Cleveland (AFP) –"). The city is written in
 * capitals, or else an agency in brackets follows it: a line that opens with a name and a dash is no dateline
 * otherwise ("Mehmet Oz — …"); and the gazetteer knows it as a place ("SOCCER - JAPAN WIN" is a headline).
 */
const DATELINE = /^(?<city>\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?(?:, \p{Lu}\p{Ll}{2,4}\.? \d{1,2})?(?<agency> \(\p{L}[\p{L} .&-]*\))? ?(?:—|–|―|--?) /u;

/** Lines a dateline may open: a subtitle or two may stand before it. */
const DATELINE_LINES = 3;

/** The dateline's city as a place, where one of the field's first lines opens with a dateline. */
export function datelineSpans(field: Field, text: string, lexicon: Lexicon): FoundSpan[] {
  let start = 0;
  for (let line = 0; line < DATELINE_LINES && start < text.length; line++) {
    while (start < text.length && /\s/u.test(text.charAt(start))) start++;
    const match = DATELINE.exec(text.slice(start, start + 200));
    const city = match?.groups?.['city'];
    const written = city !== undefined && (!/\p{Ll}/u.test(city) || match?.groups?.['agency'] !== undefined);
    if (written && isPlaceName(lexicon, nameKey(city))) return [{ field, start, end: start + city.length, type: 'PLACE', form: 'name' }];
    const next = text.indexOf('\n', start);
    if (next === -1) break;
    start = next;
  }
  return [];
}
