import type { AnalysedArticle, ArticleEntity, Duplicate, SourceRange } from '../types.js';
import type { ArticleRow, DuplicateRow, EntityRow, MentionRow, QuoteRow, RelationRow } from './tables.js';

/** Rows of the output tables, made from what the stages found. Pure: values in, rows out. */

export function sourceLabel(source: SourceRange): string {
  return `${source.file}:${source.start}-${source.end}`;
}

export function articleRow({ article }: AnalysedArticle, sources: readonly SourceRange[]): ArticleRow {
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

export function duplicateRow(duplicate: Duplicate): DuplicateRow {
  return {
    article_id: duplicate.articleId,
    duplicate_of: duplicate.duplicateOf,
    kind: duplicate.kind,
    similarity: duplicate.similarity,
    source: sourceLabel(duplicate.source),
  };
}

export function mentionRows({ article, mentions }: AnalysedArticle): MentionRow[] {
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

export function quoteRows({ article, quotes }: AnalysedArticle): QuoteRow[] {
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

export function relationRows({ article, relations }: AnalysedArticle): RelationRow[] {
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

/**
 * The run's entities, merged by id from what each kept article knows: aliases and roles are the union over
 * articles, counts are sums. Memory grows with the number of distinct entities, not of articles.
 */
export class EntityAggregator {
  private readonly merged = new Map<string, { entity: ArticleEntity; aliases: Set<string>; roles: Set<string>; articles: number; mentions: number }>();

  add(entities: readonly ArticleEntity[]): void {
    for (const entity of entities) {
      const into = this.merged.get(entity.id) ?? { entity, aliases: new Set<string>(), roles: new Set<string>(), articles: 0, mentions: 0 };
      entity.aliases.forEach((alias) => into.aliases.add(alias));
      entity.roles.forEach((role) => into.roles.add(role.of ? `${role.role} of ${role.of}` : role.role));
      into.articles += 1;
      into.mentions += entity.mentionCount;
      this.merged.set(entity.id, into);
    }
  }

  /** One row per entity, sorted by id. */
  rows(): EntityRow[] {
    return [...this.merged.values()]
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
}
