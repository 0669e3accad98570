import { stableId } from '../../hash.js';
import type { Lexicon } from '../../lexicon/index.js';
import { FIELDS, type ArticleStage, type Field, type Quote, type QuoteKind, type Tokens } from '../../types.js';
import { type Attribution, Attributor } from './attribution.js';
import { reportedSpeech } from './indirect.js';
import { findQuoteMarks, type MarkedQuote } from './marks.js';
import { FieldView } from './view.js';

/** Confidence of a quote by how its speaker was found; an unclosed quote costs a fifth more. */
const CONFIDENCE = { named: 0.9, pronoun: 0.8, unnamed: 0.75, inherited: 0.7, none: 0.3 } as const;
const UNCLOSED_FACTOR = 0.8;
const INDIRECT_FACTOR = 0.85;

/**
 * The quotes stage: direct quotes in marks (with a speaker named after or before them, or carried over from
 * the quote before), partial quotes inside a sentence whose speech verb has a subject, and indirect speech.
 */
export function quotesStage(lexicon: Lexicon): ArticleStage {
  return {
    name: 'quotes',
    requires: ['tokens', 'mentions'],
    assigns: ['quotes'],
    run(doc, context) {
      const tokens = doc.tokens as Readonly<Record<Field, Tokens>>;
      const mentions = doc.mentions ?? [];
      const quotes = FIELDS.flatMap((field) => {
        const text = doc.article[field];
        const marks = findQuoteMarks(text);
        for (const mark of marks.filter((m) => !m.closed)) {
          context.report('quotes/unclosed', `${field} offset ${mark.open}: a quote mark is never closed; the quote is cut at the end of its paragraph`);
        }
        const view = new FieldView(field, text, tokens[field], mentions.filter((m) => m.field === field), marks);
        const reader = new Attributor(view, lexicon);
        const marked = markedQuotes(reader);
        const indirect = field === 'text' ? indirectQuotes(reader) : [];
        return [...marked, ...indirect].map((found) => toQuote(doc.article.id, field, text, found));
      });
      return { ...doc, quotes: quotes.sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field) || a.start - b.start) };
    },
  };
}

interface Found {
  readonly kind: QuoteKind;
  readonly start: number;
  readonly end: number;
  readonly attribution: Attribution | undefined;
  readonly confidence: number;
}

function markedQuotes(reader: Attributor): Found[] {
  const { view } = reader;
  const found: Found[] = [];
  let previous: { attribution: Attribution; mark: MarkedQuote } | undefined;
  for (const mark of view.quotes) {
    const kind = kindOf(reader, mark);
    const factor = mark.closed ? 1 : UNCLOSED_FACTOR;
    if (kind === 'partial') {
      const attribution = reader.inSentence(mark);
      // A quoted phrase no speech verb claims is a scare quote or a title, not a quotation.
      if (attribution !== undefined) found.push({ kind, start: mark.start, end: mark.end, attribution, confidence: CONFIDENCE[attribution.speaker.how] * factor });
      continue;
    }
    const own = reader.after(mark) ?? reader.before(mark);
    const carried = own === undefined && previous !== undefined && continues(view, previous.mark, mark) ? previous.attribution : undefined;
    const attribution = own ?? (carried && { speaker: carried.speaker, cue: '' });
    const how = own !== undefined ? own.speaker.how : carried !== undefined ? 'inherited' : 'none';
    found.push({ kind, start: mark.start, end: mark.end, attribution, confidence: CONFIDENCE[how] * factor });
    if (attribution !== undefined) previous = { attribution, mark };
  }
  return found;
}

/**
 * Direct when the quote opens its sentence, or starts with a capital after a colon, comma, "that" or a
 * speech verb, or holds more than one sentence; otherwise a partial quote inside someone else's sentence.
 */
function kindOf(reader: Attributor, mark: MarkedQuote): QuoteKind {
  const { view } = reader;
  const open = view.firstTokenAt(mark.open);
  let b = open - 1;
  while (b >= 0 && ['(', '[', '—', '–'].includes(view.word(b))) b--;
  const opensSentence = b < 0 || view.paragraph(view.start(b)) !== view.paragraph(mark.open) || ['.', '!', '?'].includes(view.word(b)) || view.insideQuote[b] !== -1;
  if (opensSentence) return 'direct';
  const content = view.text.slice(mark.start, mark.end);
  const introduced = [':', ',', 'that'].includes(view.word(b)) || reader.cueAt(b) !== undefined;
  if (/^\p{Lu}/u.test(content) && introduced) return 'direct';
  return /[.!?]["”’]?\s+\p{Lu}/u.test(content) ? 'direct' : 'partial';
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
    for (const speech of reportedSpeech(reader, first, t)) {
      found.push({ kind: 'indirect', start: speech.start, end: speech.end, attribution: speech, confidence: CONFIDENCE[speech.speaker.how] * INDIRECT_FACTOR });
    }
    first = t;
  }
  return found;
}

function toQuote(articleId: string, field: Field, text: string, found: Found): Quote {
  const { attribution } = found;
  const speaker = attribution?.speaker;
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
