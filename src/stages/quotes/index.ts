import { stableId } from '../../core/hash.js';
import type { Lexicon } from '../../language/lexicon/index.js';
import { FIELDS, type ArticleStage, type Doc, type Field, type Quote, type QuoteKind } from '../../core/types.js';
import { type Attribution, Attributor } from './attribution.js';
import { type Candidate, candidatesOf, type VerbClass } from './candidates.js';
import { reportedSpeech } from './indirect.js';
import { findQuoteMarks, type MarkedQuote } from './marks.js';
import { type ChoiceKind, confidenceOf, rank, type SpeakerModel } from './ranker.js';
import { type Speaker, SpeakerResolver } from './resolve.js';
import { FieldView } from './view.js';

export { decodeSpeakerModel, encodeSpeakerModel, type SpeakerModel, speakerModel } from './ranker.js';

/** An unclosed quote's confidence is cut by a fifth: where it ends is a guess. */
const UNCLOSED_FACTOR = 0.8;
/** Confidence of indirect speech by how its speaker was resolved (its rules are not calibrated). */
const INDIRECT_CONFIDENCE: Readonly<Record<Speaker['how'], number>> = { named: 0.8, pronoun: 0.7, description: 0.65, surname: 0.7, unresolved: 0.55, group: 0.6, generic: 0.4 };

/**
 * The quotes stage: quotations in marks (direct, or partial inside someone else's sentence), each given the
 * speaker a ranker picks among the phrases around it (or the speaker of the quote before, or no one), and
 * indirect speech. Speakers are resolved to the article's entities (`SpeakerResolver`).
 */
export function quotesStage(lexicon: Lexicon, speakers: SpeakerModel): ArticleStage<'tokens' | 'mentions' | 'entities', 'quotes'> {
  return {
    name: 'quotes',
    requires: ['tokens', 'mentions', 'entities'],
    assigns: ['quotes'],
    run(doc, context) {
      const quotes = FIELDS.flatMap((field) => {
        const view = fieldView(doc, field);
        for (const mark of view.quotes.filter((m) => !m.closed)) {
          context.report('quotes/unclosed', `${field} offset ${mark.open}: a quote mark is never closed; the quote is cut at the end of its paragraph`);
        }
        const resolver = new SpeakerResolver(view, lexicon, doc.entities, speakers.scorer);
        const reader = new Attributor(view, lexicon, resolver);
        const marked = attributeMarked(reader, speakers).map((found) => found.quote);
        const indirect = field === 'text' ? indirectQuotes(reader) : [];
        return [...marked, ...indirect].map((found) => toQuote(doc.article.id, field, view.text, found));
      });
      return { ...doc, quotes: quotes.sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field) || a.start - b.start) };
    },
  };
}

/** One field of a doc as the quote finders read it. */
export function fieldView(doc: Doc<'tokens' | 'mentions'>, field: Field): FieldView {
  const text = doc.article[field];
  const mentions = doc.mentions.filter((m) => m.field === field);
  // A nickname in marks inside a name ('Juan "Chico" Manriquez') is no one's words.
  const inName = (quote: MarkedQuote) => mentions.some((m) => m.start < quote.open && quote.close < m.end);
  return new FieldView(field, text, doc.tokens[field], mentions, findQuoteMarks(text).filter((quote) => !inName(quote)));
}

/** A marked quote with its kind and the candidates for its speaker: what the ranker scores, here and in training. */
export interface MarkedCandidates {
  readonly mark: MarkedQuote;
  readonly kind: QuoteKind;
  readonly candidates: readonly Candidate[];
}

export function markedCandidates(reader: Attributor): MarkedCandidates[] {
  const { view, lexicon } = reader;
  return view.quotes.map((mark, i) => {
    const before = view.quotes[i - 1];
    return { mark, kind: kindOf(reader, mark), candidates: candidatesOf(view, lexicon, mark, before !== undefined && continues(view, before, mark)) };
  });
}

interface Found {
  readonly kind: QuoteKind;
  readonly start: number;
  readonly end: number;
  readonly attribution: Attribution | undefined;
  readonly confidence: number;
}

/** A marked quote attributed, with what the calibration of the confidence reads. */
export interface AttributedQuote {
  readonly quote: Found;
  readonly choice: ChoiceKind;
  readonly verb: VerbClass;
  readonly margin: number;
}

/**
 * Every quote in marks with its speaker. The ranker picks a phrase, the speaker of the quote before ("carry")
 * or no one; a phrase is resolved by the resolver, in text order, so a pronoun can find the speaker before it.
 * A partial quote that no speech verb of its sentence claims is a scare quote or a title, and is dropped.
 */
export function attributeMarked(reader: Attributor, speakers: Pick<SpeakerModel, 'scorer' | 'scale' | 'calibration'>): AttributedQuote[] {
  const found: AttributedQuote[] = [];
  let previous: Attribution | undefined;
  let previousMark: MarkedQuote | undefined;
  for (const { mark, kind, candidates } of markedCandidates(reader)) {
    // A name a thing is given ('a show called "Brokers"') is no one's words.
    if (reader.isNameGiven(mark)) continue;
    if (isTitleOfWork(reader.view.text.slice(mark.start, mark.end)) && !isTitleCase(lineAround(reader.view.text, mark)) && !reader.isNickname(mark) && !introducedBySpeech(reader, mark)) continue;
    const { best, margin } = rank(speakers.scorer, speakers.scale, candidates);
    const choice = candidates[best] as Candidate;
    const verb = choice.verbClass ?? 'none';
    // A quoted phrase inside a sentence that no speech verb claims is a scare quote or a name, not a quotation;
    // but a headline signed by a name and a colon quotes ("John McCain: Populist Anger Appeals to 'Bad Angels'").
    // And 'According to Ruiz, "the plant will reopen."': the source said it.
    const claimed = kind !== 'partial' || reader.hasCueInSentence(mark);
    const according = reader.sourceInSentence(mark);
    // 'According to one trader, "The market is nervous."': the source's comma opens the quote itself.
    const introduced = according !== undefined && reader.view.firstTokenAt(mark.open) === according.last + 2;
    const source = !claimed || introduced ? according : undefined;
    if (!claimed && source === undefined && !isSignedHeadline(reader.view, mark)) continue;
    let attribution: Attribution | undefined;
    let choiceKind: ChoiceKind = 'none';
    if (source !== undefined) {
      const speaker = reader.speaker(source);
      attribution = speaker.how === 'generic' ? undefined : { speaker, cue: 'according to' };
      choiceKind = speaker.how === 'generic' ? 'none' : speaker.how;
    } else if (choice.kind === 'phrase' && choice.run !== undefined) {
      // A participle of speech before the quote goes back to its sentence's subject, not to a phrase with no verb
      // of its own or its audience that stands nearer ("…, telling the crowd, “…”").
      const participle = choice.side === 'before' ? reader.participleBefore(mark) : undefined;
      const object = choice.verbClass === 'none' || (participle !== undefined && choice.run.first === participle.verb + 1);
      const run = object && participle !== undefined ? participle.subject : choice.run;
      // A phrase of the sentence before introduces the quote; its verb was that sentence's, not this quote's cue.
      const chosen = reader.attributionOf(run, run === choice.run ? (choice.side === 'prior' ? undefined : choice.verb) : participle?.verb, mark);
      // An idiom ("as they say") names no one: the quote stays without a speaker.
      const how = chosen.speaker.how;
      attribution = how === 'generic' ? undefined : chosen;
      choiceKind = how === 'generic' ? 'none' : how;
    } else if (choice.kind === 'carry' && previous !== undefined) {
      // In one sentence the verb that claims the quote before claims this one too.
      const sameSentence = previousMark !== undefined && reader.view.sentence(reader.view.firstTokenAt(previousMark.close - 1)) === reader.view.sentence(reader.view.firstTokenAt(mark.open));
      attribution = { speaker: previous.speaker, cue: sameSentence ? previous.cue : '' };
      choiceKind = 'carried';
    }
    // A pronoun that stands for no one found ("he", "it" with no id) names no one: the quote is as sure as one
    // without a speaker, whatever verb and margin chose the pronoun.
    const namesNoOne = attribution !== undefined && attribution.speaker.id === '' && reader.lexicon.cues.pronouns.has(attribution.speaker.name.toLowerCase());
    const chosen = namesNoOne ? { choice: 'none' as const, verb: 'none' as const, margin: 0 } : { choice: choiceKind, verb, margin };
    const confidence = confidenceOf(speakers.calibration, chosen.choice, chosen.verb, chosen.margin) * (mark.closed ? 1 : UNCLOSED_FACTOR);
    found.push({ quote: { kind, start: mark.start, end: mark.end, attribution, confidence }, ...chosen });
    if (attribution !== undefined) {
      previous = attribution;
      previousMark = mark;
    }
  }
  return found;
}

/** Small words a title of a work leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'to', 'for', 'at', 'by', 'with', 'from', 'as', 'vs']);
/** Longest title of a work, in words: longer quoted text in title case is a shouted quotation. */
const MAX_TITLE_WORDS = 8;

/**
 * True for the title of a show, book, song or nickname in quote marks: two to eight words, each capitalised
 * but the small ones ("Fox News Sunday", "Make Your Kid a Millionaire", "American Skin"). Not a quotation,
 * unless the line around it is in title case too (a headline: "Warren to CEO: 'You Should Be Investigated'").
 * An exclamation or a question in the marks is said, not a title: 'She declared "What a Super Tuesday!"'.
 */
function isTitleOfWork(content: string): boolean {
  if (/[!?]$/u.test(content)) return false;
  const words = content.replace(/[.,!?:;]+$/u, '').split(/\s+/u).filter(Boolean);
  return words.length >= 2 && words.length <= MAX_TITLE_WORDS && isTitleCase(content);
}

function isTitleCase(text: string): boolean {
  const words = text.replace(/[.,!?:;"“”‘’'«»]+/gu, ' ').split(/\s+/u).filter((word) => /\p{L}/u.test(word));
  return words.length > 0 && words.every((word, i) => /^[\p{Lu}\p{N}(]/u.test(word) || (i > 0 && TITLE_SMALL_WORDS.has(word))) && words.some((word) => /\p{Ll}/u.test(word));
}

/**
 * True for a sentence in title case that a speech verb and a comma or a colon introduce: 'a headline that said,
 * "ISIS Declares Death to Children."' (but 'reality TV show, "The Apprentice," who' is a title).
 */
function introducedBySpeech(reader: Attributor, mark: MarkedQuote): boolean {
  const before = reader.view.firstTokenAt(mark.open) - 1;
  const sentence = /[.!?]$/u.test(reader.view.text.slice(mark.start, mark.end));
  return sentence && [',', ':'].includes(reader.view.word(before)) && reader.cueAt(before - 1) !== undefined;
}

/** True for a quote in a title-case line that opens with a name and a colon: "Paul Ryan: FBI Decision … 'Defies Explanation'". */
function isSignedHeadline(view: FieldView, mark: MarkedQuote): boolean {
  const line = lineAround(view.text, mark);
  const lineStart = view.text.lastIndexOf('\n', mark.open) + 1;
  const first = view.firstTokenAt(lineStart);
  const name = view.mentionAt(first);
  if (name === undefined || name.start !== view.start(first) || name.type !== 'PERSON' || !isTitleCase(line)) return false;
  let after = first;
  while (after < view.count && view.start(after) < name.end) after++;
  return view.word(after) === ':' && view.start(after) < mark.open;
}

/** The line a quote stands on, without the quote: what says whether it is a headline. */
function lineAround(text: string, mark: MarkedQuote): string {
  const start = text.lastIndexOf('\n', mark.open) + 1;
  const end = text.indexOf('\n', mark.close);
  return `${text.slice(start, mark.open)} ${text.slice(mark.close, end === -1 ? text.length : end)}`;
}

/** Fewest words of a quoted clause: shorter quoted text ending a sentence is a phrase ('called it, "sad."'). */
const MIN_CLAUSE_WORDS = 4;

/**
 * Direct when the quote opens its sentence, or starts with a capital after a colon, comma, "that" or a
 * speech verb, or ends its sentence after a colon or comma, or holds more than one sentence; otherwise a
 * partial quote inside someone else's sentence.
 */
function kindOf(reader: Attributor, mark: MarkedQuote): QuoteKind {
  const { view } = reader;
  const open = view.firstTokenAt(mark.open);
  let b = open - 1;
  while (b >= 0 && ['(', '[', '—', '–'].includes(view.word(b))) b--;
  // A wire story may open with the quote, past its dateline: 'LONDON (Reuters) - "We're not there yet," a source said'.
  const opensSentence = b < 0 || open === view.bodyStart || view.paragraph(view.start(b)) !== view.paragraph(mark.open) || ['.', '!', '?'].includes(view.word(b)) || view.insideQuote[b] !== -1;
  if (opensSentence) return 'direct';
  if (resumesQuote(reader, b)) return 'direct';
  const content = view.text.slice(mark.start, mark.end);
  const introduced = [':', ',', 'that'].includes(view.word(b)) || reader.cueAt(b) !== undefined;
  if (/^\p{Lu}/u.test(content) && introduced) return 'direct';
  // A clause after a comma or a colon that ends the sentence is quoted whole, whatever its first letter:
  // 'because to her, "there's nothing more important …."', '"It's a moment," said X. Now, "it's very difficult …."'.
  // Only a quote closed in its paragraph: marks that pair wrongly run past it (', "he said.\n"It is …"').
  const clause = mark.closed && !content.includes('\n');
  if (clause && [':', ','].includes(view.word(b)) && /[.!?]$/u.test(content) && content.split(/\s+/u).length >= MIN_CLAUSE_WORDS) return 'direct';
  return /[.!?]["”’]?\s+\p{Lu}/u.test(content) ? 'direct' : 'partial';
}

/** Most tokens of an attribution that splits a quote in two ('"…," he continued, "…"'). */
const MAX_SPLITTING_TOKENS = 8;

/**
 * True when the comma at token `comma` ends an attribution that splits a quote: '"And to those who doubt us,"
 * he continued, "watch us."' The second part goes on with the first, whatever its first letter or length.
 */
function resumesQuote(reader: Attributor, comma: number): boolean {
  const { view } = reader;
  if (view.word(comma) !== ',') return false;
  let cue = false;
  for (let t = comma - 1; t >= 0 && comma - t <= MAX_SPLITTING_TOKENS && view.sentence(t) === view.sentence(comma); t--) {
    if (view.insideQuote[t] !== -1) return cue;
    cue ||= reader.cueAt(t) !== undefined;
  }
  return false;
}

/** A quote goes on the one before when it is in the same paragraph, or opens the next non-blank one. */
function continues(view: FieldView, before: MarkedQuote, quote: MarkedQuote): boolean {
  const from = view.paragraph(before.close - 1);
  const to = view.paragraph(quote.open);
  if (from === to) return true;
  const between = view.text.slice(before.close, quote.open);
  return between.split('\n').slice(1).every((line) => line.trim() === '') && view.text.slice(view.text.lastIndexOf('\n', quote.open) + 1, quote.open).trim() === '';
}

function indirectQuotes(reader: Attributor): Found[] {
  const { view } = reader;
  const found: Found[] = [];
  let first = 0;
  for (let t = 1; t <= view.count; t++) {
    if (t < view.count && view.sentence(t) === view.sentence(first)) continue;
    // The first sentence starts past a dateline: "LONDON 1996-08-22 Manchester United manager Alex Ferguson said".
    for (const speech of reportedSpeech(reader, view.openingToken(view.sentence(first)), t)) {
      // One row a span: "said in her opening remarks that ..." is not said again by "her opening" ("remarks").
      if (found.some((other) => other.start === speech.start && other.end === speech.end)) continue;
      found.push({ kind: 'indirect', start: speech.start, end: speech.end, attribution: speech, confidence: INDIRECT_CONFIDENCE[speech.speaker.how] });
    }
    first = t;
  }
  return found;
}

function toQuote(articleId: string, field: Field, text: string, found: Found): Quote {
  const { attribution } = found;
  // A generic source ("it is said", a passive with no agent) is no one: the quote keeps its cue, not a speaker.
  const speaker = attribution?.speaker.how === 'generic' ? undefined : attribution?.speaker;
  return {
    id: stableId('q', articleId, field, found.start, found.end, found.kind),
    field,
    kind: found.kind,
    start: found.start,
    end: found.end,
    text: text.slice(found.start, found.end),
    speaker: speaker?.name ?? '',
    speakerId: speaker?.id ?? '',
    speakerMention: speaker?.mention ?? '',
    speakerStart: speaker?.start ?? null,
    speakerEnd: speaker?.end ?? null,
    cue: attribution?.cue ?? '',
    via: attribution?.via?.name ?? '',
    viaId: attribution?.via?.id ?? '',
    confidence: Math.round(found.confidence * 100) / 100,
  };
}
