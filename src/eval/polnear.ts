import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { Messages } from '../diagnostics.js';
import { nameKey } from '../lexicon/index.js';
import type { Analyse } from '../run/compose.js';
import type { Article, Quote } from '../types.js';

/**
 * PolNeAR attribution data (brat standoff: Source, Cue and Content spans tied by an Attribution event) and
 * the scores of `npm run eval`. Contents may be discontinuous (several fragments).
 */
export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface GoldAttribution {
  readonly content: readonly Range[];
  readonly source: readonly Range[];
  readonly sourceText: string;
  readonly cue: string;
  readonly direct: boolean;
  /** An indirect attribution whose cue is a verb of saying (from the external GGT list) or "according to". */
  readonly speech: boolean;
}

export interface PolnearArticle {
  readonly name: string;
  readonly text: string;
  readonly gold: readonly GoldAttribution[];
}

const QUOTE_MARKS = /^["“”‘’'«»]/u;

/** Reads a split (`dev`); where an article has two annotators, the first by name is used. */
export function loadPolnear(dir: string, speechVerbs: ReadonlySet<string>): PolnearArticle[] {
  const annotations = readdirSync(path.join(dir, 'attributions')).sort();
  const names = [...new Set(annotations.map((file) => file.replace(/_[^_]+\.ann$/u, '')))];
  return names.map((name) => {
    const text = readFileSync(path.join(dir, 'text', `${name}.txt`), 'utf8');
    const file = annotations.find((a) => a.startsWith(`${name}_`)) as string;
    return { name, text, gold: parseAnn(readFileSync(path.join(dir, 'attributions', file), 'utf8'), text, speechVerbs) };
  });
}

function parseAnn(ann: string, text: string, speechVerbs: ReadonlySet<string>): GoldAttribution[] {
  const spans = new Map<string, { type: string; ranges: Range[]; text: string }>();
  for (const line of ann.split('\n')) {
    if (!line.startsWith('T')) continue;
    const [id = '', middle = '', written = ''] = line.split('\t');
    const [type = '', ...rest] = middle.split(' ');
    const ranges = rest.join(' ').split(';').map((r) => {
      const [start = 0, end = 0] = r.trim().split(' ').map(Number);
      return { start, end };
    });
    spans.set(id, { type, ranges, text: written });
  }
  const gold: GoldAttribution[] = [];
  for (const line of ann.split('\n')) {
    if (!line.startsWith('E')) continue;
    const roles = Object.fromEntries((line.split('\t')[1] ?? '').split(' ').map((part) => part.split(':') as [string, string]));
    const content = spans.get(roles['Content'] ?? '');
    if (content === undefined) continue;
    const first = content.ranges[0] as Range;
    const direct = QUOTE_MARKS.test(text.slice(first.start, first.end)) || QUOTE_MARKS.test(text.slice(Math.max(0, first.start - 1), first.start));
    const source = spans.get(roles['Source'] ?? '');
    const cue = spans.get(roles['Cue'] ?? '')?.text ?? '';
    const cueWords = cue.toLowerCase().split(/\s+/u);
    gold.push({
      content: content.ranges,
      source: source?.ranges ?? [],
      sourceText: source?.text ?? '',
      cue,
      direct,
      speech: !direct && (cueWords.some((word) => speechVerbs.has(word)) || cue.toLowerCase().includes('according to')),
    });
  }
  return gold;
}

function overlap(a: readonly Range[], b: readonly Range[]): number {
  let total = 0;
  for (const x of a) for (const y of b) total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return total;
}

const length = (ranges: readonly Range[]) => ranges.reduce((sum, r) => sum + r.end - r.start, 0);

/** Predicted quotes that cover at least half of the longer of gold content and their union. */
function matchingSet(gold: GoldAttribution, predicted: readonly Quote[]): Quote[] | undefined {
  const touching = predicted.filter((q) => overlap(gold.content, [q]) > 0);
  if (touching.length === 0) return undefined;
  const covered = overlap(gold.content, touching);
  return covered >= 0.5 * Math.max(length(gold.content), length(touching)) ? touching : undefined;
}

/** Right speaker: the predicted speaker mention overlaps the gold Source, or names the same person. */
function speakerRight(gold: GoldAttribution, quote: Quote): boolean {
  if (quote.speakerStart !== null && quote.speakerEnd !== null && overlap(gold.source, [{ start: quote.speakerStart, end: quote.speakerEnd }]) > 0) return true;
  const surname = nameKey(quote.speaker).split(' ').at(-1) ?? '';
  return surname.length > 1 && nameKey(gold.sourceText).split(/[\s,]+/u).includes(surname);
}

export interface QuoteScores {
  directGold: number;
  directFound: number;
  directSpeakerRight: number;
  speechGold: number;
  speechFound: number;
  indirectGold: number;
  indirectFound: number;
  indirectPredicted: number;
  indirectCorrect: number;
  baselineDirectFound: number;
}

export function scorePolnear(articles: readonly PolnearArticle[], analyse: Analyse): QuoteScores {
  const scores: QuoteScores = {
    directGold: 0, directFound: 0, directSpeakerRight: 0, speechGold: 0, speechFound: 0, indirectGold: 0, indirectFound: 0,
    indirectPredicted: 0, indirectCorrect: 0, baselineDirectFound: 0,
  };
  for (const { name, text, gold } of articles) {
    const article: Article = { id: name, title: '', caption: '', credit: '', text, date: '', url: '', externalId: '', source: { file: name, start: 0, end: 0, line: 1 } };
    const quotes = analyse(article, new Messages(name)).quotes.filter((q) => q.field === 'text');
    const marked = quotes.filter((q) => q.kind !== 'indirect');
    const indirect = quotes.filter((q) => q.kind === 'indirect');
    const baseline = compromiseQuotes(text);
    for (const attribution of gold) {
      if (attribution.direct) {
        scores.directGold++;
        const set = matchingSet(attribution, marked);
        if (set !== undefined) {
          scores.directFound++;
          const best = [...set].sort((a, b) => overlap(attribution.content, [b]) - overlap(attribution.content, [a]))[0] as Quote;
          if (speakerRight(attribution, best)) scores.directSpeakerRight++;
        }
        if (matchingSet(attribution, baseline) !== undefined) scores.baselineDirectFound++;
        continue;
      }
      scores.indirectGold++;
      const found = matchingSet(attribution, indirect) !== undefined;
      if (found) scores.indirectFound++;
      if (attribution.speech) {
        scores.speechGold++;
        if (found) scores.speechFound++;
      }
    }
    for (const quote of indirect) {
      scores.indirectPredicted++;
      const correct = gold.some((g) => {
        const touched = g.content.filter((r) => overlap([r], [quote]) > 0);
        return touched.length > 0 && overlap(touched, [quote]) >= 0.5 * Math.max(length(touched), quote.end - quote.start);
      });
      if (correct) scores.indirectCorrect++;
    }
  }
  return scores;
}

/** Plain compromise `.quotations()`: the span inside the marks, as a quote without speaker. */
function compromiseQuotes(text: string): Quote[] {
  const found = nlp(text).quotations().json({ offset: true }) as { offset: { start: number; length: number } }[];
  return found.map(({ offset }) => ({
    id: '', field: 'text', kind: 'direct', start: offset.start, end: offset.start + offset.length, text: '', speaker: '', speakerId: '',
    speakerMention: '', speakerStart: null, speakerEnd: null, cue: '', via: '', viaId: '', confidence: 0,
  }));
}
