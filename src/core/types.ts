/**
 * The types every stage speaks. Spans are half-open `[start, end)` ranges in UTF-16 code units into one
 * field of an article, exactly as the field is written in `articles.jsonl`.
 */
import type { RuleId } from './diagnostics.js';

/** How bad a diagnostic is: `error` means the input did not come through whole and the run exits with 1. */
export type Severity = 'error' | 'warning' | 'info';

export type StageName = 'run' | 'discover' | 'read' | 'split' | 'dedupe' | 'tokenize' | 'ner' | 'quotes' | 'relations' | 'store' | 'write';

/** Where in an input a diagnostic points. Every part is optional because not every reader knows every part. */
export interface Place {
  /** 1-based line in the input file. */
  readonly line?: number;
  /** Byte offset into the input file. */
  readonly byte?: number;
  /** Article the diagnostic is about. */
  readonly articleId?: string;
}

/** A message a stage attaches instead of throwing; it ends up in `run.json`. */
export interface Diagnostic {
  /** Stable rule id, listed in the README (e.g. `read/invalid-utf8`). */
  readonly ruleId: string;
  readonly stage: StageName;
  readonly severity: Severity;
  /** The input the diagnostic is about, as given on the command line (relative path). */
  readonly source: string;
  readonly place?: Place;
  readonly message: string;
}

export type InputFormat = 'dump' | 'jsonl';

/** What happened to one input. `partial`: read with errors, what could be read was processed. */
export type InputOutcome = 'ok' | 'partial' | 'failed';

/** Where an article was seen: a byte range `[start, end)` of a file and the 1-based lines it covers. */
export interface SourceRange {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

/** The three fields of an article that spans point into. */
export type Field = 'title' | 'caption' | 'text';
export const FIELDS: readonly Field[] = ['title', 'caption', 'text'];

export interface Article {
  /** Stable id, from content: a hash of the JSONL `id`, or of the normalised words (never of where the file was found). */
  readonly id: string;
  readonly title: string;
  readonly caption: string;
  /** Photo credit as written inside the caption (`Sputnik/Alexander Kazakov/Pool via Reuters`), or ''. */
  readonly credit: string;
  readonly text: string;
  readonly date: string;
  readonly url: string;
  /** The id the article had in a JSONL input, or ''. */
  readonly externalId: string;
  readonly source: SourceRange;
}

export type EntityType = 'PERSON' | 'PLACE' | 'ORGANIZATION';

/**
 * How a mention names its entity: by name ("Wang Yi", "Wang"), by a demonym that stands for a country
 * ("Chinese" → China), by a description in common nouns that names one institution ("Chinese foreign ministry":
 * an entity, but no name by the conventions of named-entity annotation), or inside a photo credit.
 */
export const MENTION_FORMS = ['name', 'demonym', 'description', 'credit'] as const;
export type MentionForm = (typeof MENTION_FORMS)[number];

/** A span of one field with the entity it was resolved to. */
export interface Mention {
  readonly field: Field;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: EntityType;
  readonly form: MentionForm;
  /** Index of the sentence in the field (0-based). */
  readonly sentence: number;
  /** The canonical name inside the article, e.g. `Wang Yi` for a later `Wang`. */
  readonly canonical: string;
  readonly entityId: string;
}

/** A role a person holds, as stated in the article: Foreign Minister of China. */
export interface Role {
  readonly role: string;
  /** Entity id and name of the place or organization the role is of, or '' when not known. */
  readonly ofId: string;
  readonly of: string;
  /** Where the "of" comes from: stated in the text, the office holders on record, or nowhere. */
  readonly ofSource: 'text' | 'record' | 'none';
  /** Where it is stated: the phrase from the first word of the role to the end of the name. */
  readonly field: Field;
  readonly start: number;
  readonly end: number;
}

/** An entity as one article knows it. The run merges these by id into `EntityRow`s. */
export interface ArticleEntity {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly roles: readonly Role[];
  /** ISO 3166-1 alpha-2 code for places (and for people/orgs where a demonym or title tells), or ''. */
  readonly country: string;
  /** GeoNames id for places found in the gazetteer, or ''. */
  readonly geonamesId: string;
  readonly mentionCount: number;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Quote {
  readonly id: string;
  readonly field: Field;
  readonly kind: QuoteKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Resolved speaker name, or the unnamed source as written ("a senior Iranian official"), or ''. */
  readonly speaker: string;
  readonly speakerId: string;
  /** The speaker as written where the quote is attributed ("he", "Rudenko") and its offsets, or '' and null. */
  readonly speakerMention: string;
  readonly speakerStart: number | null;
  readonly speakerEnd: number | null;
  readonly cue: string;
  readonly via: string;
  readonly viaId: string;
  readonly confidence: number;
}

export type Predicate = 'SAID' | 'HAS_ROLE' | 'MET' | 'REPORTED' | 'MENTIONED_IN';

/** What a node of the graph is: an entity, a quote, an article, a role title, or a source with no entity. */
export type NodeType = EntityType | 'QUOTE' | 'ARTICLE' | 'ROLE' | 'SOURCE';

export interface Relation {
  readonly id: string;
  readonly subjectId: string;
  readonly subject: string;
  readonly subjectType: NodeType;
  readonly predicate: Predicate;
  readonly objectId: string;
  readonly object: string;
  readonly objectType: NodeType;
  /** Extra facts of the triple: the place or organization a role is of. */
  readonly qualifierId: string;
  readonly qualifier: string;
  readonly field: Field;
  /** The evidence sentence and its offsets in `field`. */
  readonly evidence: string;
  readonly evidenceStart: number;
  readonly evidenceEnd: number;
  readonly confidence: number;
}

/** Per-field token layer: flat arrays, one entry per token, as wink-nlp keeps them (no object per token). */
export interface Tokens {
  /** Offsets `[starts[i], ends[i])` of token i in the field. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Token i as written, `text.slice(starts[i], ends[i])`: sliced once, for every stage that reads words. */
  readonly words: readonly string[];
  /** Universal part-of-speech tag of token i (`PROPN`, `VERB`, ...). */
  readonly pos: readonly string[];
  /** Index of the sentence token i is in. */
  readonly sentence: Int32Array;
  /** Offsets `[sentenceStarts[s], sentenceEnds[s])` of sentence s in the field. */
  readonly sentenceStarts: Int32Array;
  readonly sentenceEnds: Int32Array;
}

/** The layers per-article stages add to a doc, by name, and what each holds. */
export interface Layers {
  readonly tokens: Readonly<Record<Field, Tokens>>;
  readonly mentions: readonly Mention[];
  readonly entities: readonly ArticleEntity[];
  readonly quotes: readonly Quote[];
  readonly relations: readonly Relation[];
}

export type Layer = keyof Layers;

/**
 * What the per-article stages pass along: the article and the layers stages have added so far. `Doc<'tokens'>`
 * is a doc that has its tokens: a stage that requires them is given one, so it reads them without a check.
 */
export type Doc<Has extends Layer = never> = { readonly article: Article } & Pick<Layers, Has> & Partial<Layers>;

/** What a per-article stage gets besides the doc: a way to report a diagnostic about the article. */
export interface StageContext {
  report(ruleId: RuleId, message: string, place?: Place): void;
}

/**
 * A per-article stage: a function from a doc to the doc with its layers added. It declares the layers it needs
 * and the ones it assigns, so that a bad order is a compile error where the stages are put together (and,
 * for stages put together at run time, an error before any text is read).
 */
export interface ArticleStage<Requires extends Layer, Assigns extends Layer> {
  readonly name: StageName;
  readonly requires: readonly Requires[];
  readonly assigns: readonly Assigns[];
  run(doc: Doc<Requires>, context: StageContext): Doc<Requires | Assigns>;
}

/** A stage of whatever layers, as a list of stages holds it once its order is checked. */
export interface AnyArticleStage {
  readonly name: StageName;
  readonly requires: readonly Layer[];
  readonly assigns: readonly Layer[];
  run(doc: Doc, context: StageContext): Doc;
}

/** An article with everything the per-article stages found in it. */
export interface AnalysedArticle {
  readonly article: Article;
  readonly mentions: readonly Mention[];
  readonly entities: readonly ArticleEntity[];
  readonly quotes: readonly Quote[];
  readonly relations: readonly Relation[];
}
