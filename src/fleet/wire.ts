/**
 * What crosses the network between a coordinator and its workers, and the checks on both ends: a job is a
 * batch of articles, a result their analysis. Neither end trusts the other's bytes: a job or result that is
 * not of the expected shape and size, or whose offsets do not point into the texts sent, is refused with a
 * reason, and nothing of it reaches the analysis or the store.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { RULES } from '../core/diagnostics.js';
import { type AnalysedArticle, type Article, type ArticleEntity, type Diagnostic, type Field, type Mention, MENTION_FORMS, type Quote, type Relation, type Role } from '../core/types.js';
import type { AnalysisParts } from '../io/analysis-version.js';
import type { Batch, BatchResult } from '../run/batch.js';

/** The version of this wire format: a worker and a coordinator of different formats are of different code anyway. */
const WIRE_FORMAT = 1;
/** Most text a job may carry, in characters: a batch is about 256 KB, but one article may be long. */
const MAX_JOB_CHARS = 64 * 1024 * 1024;
const MAX_JOB_ARTICLES = 100_000;

const field = z.enum(['title', 'caption', 'text']);
const entityType = z.enum(['PERSON', 'PLACE', 'ORGANIZATION']);
const nodeType = z.enum(['PERSON', 'PLACE', 'ORGANIZATION', 'QUOTE', 'ARTICLE', 'ROLE', 'SOURCE']);
const offset = z.number().int().nonnegative();

const article: z.ZodType<Article> = z.object({
  id: z.string().min(1),
  title: z.string(),
  caption: z.string(),
  credit: z.string(),
  text: z.string(),
  date: z.string(),
  url: z.string(),
  externalId: z.string(),
  source: z.object({ file: z.string(), start: offset, end: offset, line: offset }),
});

const analysisParts: z.ZodType<AnalysisParts & { id: string }> = z.object({ id: z.string(), tool: z.string(), code: z.string(), data: z.string(), packages: z.string() });

const job = z.object({
  format: z.literal(WIRE_FORMAT),
  analysis: analysisParts,
  input: z.string(),
  articles: z.array(article).min(1).max(MAX_JOB_ARTICLES),
});

const mention: z.ZodType<Mention> = z.object({
  field,
  start: offset,
  end: offset,
  text: z.string(),
  type: entityType,
  form: z.enum(MENTION_FORMS),
  sentence: offset,
  canonical: z.string(),
  entityId: z.string(),
});

const role: z.ZodType<Role> = z.object({ role: z.string(), ofId: z.string(), of: z.string(), ofSource: z.enum(['text', 'record', 'none']), field, start: offset, end: offset });

const entity: z.ZodType<ArticleEntity> = z.object({
  id: z.string().min(1),
  type: entityType,
  name: z.string(),
  aliases: z.array(z.string()),
  roles: z.array(role),
  country: z.string(),
  geonamesId: z.string(),
  mentionCount: offset,
});

const quote: z.ZodType<Quote> = z.object({
  id: z.string().min(1),
  field,
  kind: z.enum(['direct', 'partial', 'indirect']),
  start: offset,
  end: offset,
  text: z.string(),
  speaker: z.string(),
  speakerId: z.string(),
  speakerMention: z.string(),
  speakerStart: offset.nullable(),
  speakerEnd: offset.nullable(),
  cue: z.string(),
  via: z.string(),
  viaId: z.string(),
  confidence: z.number().min(0).max(1),
});

const relation: z.ZodType<Relation> = z.object({
  id: z.string().min(1),
  subjectId: z.string(),
  subject: z.string(),
  subjectType: nodeType,
  predicate: z.enum(['SAID', 'HAS_ROLE', 'MET', 'REPORTED', 'MENTIONED_IN']),
  objectId: z.string(),
  object: z.string(),
  objectType: nodeType,
  qualifierId: z.string(),
  qualifier: z.string(),
  field,
  evidence: z.string(),
  evidenceStart: offset,
  evidenceEnd: offset,
  confidence: z.number().min(0).max(1),
});

const diagnostic: z.ZodType<Diagnostic> = z.object({
  ruleId: z.string().refine((id) => id in RULES, 'not a rule of this whosaid'),
  stage: z.enum(['run', 'discover', 'read', 'split', 'dedupe', 'tokenize', 'ner', 'quotes', 'relations', 'store', 'write']),
  severity: z.enum(['error', 'warning', 'info']),
  source: z.string(),
  place: z.object({ line: offset.optional(), byte: offset.optional(), articleId: z.string().optional() }).optional(),
  message: z.string(),
}) as z.ZodType<Diagnostic>;

const result = z.object({
  format: z.literal(WIRE_FORMAT),
  analysis: z.string(),
  worker: z.string(),
  ms: z.number().nonnegative(),
  analysed: z.array(z.object({ mentions: z.array(mention), entities: z.array(entity), quotes: z.array(quote), relations: z.array(relation) })),
  diagnostics: z.array(diagnostic),
  stageMs: z.record(z.string(), z.number().nonnegative()),
});

/** A job as the queue holds it: the batch, gzipped JSON in base64 (news text shrinks about threefold). */
export interface Job {
  /** The analysis version of the coordinator, readable without unpacking the batch. */
  readonly analysis: AnalysisParts & { readonly id: string };
  readonly input: string;
  readonly articles: number;
  readonly packed: string;
}

export function packJob(batch: Batch, analysis: AnalysisParts & { readonly id: string }): Job {
  return { analysis, input: batch.input, articles: batch.articles.length, packed: pack({ format: WIRE_FORMAT, analysis, input: batch.input, articles: batch.articles }) };
}

/** The batch a job carries, or why it is not one: never throws. */
export function unpackJob(data: unknown): Batch | { readonly refused: string } {
  const packed = (data as Partial<Job> | null)?.packed;
  if (typeof packed !== 'string') return { refused: 'the job carries no packed batch' };
  const parsed = job.safeParse(unpack(packed, MAX_JOB_CHARS * 2));
  if (!parsed.success) return { refused: `the job is not a batch of articles: ${oneLine(parsed.error)}` };
  const chars = parsed.data.articles.reduce((sum, a) => sum + a.title.length + a.caption.length + a.text.length, 0);
  if (chars > MAX_JOB_CHARS) return { refused: `the job carries ${chars} characters of text, more than a batch may (${MAX_JOB_CHARS})` };
  return { input: parsed.data.input, articles: parsed.data.articles };
}

/** A result as the queue holds it: the analysis without the articles (the coordinator has them), packed like a job. */
export function packResult(result: BatchResult, analysis: string): string {
  const analysed = result.analysed.map(({ mentions, entities, quotes, relations }) => ({ mentions, entities, quotes, relations }));
  return pack({ format: WIRE_FORMAT, analysis, worker: result.worker, ms: result.ms, analysed, diagnostics: result.diagnostics, stageMs: result.stageMs });
}

/**
 * The result of `batch` from what a worker sent, checked: the coordinator's analysis version, one analysis per
 * article sent, every offset inside the field it points into and the text at it, every mention's entity among
 * the article's, diagnostics about this input and its articles. Never throws.
 */
export function unpackResult(data: unknown, batch: Batch, analysis: string): BatchResult | { readonly refused: string } {
  if (typeof data !== 'string') return { refused: 'the result is not a packed analysis' };
  const parsed = result.safeParse(unpack(data, MAX_JOB_CHARS * 16));
  if (!parsed.success) return { refused: `the result is not an analysis of a batch: ${oneLine(parsed.error)}` };
  const sent = parsed.data;
  if (sent.analysis !== analysis) return { refused: `the result was made by analysis ${sent.analysis}, not this run's ${analysis}` };
  if (sent.analysed.length !== batch.articles.length) return { refused: `the result holds ${sent.analysed.length} analyses for ${batch.articles.length} articles` };
  const analysed: AnalysedArticle[] = [];
  for (const [i, article] of batch.articles.entries()) {
    const one = { article, ...(sent.analysed[i] as Omit<AnalysedArticle, 'article'>) };
    const wrong = misplaced(one);
    if (wrong !== undefined) return { refused: `the analysis of article ${article.id} ${wrong}` };
    analysed.push(one);
  }
  const ids = new Set(batch.articles.map((a) => a.id));
  const stray = sent.diagnostics.find((d) => d.source !== batch.input || (d.place?.articleId !== undefined && !ids.has(d.place.articleId)));
  if (stray !== undefined) return { refused: `the result reports on ${stray.source} ${stray.place?.articleId ?? ''}, which the batch does not hold` };
  return { analysed, diagnostics: sent.diagnostics, stageMs: sent.stageMs, worker: sent.worker, ms: sent.ms };
}

/** What is out of place in an article's analysis, or undefined. */
function misplaced({ article, mentions, entities, quotes, relations }: AnalysedArticle): string | undefined {
  const inside = (f: Field, start: number, end: number) => start <= end && end <= article[f].length;
  const at = (f: Field, start: number, end: number, text: string) => inside(f, start, end) && article[f].slice(start, end) === text;
  const entityIds = new Set(entities.map((e) => e.id));
  const mention = mentions.find((m) => !at(m.field, m.start, m.end, m.text) || !entityIds.has(m.entityId));
  if (mention !== undefined) return `has a mention "${mention.text}" at ${mention.field} ${mention.start}-${mention.end} that is not in the article or of no entity`;
  const q = quotes.find((x) => !at(x.field, x.start, x.end, x.text) || (x.speakerStart !== null && !inside(x.field, x.speakerStart, x.speakerEnd ?? -1)));
  if (q !== undefined) return `has a quote at ${q.field} ${q.start}-${q.end} that is not in the article`;
  const r = relations.find((x) => !at(x.field, x.evidenceStart, x.evidenceEnd, x.evidence));
  if (r !== undefined) return `has a relation whose evidence at ${r.field} ${r.evidenceStart}-${r.evidenceEnd} is not in the article`;
  const role = entities.flatMap((e) => e.roles).find((x) => !inside(x.field, x.start, x.end));
  if (role !== undefined) return `has a role "${role.role}" at ${role.field} ${role.start}-${role.end} that is not in the article`;
  return undefined;
}

function pack(value: unknown): string {
  return gzipSync(JSON.stringify(value)).toString('base64');
}

/** Unpacked JSON, or undefined when the bytes are not gzipped JSON of at most `maxChars` characters. */
function unpack(packed: string, maxChars: number): unknown {
  try {
    return JSON.parse(gunzipSync(Buffer.from(packed, 'base64'), { maxOutputLength: maxChars * 3 }).toString('utf8'));
  } catch {
    return undefined;
  }
}

function oneLine(error: z.ZodError): string {
  return z.prettifyError(error).replace(/\s*\n\s*/gu, ' ').slice(0, 300);
}
