import { type Lexicon, MAX_PHRASE_TOKENS, nameKey } from '../../lexicon/index.js';
import type { Tokens } from '../../types.js';
import type { FoundSpan } from './spans.js';

/**
 * Names in a headline. Headlines are in title case, where capitals tell nothing, so the tagger is not asked:
 * a headline names what the caption and body name (matched by name key, longest first) and countries.
 */
export function titleSpans(title: string, tokens: Tokens, known: readonly FoundSpan[], texts: { caption: string; text: string }, lexicon: Lexicon): FoundSpan[] {
  const byKey = new Map<string, FoundSpan>();
  for (const span of known) byKey.set(nameKey(texts[span.field as 'caption' | 'text'].slice(span.start, span.end)), span);
  const spans: FoundSpan[] = [];
  const count = tokens.starts.length;
  for (let i = 0; i < count; ) {
    let matched = 0;
    for (let j = Math.min(count, i + MAX_PHRASE_TOKENS); j > i && matched === 0; j--) {
      const key = nameKey(title.slice(tokens.starts[i], tokens.ends[j - 1]));
      const seen = byKey.get(key);
      const country = lexicon.places.countryByName.get(key);
      const start = tokens.starts[i] as number;
      const end = tokens.ends[j - 1] as number;
      if (seen !== undefined) spans.push({ ...seen, field: 'title', start, end });
      else if (country !== undefined) spans.push({ field: 'title', start, end, type: 'PLACE', form: 'name' });
      else continue;
      matched = j - i;
    }
    i += Math.max(1, matched);
  }
  return spans;
}
