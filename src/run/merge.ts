import type { SegmentStore } from '../io/segments.js';
import { DuplicateIndex } from '../stages/dedupe/index.js';
import type { Duplicate, RenderedFile, SourceRange, StoredFingerprint } from '../types.js';
import { ARTICLE_NODES, ENTITY_NODES, ROLE_NODES, SOURCE_NODES } from '../write/neo4j.js';
import { duplicateRow, EntityAggregator, sourceLabel } from '../write/rows.js';
import { ARTICLES, type ArticleRow, DUPLICATES, ENTITIES, type TableName } from '../write/tables.js';
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
  const roles = new Map<string, string>();
  const sources = new Map<string, string>();
  for (const [done, input] of inputs.entries()) {
    for await (const record of store.articles(input.segment)) {
      const seen = seenAt.get(record.id);
      if (seen === undefined) continue;
      const article = { ...record.article, sources: seen.map(sourceLabel) } as unknown as ArticleRow;
      await writer.table(ARTICLES, [article]);
      await writer.graph(ARTICLE_NODES, [article]);
      for (const [file, text] of Object.entries(record.rendered) as [RenderedFile, string][]) {
        await writer.rendered(file, text, TABLE_OF[file], record.counts[TABLE_OF[file] as 'mentions' | 'quotes' | 'relations'] ?? 0);
      }
      entities.add(record.entities);
      record.roles.forEach(([id, name]) => roles.set(id, name));
      record.sources.forEach(([id, name]) => sources.set(id, name));
    }
    onInput?.(done + 1);
  }
  const entityRows = entities.rows();
  await writer.table(ENTITIES, entityRows);
  await writer.graph(ENTITY_NODES, entityRows);
  await writer.graph(ROLE_NODES, sortedById(roles));
  await writer.graph(SOURCE_NODES, sortedById(sources));
  await writer.finish();
}

/** The table a rendered file's rows are counted in (graph files are counted by their table). */
const TABLE_OF: Readonly<Record<RenderedFile, TableName | undefined>> = {
  'mentions.csv': 'mentions',
  'mentions.jsonl': 'mentions',
  'quotes.csv': 'quotes',
  'quotes.jsonl': 'quotes',
  'relations.csv': 'relations',
  'relations.jsonl': 'relations',
  'graph/nodes-quotes.csv': undefined,
  'graph/relationships.csv': undefined,
};

function sortedById(nodes: ReadonlyMap<string, string>): [string, string][] {
  return [...nodes].sort(([a], [b]) => (a < b ? -1 : 1));
}

function decode(stored: StoredFingerprint) {
  const bytes = Buffer.from(stored.signature, 'base64');
  return { exact: stored.exact, signature: new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) };
}
