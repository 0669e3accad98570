import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { Messages } from '../core/diagnostics.js';
import { nameInitials, nameKey } from '../language/lexicon/index.js';
import type { Analyse } from '../stages/compose.js';
import type { Article, Quote } from '../core/types.js';

/**
 * PolNeAR attribution data (brat standoff: Source, Cue and Content spans tied by an Attribution event) and
 * the scores of `npm run eval`. Contents may be discontinuous (several fragments).
 */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * What the gold source of an attribution is: a `name` ("Trump", "Sen. Bernie Sanders (Vt.)"), a `pronoun`
 * ("he", "who"), a `description` with no name in it ("the senator", "experts"), or `unnamed` (no source).
 */
export type SourceKind = 'name' | 'pronoun' | 'description' | 'unnamed';
export const SOURCE_KINDS: readonly SourceKind[] = ['name', 'pronoun', 'description', 'unnamed'];

export interface GoldAttribution {
  readonly content: readonly Range[];
  readonly source: readonly Range[];
  readonly sourceText: string;
  readonly sourceKind: SourceKind;
  /**
   * The name the speaker must resolve to, as name-key words: the source's own name, or for a pronoun the
   * name of the nearest named source before it (PolNeAR has no coreference; see `speakerNames`). Empty for
   * descriptions and unnamed sources, which are scored by position.
   */
  readonly name: readonly string[];
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
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'which', 'that', 'him', 'her', 'them', 'his', 'its', 'their', 'me', 'us']);
/** Capitalised words that are not names: titles and honorifics before a name, and determiners. */
const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'mr', 'mrs', 'ms', 'dr', 'sen', 'senator', 'rep', 'gov', 'governor', 'president', 'gen', 'lt', 'col', 'rev', 'retired',
  'former', 'democratic', 'republican', 'vice', 'house', 'speaker', 'secretary', 'state', 'del', 'majority', 'minority', 'leader', 'another',
  'professor', 'admiral', 'justice', 'judge',
  // Generational suffixes end no name: "Harry B. Harris Jr." is Harris.
  'jr', 'sr', 'ii', 'iii', 'iv',
]);

/** The gender a first name tells, where it tells one (the lexicon's list). */
export type GenderOf = (firstName: string) => 'male' | 'female' | undefined;

/** Reads a split (`dev`); where an article has two annotators, the first by name is used. */
export function loadPolnear(dir: string, speechVerbs: ReadonlySet<string>, genderOf: GenderOf = () => undefined): PolnearArticle[] {
  const annotations = readdirSync(path.join(dir, 'attributions')).sort();
  const names = [...new Set(annotations.map((file) => file.replace(/_[^_]+\.ann$/u, '')))];
  return names.map((name) => {
    const text = readFileSync(path.join(dir, 'text', `${name}.txt`), 'utf8');
    const file = annotations.find((a) => a.startsWith(`${name}_`)) as string;
    return { name, text, gold: speakerNames(parseAnn(readFileSync(path.join(dir, 'attributions', file), 'utf8'), text, speechVerbs), text, genderOf) };
  });
}

type Parsed = Omit<GoldAttribution, 'name'>;

function parseAnn(ann: string, text: string, speechVerbs: ReadonlySet<string>): Parsed[] {
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
  const gold: Parsed[] = [];
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
      sourceKind: kindOfSource(source?.text ?? ''),
      cue,
      direct,
      speech: !direct && (cueWords.some((word) => speechVerbs.has(word)) || cue.toLowerCase().includes('according to')),
    });
  }
  return gold;
}

export function kindOfSource(written: string): SourceKind {
  if (written.trim() === '') return 'unnamed';
  if (PRONOUNS.has(written.trim().toLowerCase())) return 'pronoun';
  // "the Florida senator", "The New York businessman": a determiner and a common noun at the head make a
  // description, whatever names modify it (but "the Vatican spokesman, Federico Lombardi" names him).
  const [first = '', second = ''] = written.split(/[,(]|--|—/u);
  const epithet = /^\s*(?:the|a|an)\s/iu.test(first) && /\s\p{Ll}[\p{Ll}-]*\s*$/u.test(first) && !/^\s*\p{Lu}/u.test(second);
  return !epithet && nameWords(written).length > 0 ? 'name' : 'description';
}

/**
 * The name in a source phrase, as name-key words: the last run of capitalised words before the first comma
 * or bracket (after it, for a description with a name in apposition: "the Vatican spokesman, Federico
 * Lombardi" → federico lombardi), without titles ("Hillary Clinton's campaign manager Robby Mook" → robby mook; "Sen. Bernie
 * Sanders (Vt.), who lost ..." → bernie sanders), and a person's name before "of" ("Mr. Morgan of the
 * Sierra Club" → morgan; but "Secretary of State Madeleine Albright" → madeleine albright, "Bank of
 * America" → america as before). Empty when the phrase holds no name.
 */
export function nameWords(written: string): string[] {
  const [first = '', second = ''] = written.split(/[,(]|--|—/u);
  // "the White House spokesman, Josh Earnest": a description, then the name of who it describes.
  const apposed = /\s\p{Ll}+\s*$/u.test(first) && /^\s*\p{Lu}/u.test(second) ? lastNameRun(second) : [];
  const head = apposed.length >= 2 ? second : first;
  const before = head.split(/\sof\s/u)[0] ?? '';
  const person = lastNameRun(before);
  // A person's name before "of" ("Mr. Morgan", "Charles B. Rangel"), not an organization's first word ("Bank of America").
  return person.length >= 2 || /\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Del)\.?\s+\S+\s*$/u.test(before) ? person : lastNameRun(head);
}

function lastNameRun(head: string): string[] {
  const runs: string[][] = [[]];
  for (const word of head.split(/\s+/u).filter(Boolean)) {
    const key = nameKey(word.replace(/['’]s$/u, ''));
    if (/^\p{Lu}/u.test(word) && key !== '' && !NOT_NAME_WORDS.has(key.replace(/\.$/u, ''))) (runs.at(-1) as string[]).push(key);
    else if ((runs.at(-1) as string[]).length > 0 && !/^\p{Lu}\.?$/u.test(word)) runs.push([]);
  }
  return runs.filter((run) => run.length > 0).at(-1) ?? [];
}

/**
 * Gives every attribution the name its speaker must resolve to. A pronoun's is the name of the nearest
 * named source before it that could be what the pronoun stands for: "he" and "she" only a name whose first
 * name does not tell the other gender, and for a relative "who" first the name written right before it.
 * PolNeAR annotates no coreference, so this is a proxy, and a strict one: a pronoun the pipeline leaves
 * unresolved is wrong.
 */
function speakerNames(parsed: readonly Parsed[], text: string, genderOf: GenderOf): GoldAttribution[] {
  const bySource = [...parsed].sort((a, b) => (a.source[0]?.start ?? -1) - (b.source[0]?.start ?? -1));
  const named: { at: number; name: string[] }[] = [];
  const names = new Map<Parsed, string[]>();
  const gendered: Readonly<Record<string, 'male' | 'female'>> = { he: 'male', she: 'female' };
  for (const attribution of bySource) {
    const at = attribution.source[0]?.start ?? -1;
    if (attribution.sourceKind === 'name') {
      const name = nameWords(attribution.sourceText);
      named.push({ at, name });
      names.set(attribution, name);
    } else if (attribution.sourceKind === 'pronoun') {
      const pronoun = attribution.sourceText.toLowerCase();
      const relative = ['who', 'which', 'that'].includes(pronoun) ? nameWords(text.slice(Math.max(0, at - 80), at).split(/[.!?]\s/u).at(-1) ?? '') : [];
      const gender = gendered[pronoun];
      const fits = (name: readonly string[]) => gender === undefined || name.length < 2 || (genderOf(name[0] as string) ?? gender) === gender;
      const before = named.filter((n) => n.at < at && fits(n.name) && (gender === undefined || personLike(n.name, text))).at(-1)?.name ?? [];
      names.set(attribution, relative.length > 0 ? relative : before);
    }
  }
  return parsed.map((attribution) => ({ ...attribution, name: names.get(attribution) ?? [] }));
}

/**
 * True when a source's name reads as a person's, so that "he" or "she" may stand for it: two words or more,
 * or a surname the article also writes after a first name or an honorific ("Hillary Clinton", "Mr. Kamin");
 * not "GOP", "EB-5" or a capitalised "Delegates".
 */
function personLike(name: readonly string[], text: string): boolean {
  if (name.length >= 2) return true;
  const word = name[0] ?? '';
  const words = text.split(/[^\p{L}\p{N}.'’-]+/u);
  return words.some((written, i) => {
    if (nameKey(written) !== word || /^[\p{Lu}\d-]+$/u.test(written)) return false;
    const before = words[i - 1] ?? '';
    return /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?$/u.test(before) || /^\p{Lu}\p{Ll}+$/u.test(before);
  });
}

function overlap(a: readonly Range[], b: readonly Range[]): number {
  let total = 0;
  for (const x of a) for (const y of b) total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return total;
}

const length = (ranges: readonly Range[]) => ranges.reduce((sum, r) => sum + r.end - r.start, 0);

/** The gold direct attribution whose content a predicted quote `[start, end)` covers at least half of, if any. */
export function goldOfQuote(gold: readonly GoldAttribution[], quote: Range): GoldAttribution | undefined {
  let best: GoldAttribution | undefined;
  let bestOverlap = 0;
  for (const attribution of gold) {
    if (!attribution.direct) continue;
    const shared = overlap(attribution.content, [quote]);
    if (shared > bestOverlap && shared >= 0.5 * Math.max(length(attribution.content), quote.end - quote.start)) {
      best = attribution;
      bestOverlap = shared;
    }
  }
  return best;
}

/** Predicted quotes that cover at least half of the longer of gold content and their union. */
function matchingSet(gold: GoldAttribution, predicted: readonly Quote[]): Quote[] | undefined {
  const touching = predicted.filter((q) => overlap(gold.content, [q]) > 0);
  if (touching.length === 0) return undefined;
  const covered = overlap(gold.content, touching);
  return covered >= 0.5 * Math.max(length(gold.content), length(touching)) ? touching : undefined;
}

/**
 * True when a resolved speaker name is the gold name: the same last word, and when both give more, the first
 * word of the resolved name is among the gold's ("Angela Merkel" is "German Chancellor Angela Merkel") or the
 * gold's words end it ("Ildefonso Guajardo Villarreal" is "Mr. Guajardo Villarreal"). A gold name of one word
 * may stand anywhere in a resolved name of up to three: a first name ("Tom" is "Tom Ebeling"), a surname
 * written first ("Mr. Lou" is "Lou Jiwei") or the first of two ("Ms. Acosta" is "Melba Acosta Febo"). A gold
 * acronym of three letters or more is the name it initials ("the IMF" is the International Monetary Fund).
 */
export function sameName(resolved: string, gold: readonly string[]): boolean {
  if (gold.length === 1 && (gold[0] as string).length >= 3 && nameInitials(resolved).toLowerCase() === gold[0]) return true;
  const words = nameWords(resolved.replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
  if (words.length === 0 || gold.length === 0) return false;
  if (gold.length === 1 && words.length <= 3 && words.includes(gold[0] as string)) return true;
  if (words.at(-1) !== gold.at(-1)) return false;
  // A name of two words or more held whole at the end: "Guajardo Villarreal" is "Ildefonso Guajardo Villarreal".
  const heldAtEnd = gold.length >= 2 && gold.every((word, i) => words[words.length - gold.length + i] === word);
  return heldAtEnd || words.length < 2 || gold.length < 2 || gold.includes(words[0] as string);
}

/**
 * Right speaker, by name: names and pronouns must resolve to the gold name (an unresolved "he" is wrong);
 * a description is right where the speaker phrase overlaps the gold source; an unnamed source where the
 * quote has no speaker.
 */
export function speakerRight(gold: GoldAttribution, quote: Pick<Quote, 'speaker' | 'speakerStart' | 'speakerEnd'>): boolean {
  switch (gold.sourceKind) {
    case 'name':
    case 'pronoun':
      return sameName(quote.speaker, gold.name);
    case 'description':
      return quote.speakerStart !== null && quote.speakerEnd !== null && overlap(gold.source, [{ start: quote.speakerStart, end: quote.speakerEnd }]) > 0;
    case 'unnamed':
      return quote.speaker === '';
  }
}

/** Confidence buckets of the reliability table: `[low, high)`, the last one closed. */
export const CONFIDENCE_BUCKETS: readonly (readonly [number, number])[] = [
  [0, 0.4],
  [0.4, 0.6],
  [0.6, 0.7],
  [0.7, 0.8],
  [0.8, 0.9],
  [0.9, 1],
];

export interface QuoteScores {
  directGold: number;
  directFound: number;
  /** Quotes in marks predicted, and those that cover some gold attribution (direct or not). */
  markedPredicted: number;
  markedCorrect: number;
  directSpeakerRight: number;
  /** Per kind of gold source: found direct quotes, and those with the right speaker. */
  byKind: Record<SourceKind, { found: number; right: number }>;
  /** Per confidence bucket: found direct quotes, and those with the right speaker. */
  reliability: { quotes: number; right: number }[];
  speechGold: number;
  speechFound: number;
  indirectGold: number;
  indirectFound: number;
  indirectPredicted: number;
  indirectCorrect: number;
  baselineDirectFound: number;
}

export function scorePolnear(articles: readonly PolnearArticle[], analyse: Analyse, withBaseline = true): QuoteScores {
  const scores: QuoteScores = {
    directGold: 0, directFound: 0, markedPredicted: 0, markedCorrect: 0, directSpeakerRight: 0, speechGold: 0, speechFound: 0, indirectGold: 0, indirectFound: 0,
    indirectPredicted: 0, indirectCorrect: 0, baselineDirectFound: 0,
    byKind: Object.fromEntries(SOURCE_KINDS.map((kind) => [kind, { found: 0, right: 0 }])) as QuoteScores['byKind'],
    reliability: CONFIDENCE_BUCKETS.map(() => ({ quotes: 0, right: 0 })),
  };
  for (const { name, text, gold } of articles) {
    const article: Article = { id: name, title: '', caption: '', credit: '', text, date: '', url: '', externalId: '', source: { file: name, start: 0, end: 0, line: 1 } };
    const quotes = analyse(article, new Messages(name)).quotes.filter((q) => q.field === 'text');
    const marked = quotes.filter((q) => q.kind !== 'indirect');
    const indirect = quotes.filter((q) => q.kind === 'indirect');
    const baseline = withBaseline ? compromiseQuotes(text) : [];
    for (const attribution of gold) {
      if (attribution.direct) {
        scores.directGold++;
        const set = matchingSet(attribution, marked);
        if (set !== undefined) {
          scores.directFound++;
          const best = [...set].sort((a, b) => overlap(attribution.content, [b]) - overlap(attribution.content, [a]))[0] as Quote;
          const right = speakerRight(attribution, best);
          const kind = scores.byKind[attribution.sourceKind];
          const bucket = scores.reliability[CONFIDENCE_BUCKETS.findIndex(([low, high]) => best.confidence >= low && (best.confidence < high || high === 1))];
          kind.found++;
          if (bucket !== undefined) bucket.quotes++;
          if (right) {
            scores.directSpeakerRight++;
            kind.right++;
            if (bucket !== undefined) bucket.right++;
          }
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
      if (coversGold(gold, quote)) scores.indirectCorrect++;
    }
    for (const quote of marked) {
      scores.markedPredicted++;
      if (coversGold(gold, quote)) scores.markedCorrect++;
    }
  }
  return scores;
}

/** True when a predicted quote covers at least half of the longer of itself and the gold content it touches. */
function coversGold(gold: readonly GoldAttribution[], quote: Range): boolean {
  return gold.some((g) => {
    const touched = g.content.filter((r) => overlap([r], [quote]) > 0);
    return touched.length > 0 && overlap(touched, [quote]) >= 0.5 * Math.max(length(touched), quote.end - quote.start);
  });
}

/** Plain compromise `.quotations()`: the span inside the marks, as a quote without speaker. */
function compromiseQuotes(text: string): Quote[] {
  const found = nlp(text).quotations().json({ offset: true }) as { offset: { start: number; length: number } }[];
  return found.map(({ offset }) => ({
    id: '', field: 'text', kind: 'direct', start: offset.start, end: offset.start + offset.length, text: '', speaker: '', speakerId: '',
    speakerMention: '', speakerStart: null, speakerEnd: null, cue: '', via: '', viaId: '', confidence: 0,
  }));
}
