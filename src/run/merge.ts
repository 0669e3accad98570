import { DuplicateIndex } from '../stages/dedupe/index.js';
import type { AnalysedArticle, ArticleEntity, Duplicate, SourceRange } from '../types.js';
import type { ArticleRow, DuplicateRow, EntityRow, MentionRow, QuoteRow, RelationRow, Tables } from '../write/tables.js';
import type { InputResult } from './process-input.js';

/**
 * Merges the inputs' results, in input order, into the run's tables: the dedupe stage keeps the first copy
 * of every story, and the entities that articles found are merged by id into the run's entities.
 */
export function mergeResults(results: readonly InputResult[]): Tables {
  const index = new DuplicateIndex();
  const kept: AnalysedArticle[] = [];
  const duplicates: Duplicate[] = [];
  const seenAt = new Map<string, SourceRange[]>();
  for (const { articles } of results) {
    for (const analysed of articles) {
      const duplicate = index.check(analysed.article);
      if (duplicate === undefined) {
        kept.push(analysed);
        seenAt.set(analysed.article.id, [analysed.article.source]);
      } else {
        duplicates.push(duplicate);
        seenAt.get(duplicate.duplicateOf)?.push(duplicate.source);
      }
    }
  }
  return {
    articles: kept.map((analysed) => articleRow(analysed, seenAt.get(analysed.article.id) ?? [])),
    duplicates: duplicates.map(duplicateRow),
    entities: entityRows(kept),
    mentions: kept.flatMap(mentionRows),
    quotes: kept.flatMap(quoteRows),
    relations: kept.flatMap(relationRows),
  };
}

export function sourceLabel(source: SourceRange): string {
  return `${source.file}:${source.start}-${source.end}`;
}

function articleRow({ article }: AnalysedArticle, sources: readonly SourceRange[]): ArticleRow {
  return {
    article_id: article.id,
    title: article.title,
    date: article.date,
    caption: article.caption,
    credit: article.credit,
    word_count: article.text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0,
    sources: sources.map(sourceLabel),
    url: article.url,
    external_id: article.externalId,
    text: article.text,
  };
}

function duplicateRow(duplicate: Duplicate): DuplicateRow {
  return {
    article_id: duplicate.articleId,
    duplicate_of: duplicate.duplicateOf,
    kind: duplicate.kind,
    similarity: duplicate.similarity,
    source: sourceLabel(duplicate.source),
  };
}

/** One row per entity id: aliases and roles are the union over articles, counts are sums. Sorted by id. */
function entityRows(kept: readonly AnalysedArticle[]): EntityRow[] {
  const merged = new Map<string, { entity: ArticleEntity; aliases: Set<string>; roles: Set<string>; articles: number; mentions: number }>();
  for (const { entities } of kept) {
    for (const entity of entities) {
      const into = merged.get(entity.id) ?? { entity, aliases: new Set<string>(), roles: new Set<string>(), articles: 0, mentions: 0 };
      entity.aliases.forEach((alias) => into.aliases.add(alias));
      entity.roles.forEach((role) => into.roles.add(role.of ? `${role.role} of ${role.of}` : role.role));
      into.articles += 1;
      into.mentions += entity.mentionCount;
      merged.set(entity.id, into);
    }
  }
  return [...merged.values()]
    .map(({ entity, aliases, roles, articles, mentions }) => ({
      entity_id: entity.id,
      type: entity.type,
      name: entity.name,
      aliases: [...aliases].sort(),
      roles: [...roles].sort(),
      country: entity.country,
      article_count: articles,
      mention_count: mentions,
      geonames_id: entity.geonamesId,
    }))
    .sort((a, b) => (a.entity_id < b.entity_id ? -1 : 1));
}

function mentionRows({ article, mentions }: AnalysedArticle): MentionRow[] {
  return mentions.map((mention) => ({
    article_id: article.id,
    entity_id: mention.entityId,
    field: mention.field,
    text: mention.text,
    start: mention.start,
    end: mention.end,
    sentence: mention.sentence,
    form: mention.form,
  }));
}

function quoteRows({ article, quotes }: AnalysedArticle): QuoteRow[] {
  return quotes.map((quote) => ({
    quote_id: quote.id,
    article_id: article.id,
    field: quote.field,
    kind: quote.kind,
    text: quote.text,
    speaker: quote.speaker,
    speaker_id: quote.speakerId,
    speaker_mention: quote.speakerMention,
    speaker_start: quote.speakerStart,
    speaker_end: quote.speakerEnd,
    cue: quote.cue,
    via: quote.via,
    via_id: quote.viaId,
    start: quote.start,
    end: quote.end,
    confidence: quote.confidence,
  }));
}

function relationRows({ article, relations }: AnalysedArticle): RelationRow[] {
  return relations.map((relation) => ({
    relation_id: relation.id,
    article_id: article.id,
    subject_id: relation.subjectId,
    subject: relation.subject,
    predicate: relation.predicate,
    object_id: relation.objectId,
    object: relation.object,
    evidence: relation.evidence,
    confidence: relation.confidence,
    qualifier_id: relation.qualifierId,
    qualifier: relation.qualifier,
    field: relation.field,
    evidence_start: relation.evidenceStart,
    evidence_end: relation.evidenceEnd,
    subject_type: relation.subjectType,
    object_type: relation.objectType,
  }));
}
