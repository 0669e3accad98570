import { isOutletName, type Lexicon } from '../../language/lexicon/index.js';
import type { Article, ArticleEntity, ArticleStage, Mention, Quote, Relation, Tokens } from '../../core/types.js';
import { meetings } from './met.js';
import { type End, roleNode, sourceNode, TripleMaker } from './triples.js';

/** Confidence of a role by how its "of" is known: stated in the text, on record, or not known. */
const ROLE_CONFIDENCE = { stated: 0.9, onRecord: 0.8, unknown: 0.7 } as const;
const MET_CONFIDENCE = 0.8;

/**
 * The relations stage: triples for the knowledge graph, each with the article, its evidence sentence and a
 * confidence. SAID speaker → quote; REPORTED outlet → quote; HAS_ROLE person → role (qualified by the place or
 * organization it is of); MET person → person; MENTIONED_IN entity → article.
 */
export function relationsStage(lexicon: Lexicon): ArticleStage<'tokens' | 'mentions' | 'entities' | 'quotes', 'relations'> {
  return {
    name: 'relations',
    requires: ['tokens', 'mentions', 'entities', 'quotes'],
    assigns: ['relations'],
    run(doc) {
      const { article } = doc;
      const { tokens, mentions, entities } = doc;
      const maker = new TripleMaker(article.id, article, tokens);
      const byId = new Map(entities.map((entity) => [entity.id, entity]));
      const relations: Relation[] = [
        ...doc.quotes.flatMap((quote) => quoteTriples(quote, article.id, byId, lexicon, maker)),
        ...entities.flatMap((entity) => roleTriples(entity, maker)),
        ...metTriples(tokens.text, mentions, lexicon, maker),
        ...mentionedIn(article, mentions),
      ];
      // One triple per fact and article, with the evidence where it is first stated.
      const facts = new Map<string, Relation>();
      for (const r of relations) {
        const fact = [r.predicate, r.subjectId, r.objectId, r.qualifierId].join('\u0000');
        if (!facts.has(fact)) facts.set(fact, r);
      }
      return { ...doc, relations: [...facts.values()] };
    },
  };
}

function quoteTriples(quote: Quote, articleId: string, entities: ReadonlyMap<string, ArticleEntity>, lexicon: Lexicon, maker: TripleMaker): Relation[] {
  if (quote.speaker === '') return [];
  const object: End = { id: quote.id, name: quote.text, type: 'QUOTE' };
  const place = { field: quote.field, offset: quote.start };
  const entity = entities.get(quote.speakerId);
  const speaker: End = entity !== undefined ? { id: entity.id, name: quote.speaker, type: entity.type } : sourceNode(articleId, quote.speaker);
  const triples = [maker.make('SAID', speaker, object, place, quote.confidence)];
  const via = entities.get(quote.viaId);
  if (via !== undefined) triples.push(maker.make('REPORTED', { id: via.id, name: quote.via, type: via.type }, object, place, quote.confidence));
  else if (isOutlet(entity, lexicon)) triples.push(maker.make('REPORTED', speaker, object, place, quote.confidence));
  return triples;
}

/** An organization that passes on news. */
function isOutlet(entity: ArticleEntity | undefined, lexicon: Lexicon): boolean {
  return entity?.type === 'ORGANIZATION' && isOutletName(lexicon, entity.name);
}

function roleTriples(entity: ArticleEntity, maker: TripleMaker): Relation[] {
  return entity.roles.map((role) => {
    const confidence = role.ofSource === 'text' ? ROLE_CONFIDENCE.stated : role.ofSource === 'record' ? ROLE_CONFIDENCE.onRecord : ROLE_CONFIDENCE.unknown;
    return maker.make('HAS_ROLE', { id: entity.id, name: entity.name, type: 'PERSON' }, roleNode(role.role), { field: role.field, offset: role.start }, confidence, {
      id: role.ofId,
      name: role.of,
    });
  });
}

function metTriples(tokens: Tokens, mentions: readonly Mention[], lexicon: Lexicon, maker: TripleMaker): Relation[] {
  const people = mentions.filter((m) => m.field === 'text' && m.type === 'PERSON' && m.form === 'name');
  const seen = new Set<string>();
  return meetings(tokens, people, lexicon).flatMap(({ first, second, at }) => {
    const pair = [first.entityId, second.entityId].sort().join();
    if (seen.has(pair)) return [];
    seen.add(pair);
    const person = (m: Mention): End => ({ id: m.entityId, name: m.canonical, type: 'PERSON' });
    return [maker.make('MET', person(first), person(second), { field: 'text', offset: at }, MET_CONFIDENCE)];
  });
}

/**
 * MENTIONED_IN, entity → article: one per entity, in the order of their first mentions, each with its first
 * mention as the evidence (the mentions table holds the others, and a sentence per entity would repeat most
 * of the article in the relations). A function of the mentions alone: the store keeps the mentions and makes
 * these again when it reads an article back, instead of keeping a row for each.
 */
export function mentionedIn(article: Pick<Article, 'id' | 'title' | 'caption' | 'text'>, mentions: readonly Mention[]): Relation[] {
  const maker = new TripleMaker(article.id, article);
  const seen = new Set<string>();
  const relations: Relation[] = [];
  for (const m of mentions) {
    if (seen.has(m.entityId)) continue;
    seen.add(m.entityId);
    relations.push(maker.make('MENTIONED_IN', { id: m.entityId, name: m.canonical, type: m.type }, { id: article.id, name: article.title, type: 'ARTICLE' }, { field: m.field, offset: m.start, end: m.end }, 1));
  }
  return relations;
}
