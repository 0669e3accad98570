import type { SegmentStore } from '../io/segments.js';
import { DuplicateIndex } from '../stages/dedupe/index.js';
import type { Duplicate, SourceRange, StoredFingerprint } from '../types.js';
import { ARTICLE_NODES, DerivedNodes, ENTITY_NODES, QUOTE_NODES, RELATIONSHIPS, ROLE_NODES, SOURCE_NODES } from '../write/neo4j.js';
import { articleRow, duplicateRow, EntityAggregator, mentionRows, quoteRows, relationRows } from '../write/rows.js';
import { ARTICLES, DUPLICATES, ENTITIES, MENTIONS, QUOTES, RELATIONS } from '../write/tables.js';
import type { TableWriter } from './table-writer.js';

/** An input to merge and the segment that holds its analysis. */
export interface MergeInput {
  readonly path: string;
  readonly segment: string;
}

/**
 * Merges the inputs' segments, in path order, into the run's tables, in two streaming passes. The first
 * reads only fingerprints and lets the dedupe stage decide, for every article, whether it is the first copy
 * of its story; the second writes the rows of the first copies (whose `sources` then list every copy), and
 * merges their entities by id. Memory holds the dedupe index and the entities, never the articles.
 */
export async function mergeSegments(store: SegmentStore, inputs: readonly MergeInput[], writer: TableWriter, onInput?: (done: number) => void): Promise<void> {
  const index = new DuplicateIndex();
  const duplicates: Duplicate[] = [];
  const seenAt = new Map<string, SourceRange[]>();
  for (const input of inputs) {
    for await (const stored of store.fingerprints(input.segment)) {
      const duplicate = index.check({ id: stored.id, source: stored.source, fingerprint: decode(stored) });
      if (duplicate === undefined) seenAt.set(stored.id, [stored.source]);
      else {
        duplicates.push(duplicate);
        seenAt.get(duplicate.duplicateOf)?.push(duplicate.source);
      }
    }
  }
  await writer.table(DUPLICATES, duplicates.map(duplicateRow));

  const entities = new EntityAggregator();
  const derived = new DerivedNodes();
  for (const [done, input] of inputs.entries()) {
    for await (const analysed of store.articles(input.segment)) {
      const sources = seenAt.get(analysed.article.id);
      if (sources === undefined) continue;
      const article = articleRow(analysed, sources);
      const quotes = quoteRows(analysed);
      const relations = relationRows(analysed);
      await writer.table(ARTICLES, [article]);
      await writer.table(MENTIONS, mentionRows(analysed));
      await writer.table(QUOTES, quotes);
      await writer.table(RELATIONS, relations);
      await writer.graph(ARTICLE_NODES, [article]);
      await writer.graph(QUOTE_NODES, quotes);
      await writer.graph(RELATIONSHIPS, relations);
      entities.add(analysed.entities);
      derived.add(relations);
    }
    onInput?.(done + 1);
  }
  const entityRows = entities.rows();
  await writer.table(ENTITIES, entityRows);
  await writer.graph(ENTITY_NODES, entityRows);
  await writer.graph(ROLE_NODES, DerivedNodes.sorted(derived.roles));
  await writer.graph(SOURCE_NODES, DerivedNodes.sorted(derived.sources));
  await writer.finish();
}

function decode(stored: StoredFingerprint) {
  const bytes = Buffer.from(stored.signature, 'base64');
  return { exact: stored.exact, signature: new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) };
}
