import { type Lexicon, nameKey } from '../../language/lexicon/index.js';
import { tokenAt } from '../../core/token-at.js';
import type { Mention, Tokens } from '../../core/types.js';

/** Longest run of words between two people that can state that they met. */
const MAX_GAP_TOKENS = 10;
/** How far after a pair ("X and Y ...") the meeting verb may come. */
const MAX_VERB_DISTANCE = 6;
const PUNCTUATION_BREAK = new Set(['.', ';', ':', '!', '?']);
/** Words that name who was met after a verb or a noun of meeting: "met with Y", "talked to Y". */
const WITH = new Set(['with', 'to']);
/** Words that join who was met after "with": "with McConnell and Sen. Grassley", "the chairman of the party, X". */
const WITH_TAIL = new Set([',', 'and', 'of']);
/** Verbs that carry a meeting noun: "held talks with Y", "had a meeting with Y". */
const LIGHT_VERBS = new Set(['held', 'hold', 'holds', 'holding', 'had', 'have', 'has', 'having']);
/** Tags that may stand between a subject and its verb ("has already met", "will meet"). */
const BEFORE_VERB_TAGS = new Set(['AUX', 'ADV', 'PART']);
/** Tags of the words between the two names of "X and Y met": titles ("Wang Yi and Russian Deputy Foreign Minister Andrei Rudenko"). */
const PAIR_TAGS = new Set(['ADJ', 'NOUN', 'PROPN']);
/** Tags that may stand between a verb and who it met: a title, a place's adjective, a time ("met in 2007 with"). */
const BEFORE_OBJECT_TAGS = new Set(['ADV', 'DET', 'ADJ', 'NOUN', 'PROPN']);

/** Two people of one sentence who met, and the offset where the meeting is stated. */
export interface Meeting {
  readonly first: Mention;
  readonly second: Mention;
  readonly at: number;
}

/**
 * People who met, held talks or discussed something, by their place in a sentence:
 *   X met (with) Y · X held talks with Y · X and Y discussed / met / held talks · talks between X and Y
 * The first name is the verb's subject (only auxiliaries and adverbs between, or "held talks"), the second
 * what the verb takes ("met Y", "talked with Y", not "talked about Y" or "received 37 percent, Y"); "X and Y
 * met" only for verbs that say they met each other, not "visited Wilmington" or "met with Z". A name that
 * modifies a noun ("the Clinton campaign", "Trump's wall") is no one met.
 */
export function meetings(tokens: Tokens, people: readonly Mention[], lexicon: Lexicon): Meeting[] {
  if (people.length < 2) return [];
  const count = tokens.starts.length;
  const words = tokens.words.map((word) => word.toLowerCase());
  const word = (t: number) => words[t] ?? '';
  const verbAt = (t: number) => lexicon.relations.meetingVerbs.get(word(t));
  const isMeetingNoun = (t: number) => lexicon.relations.meetingNouns.has(nameKey(word(t)));
  const isMeetingWord = (t: number) => verbAt(t) !== undefined || isMeetingNoun(t);
  const found: Meeting[] = [];
  const push = (first: Mention, second: Mention, t: number) => found.push({ first, second, at: tokens.starts[t] as number });
  // In text order, each person is paired only with the ones that follow within MAX_GAP_TOKENS: a roster of
  // thousands of names costs what a paragraph does, not the square of its names.
  const sorted = [...people].sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i] as Mention;
    const from = tokenAt(tokens.ends, first.end);
    if (modifiesNoun(from)) continue;
    for (let j = i + 1; j < sorted.length; j++) {
      const second = sorted[j] as Mention;
      const to = tokenAt(tokens.ends, second.start);
      if (to - from > MAX_GAP_TOKENS) break;
      if (first.entityId === second.entityId || tokens.sentence[from] !== tokens.sentence[to]) continue;
      const gap = Array.from({ length: to - from }, (_, k) => from + k);
      if (gap.some((t) => PUNCTUATION_BREAK.has(word(t)))) continue;
      const otherVerb = gap.some((t) => tokens.pos[t] === 'VERB' && !isMeetingWord(t) && !LIGHT_VERBS.has(word(t)));
      if (otherVerb) continue;
      const meeting = gap.find(isMeetingWord);
      if (meeting === undefined && !gap.some((t) => word(t) === 'and')) continue;
      const after = tokenAt(tokens.ends, second.end);
      if (modifiesNoun(after)) continue;
      if (meeting !== undefined) {
        if (subjectOf(from, meeting) && takes(meeting, to)) push(first, second, meeting);
        continue;
      }
      // "talks between X and Y", "X and Y discussed ..." (but not "calls with both X and Y to discuss").
      const before = tokenAt(tokens.ends, first.start) - 1;
      if (before >= 1 && word(before) === 'between' && isMeetingNoun(before - 1)) push(first, second, before - 1);
      else if (!isObject(before) && gap.every((t) => word(t) === 'and' || PAIR_TAGS.has(tokens.pos[t] as string))) {
        const together = togetherAfter(after);
        if (together !== undefined) push(first, second, together);
      }
    }
  }
  return found;

  /**
   * True when the name that ends before token t modifies a noun after it: "Trump's wall", "the Clinton
   * campaign"; not a time ("met Xi Jinping yesterday").
   */
  function modifiesNoun(t: number): boolean {
    if (t >= count) return false;
    const lowerCase = !/\p{Lu}/u.test(tokens.words[t] ?? '');
    const noun = tokens.pos[t] === 'NOUN' && lowerCase && !lexicon.cues.times.has(word(t)) && !isMeetingWord(t);
    return ["'s", '’s'].includes(word(t)) || noun;
  }

  /** True when the pair after token t is a preposition's object ("with both X and Y"), not a subject. */
  function isObject(t: number): boolean {
    const head = word(t) === 'both' ? t - 1 : t;
    return head >= 0 && tokens.pos[head] === 'ADP';
  }

  /** True when the name ending before token `from` is the subject of the meeting word at `meeting`. */
  function subjectOf(from: number, meeting: number): boolean {
    let light = false;
    let start = from;
    // "Bob Corker, a Tennessee Republican who has met privately with Mr. Trump": past an appositive to "who".
    if (word(start) === ',') {
      let who = start + 1;
      while (who < meeting && (PAIR_TAGS.has(tokens.pos[who] as string) || tokens.pos[who] === 'DET')) who++;
      if (word(who) === 'who') start = who + 1;
    }
    // "Crapo and Risch have already met with McConnell": both met him.
    if (word(start) === 'and') {
      start++;
      while (start < meeting && PAIR_TAGS.has(tokens.pos[start] as string)) start++;
    }
    for (let t = start; t < meeting; t++) {
      if (LIGHT_VERBS.has(word(t))) light = true;
      else if (BEFORE_VERB_TAGS.has(tokens.pos[t] as string)) continue;
      // "held talks", "had a private meeting", "had a talk": the noun's determiner and adjectives.
      else if (!light || !['DET', 'ADJ'].includes(tokens.pos[t] as string)) return false;
    }
    return true;
  }

  /** True when the meeting word at `meeting` takes the name that starts at token `to`: "met Y", "met with Y", "talks with Y". */
  function takes(meeting: number, to: number): boolean {
    const between = Array.from({ length: to - meeting - 1 }, (_, k) => meeting + 1 + k);
    const lastWith = between.findLast((t) => WITH.has(word(t)));
    // After "with", only titles, other names met and descriptions ("with McConnell and Sen. Chuck Grassley",
    // "with the chairman of the party, Vladimir Zhirinovsky"): not "negotiates with Russia over Syria, Schiff said".
    if (lastWith !== undefined) return between.filter((t) => t > lastWith).every((t) => WITH_TAIL.has(word(t)) || titleWord(t));
    // Without "with", only a verb that takes who it met as its object, and only a title or an adverb between:
    // not "received 37 percent, Clinton", "will meet next week, Spicer said".
    return verbAt(meeting)?.object === 'direct' && between.every(titleWord);
  }

  /** A word that may stand before a name it describes: a title, an adjective, a determiner, an adverb. */
  function titleWord(t: number): boolean {
    return BEFORE_OBJECT_TAGS.has(tokens.pos[t] as string);
  }

  /** The verb after "X and Y" that says they met each other ("met", "discussed", not "visited", "met with Z"), if one. */
  function togetherAfter(after: number): number | undefined {
    for (let t = after; t < Math.min(count, after + MAX_VERB_DISTANCE) && tokens.sentence[t] === tokens.sentence[after]; t++) {
      const verb = verbAt(t);
      if (verb !== undefined) return verb.together && !WITH.has(word(t + 1)) ? t : undefined;
      if (tokens.pos[t] === 'VERB' || PUNCTUATION_BREAK.has(word(t))) return undefined;
    }
    return undefined;
  }
}
