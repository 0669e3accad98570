import { BandRuns } from '../io/band-runs.js';
import { RowFile } from '../io/row-file.js';
import type { SegmentStore } from '../io/segments.js';
import { DuplicateIndex, SIGNATURE_LENGTH } from '../stages/dedupe/index.js';
import { ConfigError } from '../errors.js';
import { type CopyOf, RENDERED_FILES, type RenderedFile, type SegmentRecord, type SourceRange, type StoredFingerprint } from '../types.js';
import { ARTICLE_NODES, ENTITY_NODES, ROLE_NODES } from '../write/neo4j.js';
import { duplicateRow, EntityAggregator, sourceLabel } from '../write/rows.js';
import { ARTICLES, type ArticleRow, DUPLICATES, ENTITIES } from '../write/tables.js';
import type { TableWriter } from './table-writer.js';

/** An input to merge and the segment that holds its analysis. */
export interface MergeInput {
  readonly path: string;
  readonly segment: string;
}

/**
 * Merges the inputs' segments into the run's tables, in path order, while later inputs are still being
 * analysed. Each input is added once its segment is whole: the dedupe stage decides, from fingerprints alone,
 * whether each of its articles is the first copy of its story (a decision that depends only on inputs before
 * it), and the rendered rows of the first copies are copied as bytes. `finish` then writes what depends on
 * every input: the articles (whose `sources` list every copy; their rows are read from the segments only
 * then), the duplicates (dedupe names the article a copy repeats by its number among the kept, and the walk
 * over the articles finds its id), and the entities merged by id. Memory holds the entities, the copies and
 * the dedupe index without its bulk: the kept articles' signatures and band keys are in scratch files (at
 * `scratch(name)`), and what stays per kept article is about 40 bytes (64 bits of its exact hash and its
 * share of the band filters). The articles themselves are never held.
 */
export class Merger {
  private readonly signatures: RowFile;
  private readonly bands: BandRuns;
  private readonly index: DuplicateIndex;
  private readonly found: FoundCopy[] = [];
  /** The ids of the copies. Article ids are per place in a file, so a copy's id is never a kept article's. */
  private readonly copies = new Set<string>();
  private readonly entities = new EntityAggregator();
  private readonly roles = new Map<string, string>();
  private readonly added: MergeInput[] = [];

  constructor(
    private readonly store: SegmentStore,
    private readonly writer: TableWriter,
    scratch: (name: string) => string,
  ) {
    this.signatures = new RowFile(scratch('signatures.bin'), SIGNATURE_LENGTH);
    this.bands = new BandRuns(scratch('bands.bin'));
    this.index = new DuplicateIndex(this.signatures, this.bands);
  }

  /** Adds the next input in path order. */
  async add(input: MergeInput): Promise<void> {
    this.added.push(input);
    for await (const stored of this.store.fingerprints(input.segment)) {
      const of = this.index.check(decode(stored));
      if (of === undefined) continue;
      this.found.push({ articleId: stored.id, source: stored.source, of });
      this.copies.add(stored.id);
    }
    const ranges = new RowRanges();
    for await (const record of this.store.records(input.segment)) {
      const kept = !this.copies.has(record.id);
      ranges.next(record, kept);
      if (!kept) continue;
      this.writer.count('mentions', record.counts.mentions);
      this.writer.count('quotes', record.counts.quotes);
      this.writer.count('relations', record.counts.relations);
      this.entities.add(record.entities);
      record.roles.forEach(([id, name]) => this.roles.set(id, name));
    }
    for (const file of RENDERED_FILES) {
      for (const [start, end] of ranges.of(file)) await this.writer.copy(file, this.store.rows(input.segment, file), start, end);
    }
  }

  async finish(): Promise<void> {
    this.signatures.close();
    this.bands.close();
    const keptIds = await this.writeArticles();
    const duplicates = this.found.map(({ articleId, source, of }) => ({ articleId, source, kind: of.kind, similarity: of.similarity, duplicateOf: keptIds.get(of.kept) as string }));
    await this.writer.table(DUPLICATES, duplicates.map(duplicateRow));
    const entityRows = this.entities.rows();
    await this.writer.table(ENTITIES, entityRows);
    await this.writer.graph(ENTITY_NODES, entityRows);
    await this.writer.graph(ROLE_NODES, sortedById(this.roles));
    await this.writer.finish();
  }

  /**
   * Writes the kept articles in the order they were kept, each with its copies' places, and returns the ids
   * of those that have copies, by number. The count must come out as dedupe's: otherwise a segment's article
   * rows and fingerprints disagree, and copies would be attributed to the wrong articles.
   */
  private async writeArticles(): Promise<Map<number, string>> {
    // The places of each kept article's copies, by its number among the kept, in the order they were found.
    const copiesOf = new Map<number, SourceRange[]>();
    for (const { source, of } of this.found) {
      const places = copiesOf.get(of.kept);
      if (places === undefined) copiesOf.set(of.kept, [source]);
      else places.push(source);
    }
    const ids = new Map<number, string>();
    let kept = 0;
    for (const input of this.added) {
      for await (const row of this.store.articleRows(input.segment)) {
        if (this.copies.has(row.article_id)) continue;
        const copies = copiesOf.get(kept);
        if (copies !== undefined) ids.set(kept, row.article_id);
        kept++;
        const article: ArticleRow = { ...row, sources: [...row.sources, ...(copies ?? []).map(sourceLabel)] };
        await this.writer.table(ARTICLES, [article]);
        await this.writer.graph(ARTICLE_NODES, [article]);
      }
    }
    if (kept !== this.index.keptCount) {
      throw new ConfigError(`the segments in ${this.store.dir} list ${kept} kept articles where their fingerprints gave ${this.index.keptCount}; run again with --full`);
    }
    return ids;
  }
}

/** A copy found by dedupe, the kept article it repeats named by number until the articles are walked. */
interface FoundCopy {
  readonly articleId: string;
  readonly source: SourceRange;
  readonly of: CopyOf;
}

/**
 * The byte ranges of a segment's rendered files that belong to kept articles, coalesced: records come in
 * file order with their rows' sizes, so a run of kept articles is one range to copy.
 */
class RowRanges {
  private readonly offsets = new Map<RenderedFile, number>(RENDERED_FILES.map((file) => [file, 0]));
  private readonly ranges = new Map<RenderedFile, [number, number][]>(RENDERED_FILES.map((file) => [file, []]));

  next(record: SegmentRecord, kept: boolean): void {
    for (const file of RENDERED_FILES) {
      const start = this.offsets.get(file) as number;
      const end = start + record.bytes[file];
      this.offsets.set(file, end);
      if (!kept || end === start) continue;
      const ranges = this.ranges.get(file) as [number, number][];
      const last = ranges.at(-1);
      if (last !== undefined && last[1] === start) last[1] = end;
      else ranges.push([start, end]);
    }
  }

  of(file: RenderedFile): readonly (readonly [number, number])[] {
    return this.ranges.get(file) ?? [];
  }
}

function sortedById(nodes: ReadonlyMap<string, string>): [string, string][] {
  return [...nodes].sort(([a], [b]) => (a < b ? -1 : 1));
}

function decode(stored: StoredFingerprint) {
  const bytes = Buffer.from(stored.signature, 'base64');
  return { exact: stored.exact, signature: new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) };
}
