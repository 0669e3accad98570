import type { AnalysedArticle, SegmentArticle, SegmentRecord } from '../types.js';
import { toCsv } from './csv.js';
import { toJsonl } from './jsonl.js';
import { graphCsv, QUOTE_NODES, RELATIONSHIPS, SOURCE_NODES } from './neo4j.js';
import { articleRow, mentionRows, quoteRows, relationRows } from './rows.js';
import { MENTIONS, QUOTES, RELATIONS } from './tables.js';

/**
 * An analysed article as its segment stores it: the rows only it decides, rendered as the output files'
 * text, so that the merge (which runs in one thread) only copies them. Pure: an article in, text out.
 */
export function renderArticle(analysed: AnalysedArticle): Omit<SegmentArticle, 'fingerprint'> {
  const article = articleRow(analysed, [analysed.article.source]);
  const mentions = mentionRows(analysed);
  const quotes = quoteRows(analysed);
  const relations = relationRows(analysed);
  const nodes = (type: 'ROLE' | 'SOURCE') => {
    const found = new Map<string, string>();
    for (const r of relations) {
      if (r.object_type === type) found.set(r.object_id, r.object);
      if (r.subject_type === type) found.set(r.subject_id, r.subject);
    }
    return [...found];
  };
  const rendered: SegmentArticle['rendered'] = {
    'mentions.csv': toCsv(MENTIONS, mentions, false),
    'mentions.jsonl': toJsonl(MENTIONS, mentions),
    'quotes.csv': toCsv(QUOTES, quotes, false),
    'quotes.jsonl': toJsonl(QUOTES, quotes),
    'relations.csv': toCsv(RELATIONS, relations, false),
    'relations.jsonl': toJsonl(RELATIONS, relations),
    'graph/nodes-quotes.csv': graphCsv(QUOTE_NODES, quotes, false),
    'graph/nodes-sources.csv': graphCsv(SOURCE_NODES, nodes('SOURCE'), false),
    'graph/relationships.csv': graphCsv(RELATIONSHIPS, relations, false),
  };
  const bytes = Object.fromEntries(Object.entries(rendered).map(([file, text]) => [file, Buffer.byteLength(text)])) as SegmentRecord['bytes'];
  const record = {
    id: analysed.article.id,
    entities: analysed.entities,
    roles: nodes('ROLE'),
    bytes,
    counts: { mentions: mentions.length, quotes: quotes.length, relations: relations.length },
  };
  return { record, article, rendered };
}
