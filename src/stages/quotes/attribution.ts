import type { Cue, Lexicon } from '../../lexicon/index.js';
import type { MarkedQuote } from './marks.js';
import { isBetweenSubjectAndVerb, phraseStartingAt, subjectBefore, type TokenRun } from './phrases.js';
import { type Speaker, speakerOf } from './speakers.js';
import type { FieldView } from './view.js';

/** Who a quotation is attributed to, with the cue as written and the outlet it came through. */
export interface Attribution {
  readonly speaker: Speaker;
  readonly cue: string;
  readonly via?: Speaker;
}

const SENTENCE_END = new Set(['.', '!', '?']);
/** How many words may stand between a cue and the quote it introduces ("said in a statement on Monday:"). */
const MAX_CUE_DISTANCE = 8;

/** A reader of one field's tokens for attribution: the view, the lexicon, and the cue at a token. */
export class Attributor {
  private readonly pronouns: ReadonlySet<string>;

  constructor(
    readonly view: FieldView,
    readonly lexicon: Lexicon,
  ) {
    this.pronouns = new Set(lexicon.cues.pronouns.keys());
  }

  /** The cue verb at token t: a speech verb used as a verb ("the United States" holds no cue), outside quotes. */
  cueAt(t: number): Cue | undefined {
    if (this.view.insideQuote[t] !== -1 || this.view.pos(t) !== 'VERB') return undefined;
    return this.lexicon.cues.verbs.get(this.view.words[t] as string);
  }

  /** True at an outlet's verb that passes on someone's words: "cited Rudenko as saying". */
  isOutletForm(verb: number, limit: number): boolean {
    return this.outletForm(verb, limit) !== undefined;
  }

  /** True for a cue written as a participle after a comma: ", adding that ...", ", saying ...". */
  isParticipial(t: number): boolean {
    return (this.view.words[t] as string).endsWith('ing') && this.view.words[t - 1] === ',';
  }

  subject(verb: number, min: number): TokenRun | undefined {
    return subjectBefore(this.view, verb, min, this.pronouns);
  }

  phraseAt(first: number, max: number): TokenRun | undefined {
    return phraseStartingAt(this.view, first, max, this.pronouns);
  }

  speaker(run: TokenRun): Speaker {
    return speakerOf(this.view, run, this.lexicon);
  }

  /** "according to X" at token t: the phrase X, or undefined. */
  accordingTo(t: number, max: number): TokenRun | undefined {
    for (const phrase of this.lexicon.cues.phrases) {
      const words = phrase.split(' ');
      if (words.every((word, i) => this.view.words[t + i] === word)) return this.phraseAt(t + words.length, max);
    }
    return undefined;
  }

  /** Index of the first token of the paragraph that holds token t. */
  paragraphStart(t: number): number {
    const paragraph = this.view.paragraph(this.view.start(t));
    let first = t;
    while (first > 0 && this.view.paragraph(this.view.start(first - 1)) === paragraph) first--;
    return first;
  }

  /** The subject of the sentence's main speech verb before token t: who "adding that" goes back to. */
  mainSubject(t: number, min: number): TokenRun | undefined {
    for (let c = t - 1; c >= min; c--) {
      if (this.view.sentence(c) !== this.view.sentence(t)) break;
      if (this.cueAt(c) !== undefined && !this.isParticipial(c)) return this.subject(c, min);
    }
    return undefined;
  }

  /**
   * The attribution written after a quote, up to the end of its sentence: `"...," said X`, `"...," X said`,
   * `"...," OUTLET cited X as saying`, `"...," according to X`.
   */
  after(quote: MarkedQuote): Attribution | undefined {
    const { view } = this;
    let t = view.firstTokenAt(quote.close);
    const paragraph = view.paragraph(quote.close - 1);
    let limit = t;
    while (limit < view.count && view.insideQuote[limit] === -1 && !SENTENCE_END.has(view.words[limit] as string) && view.paragraph(view.start(limit)) === paragraph) limit++;
    while (t < limit && !view.isWord(t)) t++;
    const according = this.accordingTo(t, limit);
    if (according !== undefined) return { speaker: this.speaker(according), cue: 'according to' };
    let verb = t;
    while (verb < limit && isBetweenSubjectAndVerb(view.words[verb] as string)) verb++;
    const inverted = this.cueAt(verb);
    if (inverted !== undefined) {
      const run = this.phraseAt(verb + 1, limit);
      if (run !== undefined) return { speaker: this.speaker(run), cue: view.words[verb] as string };
    }
    const subject = this.phraseAt(t, limit);
    if (subject === undefined) return undefined;
    verb = subject.last + 1;
    while (verb < limit && isBetweenSubjectAndVerb(view.words[verb] as string)) verb++;
    if (verb >= limit) return undefined;
    const outlet = this.outletForm(verb, limit);
    if (outlet !== undefined) return { speaker: this.speaker(outlet.speaker), cue: outlet.cue, via: this.speaker(subject) };
    return this.cueAt(verb) === undefined ? undefined : { speaker: this.speaker(subject), cue: view.words[verb] as string };
  }

  /** OUTLET VERB SPEAKER as CUE-ing ("cited Rudenko as saying"), from the outlet's verb at `verb`. */
  private outletForm(verb: number, limit: number): { speaker: TokenRun; cue: string } | undefined {
    const { view } = this;
    if (!this.lexicon.cues.outletVerbs.has(view.words[verb] as string)) return undefined;
    const speaker = this.phraseAt(verb + 1, limit);
    if (speaker === undefined || view.words[speaker.last + 1] !== 'as' || this.cueAt(speaker.last + 2) === undefined) return undefined;
    return { speaker, cue: `${view.words[verb]} as ${view.words[speaker.last + 2]}` };
  }

  /**
   * The attribution written before a quote: `X said: "..."`, `X told reporters that "..."`, `..., adding
   * that "..."` (who adds is the subject of the sentence's main speech verb). A quote that opens a
   * paragraph may be introduced by the end of the paragraph before (`Caddell continued:`).
   */
  before(quote: MarkedQuote): Attribution | undefined {
    const { view } = this;
    const open = view.firstTokenAt(quote.open);
    let min = this.paragraphStart(open);
    let b = open - 1;
    if (b < min && min > 0 && view.words[min - 1] === ':') {
      b = min - 1;
      min = this.paragraphStart(min - 1);
    }
    while (b >= min && [':', ',', 'that', '—', '–', '-'].includes(view.words[b] as string)) b--;
    for (let c = b; c >= Math.max(min, b - MAX_CUE_DISTANCE); c--) {
      if (view.insideQuote[c] !== -1) break;
      const cue = this.cueAt(c);
      if (cue === undefined) {
        if (['VERB', 'AUX'].includes(view.pos(c)) || SENTENCE_END.has(view.words[c] as string)) break;
        continue;
      }
      const run = this.isParticipial(c) ? this.mainSubject(c, min) : (this.subject(c, min) ?? this.phraseAt(c + 1, b + 1));
      return run === undefined ? undefined : { speaker: this.speaker(run), cue: view.words[c] as string };
    }
    return undefined;
  }

  /** For a partial quote: the speech verb of its sentence and its subject, before or after the quote. */
  inSentence(quote: MarkedQuote): Attribution | undefined {
    const { view } = this;
    const open = view.firstTokenAt(quote.open);
    const min = this.paragraphStart(open);
    for (let c = open - 1; c >= min && view.sentence(c) === view.sentence(open); c--) {
      if (this.cueAt(c) === undefined || this.cueAt(c)?.frame === 'quote') continue;
      const run = this.isParticipial(c) ? this.mainSubject(c, min) : this.subject(c, min);
      if (run !== undefined) return { speaker: this.speaker(run), cue: view.words[c] as string };
    }
    return this.after(quote);
  }
}
