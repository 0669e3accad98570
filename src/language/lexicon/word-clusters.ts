/** A WordClusters table as plain data: the words sorted and joined, where each ends, and each one's cluster. */
export interface WordClustersParts {
  readonly words: string;
  readonly ends: Uint32Array;
  readonly clusters: Uint16Array;
}

/**
 * Word → cluster for some 200,000 words, as one string and two typed arrays: every thread of every run reads
 * the lexicon back from its cache, and V8 reads these back at once, where a map of as many words was much of a
 * run's start and its garbage collection. Looked up once per distinct word (the NER word cache).
 */
export class WordClusters {
  private constructor(private readonly parts: WordClustersParts) {}

  static of(entries: Iterable<readonly [string, number]>): WordClusters {
    const sorted = [...new Map(entries)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const ends = new Uint32Array(sorted.length);
    let end = 0;
    sorted.forEach(([word], i) => (ends[i] = end += word.length));
    return new WordClusters({ words: sorted.map(([word]) => word).join(''), ends, clusters: Uint16Array.from(sorted, ([, cluster]) => cluster) });
  }

  static fromParts(parts: WordClustersParts): WordClusters {
    return new WordClusters(parts);
  }

  get size(): number {
    return this.parts.ends.length;
  }

  /** The cluster of `word`, by binary search. */
  get(word: string): number | undefined {
    const { words, ends, clusters } = this.parts;
    let low = 0;
    let high = ends.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const candidate = words.slice(middle === 0 ? 0 : ends[middle - 1], ends[middle]);
      if (candidate === word) return clusters[middle];
      if (candidate < word) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  toParts(): WordClustersParts {
    return this.parts;
  }
}
