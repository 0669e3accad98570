import { type Lexicon, nameKey } from '../../language/lexicon/index.js';
import { tokenAt } from '../../core/token-at.js';
import type { Mention, Tokens } from '../../core/types.js';

/** Longest run of words between two people that can state that they met. */
const MAX_GAP_TOKENS = 10;
/** How far after a pair ("X and Y ...") the meeting verb may come. */
const MAX_VERB_DISTANCE = 6;
const PUNCTUATION_BREAK = new Set(['.', ';', ':', '!', '?']);

/** Two people of one sentence who met, and the offset where the meeting is stated. */
export interface Meeting {
  readonly first: Mention;
  readonly second: Mention;
  readonly at: number;
}

/**
 * People who met, held talks or discussed something, by their place in a sentence:
 *   X met (with) Y · X held talks with Y · X and Y discussed / met / held talks · talks between X and Y
 * Between the two names only titles, demonyms, possessives and the meeting words may stand, and no other verb.
 */
export function meetings(text: string, tokens: Tokens, people: readonly Mention[], lexicon: Lexicon): Meeting[] {
  const words = Array.from({ length: tokens.starts.length }, (_, t) => text.slice(tokens.starts[t], tokens.ends[t]).toLowerCase());
  const isMeetingWord = (t: number) => lexicon.relations.meetingVerbs.has(words[t] as string) || lexicon.relations.meetingNouns.has(nameKey(words[t] as string));
  const found: Meeting[] = [];
  // In text order, each person is paired only with the ones that follow within MAX_GAP_TOKENS: a roster of
  // thousands of names costs what a paragraph does, not the square of its names.
  const sorted = [...people].sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i] as Mention;
    const from = tokenAt(tokens.ends, first.end);
    for (let j = i + 1; j < sorted.length; j++) {
      const second = sorted[j] as Mention;
      const to = tokenAt(tokens.ends, second.start);
      if (to - from > MAX_GAP_TOKENS) break;
      if (first.entityId === second.entityId || tokens.sentence[from] !== tokens.sentence[to]) continue;
      const gap = Array.from({ length: to - from }, (_, k) => from + k);
      if (gap.some((t) => PUNCTUATION_BREAK.has(words[t] as string))) continue;
      const meetingInGap = gap.find(isMeetingWord);
      const otherVerb = gap.some((t) => tokens.pos[t] === 'VERB' && !isMeetingWord(t) && !['held', 'hold', 'holds', 'holding'].includes(words[t] as string));
      if (otherVerb) continue;
      if (meetingInGap !== undefined) {
        found.push({ first, second, at: tokens.starts[meetingInGap] as number });
        continue;
      }
      // "X and Y discussed ...", "talks between X and Y"
      if (!gap.some((t) => words[t] === 'and')) continue;
      const before = tokenAt(tokens.ends, first.start) - 1;
      if (before >= 0 && words[before] === 'between' && before - 1 >= 0 && isMeetingWord(before - 1)) {
        found.push({ first, second, at: tokens.starts[before - 1] as number });
        continue;
      }
      const after = tokenAt(tokens.ends, second.end);
      for (let t = after; t < Math.min(tokens.starts.length, after + MAX_VERB_DISTANCE) && tokens.sentence[t] === tokens.sentence[after]; t++) {
        if (isMeetingWord(t)) {
          found.push({ first, second, at: tokens.starts[t] as number });
          break;
        }
        if (tokens.pos[t] === 'VERB' || PUNCTUATION_BREAK.has(words[t] as string)) break;
      }
    }
  }
  return found;
}
