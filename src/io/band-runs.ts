import { closeSync, openSync } from 'node:fs';
import { BANDS, BandTable } from '../stages/dedupe/bands.js';
import { BloomFilter } from '../stages/dedupe/bloom-filter.js';
import type { BandStore } from '../types.js';
import { readFully, writeFully } from './positioned.js';

/** Entries per block of a run on disk: 4 KB, one read. */
const BLOCK_ENTRIES = 512;
/** An entry is two 32-bit numbers: the key, then band << 16 | the article's index within its run. */
const ENTRY_WORDS = 2;
const LOCAL_BITS = 16;
/** The most articles a run can hold, with their index within it in LOCAL_BITS. */
export const MAX_RUN_ARTICLES = 2 ** LOCAL_BITS;
/** Entries sort by key, band, index: as one number, key * 2^21 + band * 2^16 + index (below 2^53). */
const BAND_SCALE = 2 ** LOCAL_BITS;
const KEY_SCALE = 2 ** (LOCAL_BITS + 5);

/** A run of articles spilled to disk, its entries sorted: where it starts in the file and how to search it. */
interface Run {
  /** Index of its first article. */
  readonly first: number;
  /** Byte offset of its first block. */
  readonly offset: number;
  readonly entries: number;
  /** The first entry of each block, as one sortable number. */
  readonly fences: Float64Array;
  readonly bloom: BloomFilter;
}

/**
 * The band keys of kept articles with a bounded memory, the way a log-structured store keeps them: the latest
 * articles (up to `runArticles`) are in a `BandTable`; when it is full its entries are sorted and appended to
 * the scratch `file` as a run, and memory keeps of the run only a Bloom filter (about 32 bytes an article)
 * and the first entry of each 4 KB block. A lookup reads a block only where a filter says the key may be
 * there, and the filters say so wrongly about once in 200 lookups, so most lookups read nothing. The file is
 * created empty (or emptied) and is the caller's to remove.
 */
export class BandRuns implements BandStore {
  private readonly fd: number;
  private readonly runs: Run[] = [];
  private table = new BandTable();
  private end = 0;
  private readonly block = new Uint32Array(BLOCK_ENTRIES * ENTRY_WORDS);

  /** @param runArticles articles per run, at most MAX_RUN_ARTICLES; @default MAX_RUN_ARTICLES */
  constructor(
    file: string,
    private readonly runArticles = MAX_RUN_ARTICLES,
  ) {
    if (!Number.isInteger(runArticles) || runArticles < 1 || runArticles > MAX_RUN_ARTICLES) {
      throw new RangeError(`band runs: runArticles must be an integer from 1 to ${MAX_RUN_ARTICLES}, got ${runArticles}`);
    }
    this.fd = openSync(file, 'w+');
  }

  add(index: number, keys: Int32Array): void {
    this.table.add(index, keys);
    if (this.table.size === this.runArticles) this.spill();
  }

  collect(keys: Int32Array, found: Set<number>): void {
    this.table.collect(keys, found);
    for (const run of this.runs) {
      keys.forEach((key, band) => run.bloom.mayHave(band, key) && this.search(run, band, key, found));
    }
  }

  close(): void {
    closeSync(this.fd);
  }

  private spill(): void {
    const { table } = this;
    const sorted = new Float64Array(table.size * BANDS);
    const bloom = new BloomFilter(sorted.length);
    let count = 0;
    table.forEachEntry((band, key, local) => {
      sorted[count++] = entryValue(key, band) + local;
      bloom.add(band, key);
    });
    sorted.sort();
    const fences = new Float64Array(Math.ceil(sorted.length / BLOCK_ENTRIES));
    const offset = this.end;
    sorted.forEach((value, i) => {
      if (i % BLOCK_ENTRIES === 0) fences[i / BLOCK_ENTRIES] = value;
      const key = Math.floor(value / KEY_SCALE);
      this.block[(i % BLOCK_ENTRIES) * ENTRY_WORDS] = key;
      this.block[(i % BLOCK_ENTRIES) * ENTRY_WORDS + 1] = value - key * KEY_SCALE;
      if (i % BLOCK_ENTRIES === BLOCK_ENTRIES - 1 || i === sorted.length - 1) this.writeBlock((i % BLOCK_ENTRIES) + 1);
    });
    this.runs.push({ first: table.first, offset, entries: sorted.length, fences, bloom });
    this.table = new BandTable(table.first + table.size);
  }

  private writeBlock(entries: number): void {
    const bytes = entries * ENTRY_WORDS * 4;
    writeFully(this.fd, this.block, bytes, this.end);
    this.end += bytes;
  }

  /** Adds the articles of `run` with `key` in `band`: from the last block that starts before them, block by block. */
  private search(run: Run, band: number, key: number, found: Set<number>): void {
    const low = entryValue(key, band);
    const high = low + BAND_SCALE;
    for (let block = Math.max(0, lastBelow(run.fences, low)); block < run.fences.length && (run.fences[block] as number) < high; block++) {
      const entries = Math.min(BLOCK_ENTRIES, run.entries - block * BLOCK_ENTRIES);
      readFully(this.fd, this.block, entries * ENTRY_WORDS * 4, run.offset + block * BLOCK_ENTRIES * ENTRY_WORDS * 4);
      for (let i = 0; i < entries; i++) {
        const value = (this.block[i * ENTRY_WORDS] as number) * KEY_SCALE + (this.block[i * ENTRY_WORDS + 1] as number);
        if (value >= low && value < high) found.add(run.first + (value % BAND_SCALE));
      }
    }
  }
}

/** The sortable number of an entry of `band` with `key`, index 0. */
function entryValue(key: number, band: number): number {
  return (key >>> 0) * KEY_SCALE + band * BAND_SCALE;
}

/** The index of the last of the ascending `values` below `limit`, or -1. */
function lastBelow(values: Float64Array, limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as number) < limit) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
