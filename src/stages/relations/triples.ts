import { stableId } from '../../core/hash.js';
import { nameKey } from '../../language/lexicon/index.js';
import type { Field, NodeType, Predicate, Relation, Tokens } from '../../core/types.js';

/** One end of a triple: a node id, its name and what kind of node it is. */
export interface End {
  readonly id: string;
  readonly name: string;
  readonly type: NodeType;
}

/**
 * Where a triple is stated: a field and an offset in it. The evidence is the sentence around the offset, or,
 * when `end` is given, exactly `[offset, end)` (a mention is its own evidence of MENTIONED_IN).
 */
export interface Place {
  readonly field: Field;
  readonly offset: number;
  readonly end?: number;
}

/** The sentence of `tokens` that holds `offset`, as offsets `[start, end)`. */
export function sentenceAround(tokens: Tokens, offset: number): { start: number; end: number } {
  let sentence = 0;
  for (let t = 0; t < tokens.starts.length && (tokens.starts[t] as number) <= offset; t++) sentence = tokens.sentence[t] as number;
  return { start: tokens.sentenceStarts[sentence] ?? 0, end: tokens.sentenceEnds[sentence] ?? 0 };
}

/** Builds triples of one article with their evidence sentences and stable ids. */
export class TripleMaker {
  /** Without `tokens`, every place must give its `end`: there are no sentences to find. */
  constructor(
    private readonly articleId: string,
    private readonly texts: Readonly<Record<Field, string>>,
    private readonly tokens?: Readonly<Record<Field, Tokens>>,
  ) {}

  make(predicate: Predicate, subject: End, object: End, place: Place, confidence: number, qualifier: Omit<End, 'type'> = { id: '', name: '' }): Relation {
    const sentence = place.end === undefined ? sentenceAround((this.tokens as Readonly<Record<Field, Tokens>>)[place.field], place.offset) : { start: place.offset, end: place.end };
    return {
      id: stableId('r', this.articleId, predicate, subject.id, object.id, qualifier.id, place.field, sentence.start),
      subjectId: subject.id,
      subject: subject.name,
      subjectType: subject.type,
      predicate,
      objectId: object.id,
      object: object.name,
      objectType: object.type,
      qualifierId: qualifier.id,
      qualifier: qualifier.name,
      field: place.field,
      evidence: this.texts[place.field].slice(sentence.start, sentence.end),
      evidenceStart: sentence.start,
      evidenceEnd: sentence.end,
      confidence,
    };
  }
}

/** The node of a role title ("Foreign Minister"): one node per title across the run. */
export function roleNode(role: string): End {
  return { id: stableId('t', nameKey(role)), name: role, type: 'ROLE' };
}

/** The node of a source that has no entity ("a senior Iranian official", an unresolved "they"): one per article. */
export function sourceNode(articleId: string, written: string): End {
  return { id: stableId('s', articleId, nameKey(written)), name: written, type: 'SOURCE' };
}
