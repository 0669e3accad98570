import { Committer } from './commit.js';
import { DuplicateFinder } from './dedupe.js';
import { type Db, openStore } from './open.js';
import { Entities, type StoredEntity } from './entities.js';
import { ArticleReader, duplicatesIn, type RunRange, runRange, undeliveredRange } from './read.js';
import type { InputOutcome } from '../core/types.js';

export type { ArticleToCommit, Committed, InputRecord } from './commit.js';
export { NEAR_DUPLICATE_SIMILARITY, type IdTaken, type Original } from './dedupe.js';
export type { StoredEntity } from './entities.js';
export type { RunRange, StoredArticle, StoredDuplicate } from './read.js';
export { SCHEMA_VERSION } from './schema.js';

/** An input the store has: where it was first committed and what became of it. */
export interface KnownInput {
  readonly run: number;
  readonly outcome: InputOutcome;
  readonly articles: number;
}

/**
 * The pipeline's memory in an output folder (`DIR/.whosaid/store.db`, SQLite): inputs by content hash, the
 * articles, the dedupe index, the entities, mentions, quotes and relations of every article, and the runs.
 * A night reads and writes what is new; `read` gives any range of history back.
 */
export class Store {
  readonly committer: Committer;
  readonly reader: ArticleReader;
  private readonly allEntities: Entities;

  private constructor(readonly db: Db) {
    this.allEntities = new Entities(db);
    this.committer = new Committer(db, this.allEntities);
    this.reader = new ArticleReader(db);
  }

  static open(file: string, options: { readonly readonly?: boolean } = {}): Store {
    return new Store(openStore(file, options));
  }

  close(): void {
    this.db.close();
  }

  /** Starts a run: its number, by which its rows are known. */
  beginRun(startedAt: Date, analysis: string): number {
    return Number(this.db.prepare('INSERT INTO runs (started_at, analysis) VALUES (?, ?)').run(startedAt.toISOString(), analysis).lastInsertRowid);
  }

  /** The analysis version of the last run before `run`, if any: rows made by other code than this run's. */
  previousAnalysis(run: number): string | undefined {
    return this.db.prepare('SELECT analysis FROM runs WHERE run < ? ORDER BY run DESC LIMIT 1').pluck().get(run) as string | undefined;
  }

  /** Marks the runs of `range` as delivered: their rows are in tables committed into the folder. */
  delivered(range: RunRange, endedAt: Date): void {
    this.db.transaction(() => {
      this.db.prepare('UPDATE runs SET delivered = 1 WHERE run BETWEEN ? AND ?').run(range.first, range.last);
      this.db.prepare('UPDATE runs SET ended_at = ? WHERE run = ?').run(endedAt.toISOString(), range.last);
    })();
  }

  knownInput(sha256: string): KnownInput | undefined {
    return this.db.prepare('SELECT run, outcome, articles FROM inputs WHERE sha256 = ?').get(sha256) as KnownInput | undefined;
  }

  /** The sha256 of the bytes last seen at `absolute`, when the file still has that size and time of change. */
  knownFile(absolute: string, size: number, mtimeMs: number): string | undefined {
    return this.db.prepare('SELECT sha256 FROM input_files WHERE absolute = ? AND size = ? AND mtime_ms = ?').pluck().get(absolute, size, Math.trunc(mtimeMs)) as string | undefined;
  }

  /** Notes the bytes seen at `absolute` (outside any input's transaction: a hint, never the truth of what is stored). */
  sawFile(absolute: string, size: number, mtimeMs: number, sha256: string): void {
    this.db.prepare('INSERT OR REPLACE INTO input_files (absolute, size, mtime_ms, sha256) VALUES (?, ?, ?, ?)').run(absolute, size, Math.trunc(mtimeMs), sha256);
  }

  /**
   * A finder of the article a fingerprint repeats. `dedupeDays` bounds how far back near duplicates are looked
   * for (the articles of the runs that started within that many days of `now`); exact copies are always found.
   */
  duplicateFinder(now: Date, dedupeDays?: number): DuplicateFinder {
    if (dedupeDays === undefined) return new DuplicateFinder(this.db, 0);
    const since = new Date(now.getTime() - dedupeDays * 86_400_000).toISOString();
    const fromSeq = this.db.prepare('SELECT MIN(a.seq) FROM articles a JOIN runs r ON r.run = a.run WHERE r.started_at >= ?').pluck().get(since) as number | null;
    return new DuplicateFinder(this.db, fromSeq ?? Number.MAX_SAFE_INTEGER);
  }

  range(since?: string, until?: string): RunRange {
    return runRange(this.db, since, until);
  }

  undelivered(run: number): RunRange {
    return undeliveredRange(this.db, run);
  }

  duplicates(range: RunRange) {
    return duplicatesIn(this.db, range);
  }

  entities(range: RunRange): StoredEntity[] {
    return this.allEntities.of(range);
  }

  /** Articles kept, and runs, in the whole store. */
  totals(): { articles: number; runs: number } {
    return {
      articles: this.db.prepare('SELECT COUNT(*) FROM articles').pluck().get() as number,
      runs: this.db.prepare('SELECT COUNT(*) FROM runs').pluck().get() as number,
    };
  }

  /**
   * Drops the runs that started before `before`, with every row they committed, in one transaction; the space
   * is given back to the file system. Returns how many runs and articles went.
   */
  prune(before: Date): { runs: number; articles: number } {
    const iso = before.toISOString();
    const result = this.db.transaction(() => {
      const runs = this.db.prepare('SELECT run FROM runs WHERE started_at < ?').pluck().all(iso) as number[];
      if (runs.length === 0) return { runs: 0, articles: 0 };
      const last = Math.max(...runs);
      const seqs = this.db.prepare('SELECT MAX(seq) FROM articles WHERE run <= ?').pluck().get(last) as number | null;
      const upTo = seqs ?? 0;
      const articles = this.db.prepare('SELECT COUNT(*) FROM articles WHERE seq <= ?').pluck().get(upTo) as number;
      for (const table of ['bands', 'entity_articles', 'mentions', 'quotes', 'relations']) this.db.prepare(`DELETE FROM ${table} WHERE seq <= ?`).run(upTo);
      this.db.prepare('DELETE FROM articles WHERE seq <= ?').run(upTo);
      for (const table of ['duplicates', 'input_paths', 'inputs', 'runs']) this.db.prepare(`DELETE FROM ${table} WHERE run <= ?`).run(last);
      this.db.prepare('DELETE FROM input_files WHERE sha256 NOT IN (SELECT sha256 FROM inputs)').run();
      this.allEntities.rebuild();
      return { runs: runs.length, articles };
    })();
    this.db.exec('VACUUM');
    return result;
  }
}
