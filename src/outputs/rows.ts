import type { StoredArticle, StoredDuplicate, StoredEntity } from '../store/index.js';
import type { ArticleRow, DuplicateRow, EntityRow, MentionRow, QuoteRow, RelationRow, WhoSaidWhatRow } from './tables.js';

/** The rows of the output tables, made from what the store holds. Pure: values in, rows out. */

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export function articleRow({ article, sources }: StoredArticle): ArticleRow {
  return {
    article_id: article.id,
    title: article.title,
    date: article.date,
    caption: article.caption,
    credit: article.credit,
    word_count: article.text.match(WORD)?.length ?? 0,
    sources,
    url: article.url,
    external_id: article.externalId,
    text: article.text,
  };
}

export function duplicateRow(duplicate: StoredDuplicate): DuplicateRow {
  return {
    article_id: duplicate.articleId,
    duplicate_of: duplicate.duplicateOf,
    kind: duplicate.kind as DuplicateRow['kind'],
    similarity: duplicate.similarity,
    source: duplicate.source,
  };
}

export function entityRow(entity: StoredEntity): EntityRow {
  return {
    entity_id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: entity.aliases,
    roles: entity.roles,
    country: entity.country,
    article_count: entity.articles,
    mention_count: entity.mentions,
    geonames_id: entity.geonamesId,
  };
}

export function mentionRows({ article, mentions }: StoredArticle): MentionRow[] {
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

export function quoteRows({ article, quotes }: StoredArticle): QuoteRow[] {
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

export function relationRows({ article, relations }: StoredArticle): RelationRow[] {
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
 * Who said what, one row per quote of the article: the quote joined with its article (date, headline, url)
 * and its speaker (type, and the role the article gives them, "Foreign Minister, China"). An article without
 * a date is dated by the run that first saw it, and says so. A speaker with an entity goes by the entity's
 * name (`names`, by id, as entities.csv gives it), so that one person is one name down the column ("Donald J.
 * Trump" in one article and "Donald Trump" in the next); a speaker without one, as written.
 */
export function whoSaidWhatRows(stored: StoredArticle, names: ReadonlyMap<string, string>): WhoSaidWhatRow[] {
  const { article, quotes, relations, mentions, seenAt, sources } = stored;
  const roleOf = new Map<string, string>();
  for (const r of relations) {
    if (r.predicate === 'HAS_ROLE' && !roleOf.has(r.subjectId)) roleOf.set(r.subjectId, r.qualifier === '' ? r.object : `${r.object}, ${r.qualifier}`);
  }
  const typeOf = new Map(mentions.map((m) => [m.entityId, m.type]));
  return quotes.map((quote) => ({
    date: article.date === '' ? seenAt.slice(0, 10) : article.date,
    date_is_run: article.date === '' ? 'yes' : 'no',
    title: article.title,
    speaker: names.get(quote.speakerId) ?? quote.speaker,
    role: roleOf.get(quote.speakerId) ?? '',
    speaker_type: quote.speakerId !== '' ? (typeOf.get(quote.speakerId) ?? '') : quote.speaker !== '' ? 'SOURCE' : '',
    kind: quote.kind,
    quote: quote.text,
    cue: quote.cue,
    via: quote.via,
    confidence: quote.confidence,
    url: article.url === '' ? (sources[0] ?? '') : article.url,
    quote_id: quote.id,
    article_id: article.id,
    speaker_id: quote.speakerId,
  }));
}
