import { honorificOf, isTitleWord, type Lexicon, nameKey } from '../../language/lexicon/index.js';
import type { ArticleStage, Doc, Field, Tokens } from '../../core/types.js';
import { findCredits } from '../../core/credit.js';
import { tokenAt } from '../../core/token-at.js';
import { creditSpans } from './credit.js';
import { datelineSpans } from './dateline.js';
import { TaggerState, taggedSpans } from './find.js';
import { isHonorific } from './honorific.js';
import { articleEntity, type Named, resolveArticle } from './resolve.js';
import { findRoles } from './roles.js';
import { byArticleMajority, corrected, lexiconSpans } from './rules.js';
import { type FoundSpan, withoutOverlaps } from './spans.js';
import type { Weights } from './tagger.js';
import { headlineSpans, knownNames, shoutedNames, titleCaseLines } from './title.js';

export { decodeNerModel, encodeNerModel, type LoadedModel, nerModel } from './model-file.js';

/**
 * The ner stage: people, places and organizations of every field, resolved inside the article, with the
 * roles stated for people. Detection (tagger, credits, headline) is kept apart from resolution and roles.
 */
export function nerStage(lexicon: Lexicon, weights: Weights): ArticleStage<'tokens', 'mentions' | 'entities'> {
  const tagger = new TaggerState(lexicon);
  return {
    name: 'ner',
    requires: ['tokens'],
    assigns: ['mentions', 'entities'],
    run(doc) {
      const { tokens } = doc;
      const { article } = doc;
      // Lines of the body in title case are headlines: read like the title, not by the tagger.
      const headlines = titleCaseLines(article.text, tokens.text);
      const headlineTokens = new Uint8Array(tokens.text.starts.length);
      for (const [from, to] of headlines) headlineTokens.fill(1, from, to);
      const inHeadline = (span: FoundSpan) => headlineTokens[tokenAt(tokens.text.ends, span.start)] === 1 || headlineTokens[tokenAt(tokens.text.ends, span.end - 1)] === 1;
      const found = byArticleMajority(withoutOverlaps([
        ...lexiconSpans('caption', article.caption, tokens.caption, lexicon),
        ...lexiconSpans('text', article.text, tokens.text, lexicon),
        ...datelineSpans('text', article.text, lexicon),
        ...captionSpans(doc, tokens.caption, lexicon, weights, tagger),
        ...corrected('text', taggedSpans('text', article.text, tokens.text, lexicon, weights, tagger), article.text, tokens.text, lexicon),
      ]), (field) => article[field], (field) => tokens[field], lexicon).filter((span) => span.field !== 'text' || !inHeadline(span));
      const known = knownNames(found, article);
      const inTitles = [
        ...headlineSpans('title', article.title, tokens.title, 0, tokens.title.starts.length, known, lexicon),
        ...headlines.flatMap(([from, to]) => headlineSpans('text', article.text, tokens.text, from, to, known, lexicon)),
        ...shoutedNames(article.text, tokens.text, found, known),
      ];
      const named = withoutOverlaps([...inTitles, ...found]).map((span) => withText(span, doc, tokens, lexicon));
      const { mentions, entities } = resolveArticle(named, lexicon);
      const roles = findRoles(
        (['title', 'caption', 'text'] as const).map((field) => ({ field, text: article[field], tokens: tokens[field] })),
        mentions,
        lexicon,
      );
      const byId = new Map(entities.map((entity) => [entity.id, entity]));
      return {
        ...doc,
        mentions,
        entities: entities.map((entity) => {
          const stated = roles.get(entity.id) ?? [];
          // A person's country is the country of the first role stated with one.
          const country = entity.type === 'PERSON' ? (stated.map((role) => byId.get(role.ofId)?.country).find((c) => c !== undefined) ?? '') : entity.country;
          return articleEntity(entity, stated, country);
        }),
      };
    },
  };
}

/** The caption's names: the tagger's outside the photo credit, the credit's own names inside it. */
function captionSpans(doc: Doc, tokens: Tokens, lexicon: Lexicon, weights: Weights, tagger: TaggerState): FoundSpan[] {
  const { caption } = doc.article;
  const credit = findCredits(caption);
  const inCredit = (span: FoundSpan) => credit.some((c) => span.start < c.end && c.start < span.end);
  return [
    ...corrected('caption', taggedSpans('caption', caption, tokens, lexicon, weights, tagger), caption, tokens, lexicon).filter((span) => !inCredit(span)),
    ...credit.flatMap((c) => creditSpans(caption, c.start, c.end, lexicon)),
  ];
}

/**
 * The span with its text, its sentence, the gender an honorific before it tells ("Mrs. Clinton") and the title
 * word before it ("President Clinton", "Sen. Clinton" as `senator`).
 */
function withText(span: FoundSpan, doc: Doc, tokens: Readonly<Record<Field, Tokens>>, lexicon: Lexicon): Named {
  const fieldTokens = tokens[span.field];
  const first = tokenAt(fieldTokens.ends, span.start);
  const sentence = fieldTokens.sentence[first] ?? 0;
  const text = doc.article[span.field];
  const before = first > 0 && fieldTokens.sentence[first - 1] === sentence ? text.slice(fieldTokens.starts[first - 1], fieldTokens.ends[first - 1]) : '';
  const honorific = span.type === 'PERSON' && isHonorific(before, lexicon) ? honorificOf(lexicon, before) : undefined;
  const gender = honorific === 'male' || honorific === 'female' ? { gender: honorific } : {};
  const beforeKey = nameKey(before);
  const key = beforeKey.replace(/\.$/u, '');
  const title = span.type === 'PERSON' && isTitleWord(lexicon, beforeKey) ? { title: lexicon.titleAbbreviations.get(key) ?? key } : {};
  return { ...span, text: text.slice(span.start, span.end), sentence, ...gender, ...title };
}
