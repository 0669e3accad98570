import nlp from 'compromise';
import { Messages } from '../core/diagnostics.js';
import type { Analyse } from '../stages/compose.js';
import type { Article, EntityType } from '../core/types.js';
import type { ConllDocument, ConllType } from './conll.js';
import { compareSets, type Counts, emptyCounts } from './score.js';

export const SCORED_TYPES: readonly ConllType[] = ['PER', 'LOC', 'ORG'];
const CONLL_TYPE: Readonly<Record<EntityType, ConllType>> = { PERSON: 'PER', PLACE: 'LOC', ORGANIZATION: 'ORG' };

export interface Span {
  readonly type: ConllType;
  readonly start: number;
  readonly end: number;
}

export type SpanFinder = (text: string) => Span[];

/** Exact-span counts per type (and `all`) of a finder over CoNLL documents; spans are snapped to gold tokens. */
export function scoreConll(documents: readonly ConllDocument[], find: SpanFinder): Record<ConllType | 'all', Counts> {
  const counts = { PER: emptyCounts(), LOC: emptyCounts(), ORG: emptyCounts(), MISC: emptyCounts(), all: emptyCounts() };
  for (const document of documents) {
    const key = (span: Span) => `${span.type}:${tokenIndex(document.tokenStarts, span.start)}:${lastToken(document, span)}`;
    const predicted = find(document.text).filter((span) => SCORED_TYPES.includes(span.type));
    const gold = document.entities.filter((span) => SCORED_TYPES.includes(span.type));
    for (const type of SCORED_TYPES) {
      compareSets(new Set(predicted.filter((s) => s.type === type).map(key)), new Set(gold.filter((s) => s.type === type).map(key)), counts[type]);
    }
    compareSets(new Set(predicted.map(key)), new Set(gold.map(key)), counts.all);
  }
  return counts;
}

/**
 * Index of the gold token a span ends in. "Lear Corp." at a sentence's end was one period in the wire text, and
 * CoNLL made it a token of its own: a name that ends in it ends at the token before, as the gold name does.
 */
function lastToken(document: ConllDocument, span: Span): number {
  const last = tokenIndex(document.tokenStarts, span.end - 1);
  const sharedPeriod = document.text[span.end - 1] === '.' && document.tokenStarts[last] === span.end - 1 && last > 0 && span.end - span.start > 1;
  return sharedPeriod ? last - 1 : last;
}

/** Index of the gold token that holds character `offset`. */
function tokenIndex(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The pipeline's names in a document given as an article body (demonyms and credits are not CoNLL names). */
export function pipelineFinder(analyse: Analyse): SpanFinder {
  return (text) => {
    const article: Article = { id: 'conll', title: '', caption: '', credit: '', text, date: '', url: '', externalId: '', source: { file: 'conll', start: 0, end: 0, line: 1 } };
    return analyse(article, new Messages('conll'))
      .mentions.filter((mention) => mention.field === 'text' && mention.form === 'name')
      .map((mention) => ({ type: CONLL_TYPE[mention.type], start: mention.start, end: mention.end }));
  };
}

/** Plain compromise: `.people()`, `.places()`, `.organizations()`, with trailing punctuation and 's trimmed. */
export function compromiseFinder(): SpanFinder {
  return (text) => {
    const doc = nlp(text);
    const spans: Span[] = [];
    const add = (type: ConllType, matches: { offset: { start: number; length: number } }[]) => {
      for (const { offset } of matches) {
        const written = text.slice(offset.start, offset.start + offset.length);
        const trimmed = written.replace(/(?:['’]s?)?[^\p{L}\p{N}.]*$/u, '');
        if (trimmed !== '') spans.push({ type, start: offset.start, end: offset.start + trimmed.length });
      }
    };
    add('PER', doc.people().json({ offset: true }) as { offset: { start: number; length: number } }[]);
    add('LOC', doc.places().json({ offset: true }) as { offset: { start: number; length: number } }[]);
    add('ORG', doc.organizations().json({ offset: true }) as { offset: { start: number; length: number } }[]);
    return spans;
  };
}
