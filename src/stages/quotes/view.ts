import { tokenAt } from '../../core/token-at.js';
import type { Field, Mention, Tokens } from '../../core/types.js';
import type { MarkedQuote } from './marks.js';

/**
 * True for a mention that stands for its entity as a speaker or an antecedent does: a name, or a description
 * that names one institution ("Chinese foreign ministry"); not a demonym ("Chinese") or a photo credit.
 */
export function standsForEntity(mention: Mention): boolean {
  return mention.form === 'name' || mention.form === 'description';
}

/** Dashes as tokens: they end a dateline and set off asides. */
export const DASHES: ReadonlySet<string> = new Set(['—', '–', '―', '--', '-']);
/** The possessive marks: "Trump's", "the Clintons'". */
export const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);
/** The possessive "'s" of "Trump's claim", not the bare mark of a plural. */
export const POSSESSIVE_S: ReadonlySet<string> = new Set(["'s", '’s']);
/** Conjunctions that may open a sentence before its subject: "But they emphasized", "And he even inserted". */
export const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'yet']);
/** The most tokens a dateline takes after its place ("COLUMBIA, S.C., Jan. 5 (AP) —"). */
const DATELINE_TOKENS = 13;
/** The lines a dateline may open: a byline may stand before it. */
const DATELINE_LINES = 3;
/** The date of a wire story's dateline: "LONDON 1996-08-22". */
const WIRE_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** One field as the quote finders read it: text, tokens, mentions and quote marks, with lookups by offset. */
export class FieldView {
  /** Lower-case text of every token. */
  readonly words: readonly string[];
  /** Index of the quote (in `quotes`) each token lies inside, or -1. */
  readonly insideQuote: Int32Array;
  /**
   * The first token after a dateline that opens the field ("WASHINGTON (AP) — Hillary Clinton said"), else 0:
   * where the first sentence's subject may start.
   */
  readonly bodyStart: number;
  private readonly lineStarts: number[];

  constructor(
    readonly field: Field,
    readonly text: string,
    readonly tokens: Tokens,
    readonly mentions: readonly Mention[],
    readonly quotes: readonly MarkedQuote[],
  ) {
    this.words = tokens.words.map((word) => word.toLowerCase());
    this.insideQuote = new Int32Array(tokens.starts.length).fill(-1);
    quotes.forEach((quote, q) => {
      for (let t = this.firstTokenAt(quote.open); t < this.count && this.start(t) < quote.close; t++) this.insideQuote[t] = q;
    });
    // Paragraphs are the lines that hold text: a blank line between two is no paragraph of its own.
    this.lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) if (/\S/u.test(text.slice(i + 1, text.indexOf('\n', i + 1) >>> 0))) this.lineStarts.push(i + 1);
    this.bodyStart = this.afterDateline();
  }

  /**
   * The token after the dash or the date of a dateline: a place that opens the field or one of its first lines
   * (a byline may stand before it), then only capitalised words, commas, stops and brackets ("RENO, Nev. (AP)
   * —"), then a dash or a wire date ("LONDON 1996-08-22"), within a few tokens; or a place in capitals and a
   * colon, as South Asian papers write it ("NEW DELHI: The government"). Else 0.
   */
  private afterDateline(): number {
    const place = this.mentions.find((mention) => mention.type === 'PLACE');
    if (place === undefined) return 0;
    const line = this.paragraph(place.start);
    if (line >= DATELINE_LINES || /\S/u.test(this.text.slice(this.lineStarts[line], place.start))) return 0;
    const after = this.firstTokenAt(place.end);
    if (this.word(after) === ':' && !/\p{Ll}/u.test(this.text.slice(place.start, place.end))) return after + 1;
    for (let t = after; t < Math.min(this.count, after + DATELINE_TOKENS); t++) {
      if (DASHES.has(this.word(t)) || WIRE_DATE.test(this.word(t))) return t + 1;
      if (/^\p{Ll}/u.test(this.text.charAt(this.start(t)))) return 0;
    }
    return 0;
  }

  /** True for a token of the dateline: on its line, before the body starts (not a headline or byline above it). */
  inDateline(t: number): boolean {
    return t < this.bodyStart && this.paragraph(this.start(t)) === this.paragraph(this.start(this.bodyStart - 1));
  }

  /** The first token of a sentence, past the dateline where it holds one: where its subject may start. */
  openingToken(sentence: number): number {
    const first = this.firstTokenAt(this.tokens.sentenceStarts[sentence] as number);
    return this.bodyStart > first && this.sentence(this.bodyStart - 1) === sentence ? this.bodyStart : first;
  }

  /**
   * The first token of a sentence past its dateline and an opening "and" or "but" ("And he even inserted …"):
   * where a subject pronoun stands.
   */
  subjectToken(sentence: number): number {
    const first = this.openingToken(sentence);
    return OPENING_CONJUNCTIONS.has(this.word(first)) ? first + 1 : first;
  }

  /** Lower-case text of token t, or '' outside the field. */
  word(t: number): string {
    return this.words[t] ?? '';
  }

  get count(): number {
    return this.tokens.starts.length;
  }

  start(t: number): number {
    return this.tokens.starts[t] as number;
  }

  end(t: number): number {
    return this.tokens.ends[t] as number;
  }

  pos(t: number): string {
    return this.tokens.pos[t] as string;
  }

  sentence(t: number): number {
    return this.tokens.sentence[t] as number;
  }

  /** The first token that starts at or after `offset`. */
  firstTokenAt(offset: number): number {
    return tokenAt(this.tokens.ends, offset);
  }

  /** Paragraph number of an offset: lines that hold text, counted from 0 (an offset on a blank line is in the one before). */
  paragraph(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  private narrative: Int32Array | undefined;

  /**
   * Token t's sentence counted among the sentences that hold words outside quotes: how far apart two names are
   * for a reader, who counts a long quotation as one step, not as the sentences inside it.
   */
  narrativeSentence(t: number): number {
    if (this.narrative === undefined) {
      const narrative = new Int32Array(this.count);
      const told = new Set<number>();
      for (let u = 0; u < this.count; u++) if (this.insideQuote[u] === -1) told.add(this.sentence(u));
      let index = 0;
      for (let u = 0; u < this.count; u++) {
        if (u > 0 && this.sentence(u) !== this.sentence(u - 1) && told.has(this.sentence(u - 1))) index++;
        narrative[u] = index;
      }
      this.narrative = narrative;
    }
    return this.narrative[t] ?? 0;
  }

  private mentionOfToken: (Mention | undefined)[] | undefined;

  /** The mention that covers token t, if any (the first of `mentions` where two would). */
  mentionAt(t: number): Mention | undefined {
    if (this.mentionOfToken === undefined) {
      // Read per token of every quote's window: one table, not a scan of the mentions each time.
      const table: (Mention | undefined)[] = new Array(this.count).fill(undefined);
      for (let m = this.mentions.length - 1; m >= 0; m--) {
        const mention = this.mentions[m] as Mention;
        for (let u = this.firstTokenAt(mention.start); u < this.count && this.start(u) < mention.end; u++) if (this.start(u) >= mention.start) table[u] = mention;
      }
      this.mentionOfToken = table;
    }
    return this.mentionOfToken[t];
  }

  /** True when token t is a word (not punctuation). */
  isWord(t: number): boolean {
    return /[\p{L}\p{N}]/u.test(this.words[t] ?? '');
  }

  /** True when token t is a verb in "-ing" as the tagger reads it: a participle or a gerund ("supporting", "saying"). */
  isIngVerb(t: number): boolean {
    return this.pos(t) === 'VERB' && this.word(t).endsWith('ing');
  }

  /** True when token t is a verb or an auxiliary that is no "-ing" form: one that can head a clause ("endorsed", "is"). */
  isFiniteVerb(t: number): boolean {
    return ['VERB', 'AUX'].includes(this.pos(t)) && !this.word(t).endsWith('ing');
  }
}
