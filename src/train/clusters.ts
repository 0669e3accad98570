/**
 * Word clusters for the NER tagger, from word vectors: words that occur in like contexts share a cluster, so
 * a name the tagger never saw in training ("Dongguan", "Olivetti") gets the weights learnt for its neighbours
 * ("Guangzhou", "Fiat"). Features that generalise beyond the training text, as Brown clusters did for
 * Ratinov & Roth (2009). Two levels of spherical k-means: `top` clusters, each cut into `top` again, so a
 * word's cluster id says both the coarse and the fine group (id = coarse * top + fine).
 */

/** Word vectors in frequency order: `vectors[i * dimensions ...]` is the vector of `words[i]`. */
export interface WordVectors {
  readonly words: readonly string[];
  readonly dimensions: number;
  readonly vectors: Float32Array;
}

export interface ClusterOptions {
  /** Clusters at each level: `top * top` fine clusters in all. */
  readonly top: number;
  readonly iterations: number;
  readonly seed: number;
}

/** The cluster id of every word, `0 .. top * top - 1`. */
export function clusterWords(vectors: WordVectors, options: ClusterOptions): Map<string, number> {
  const { dimensions } = vectors;
  const unit = normalised(vectors.vectors, dimensions);
  const all = Uint32Array.from(vectors.words, (_, i) => i);
  const coarse = kMeans(unit, dimensions, all, options.top, options);
  const ids = new Map<string, number>();
  for (let c = 0; c < options.top; c++) {
    const members = all.filter((i) => coarse[i] === c);
    const fine = kMeans(unit, dimensions, members, Math.min(options.top, members.length), { ...options, seed: options.seed + c + 1 });
    for (const i of members) ids.set(vectors.words[i] as string, c * options.top + (fine[i] as number));
  }
  return ids;
}

function normalised(vectors: Float32Array, dimensions: number): Float32Array {
  const unit = new Float32Array(vectors.length);
  for (let start = 0; start < vectors.length; start += dimensions) {
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += (vectors[start + d] as number) ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < dimensions; d++) unit[start + d] = (vectors[start + d] as number) * scale;
  }
  return unit;
}

/**
 * Spherical k-means over the rows `members` of `unit`: each row goes to the centroid of highest cosine.
 * Centroids start at rows picked by a seeded generator, spread in frequency order (frequent words first,
 * so every cluster has well-trained members). Returns the cluster of each row, indexed by row.
 */
function kMeans(unit: Float32Array, dimensions: number, members: Uint32Array, k: number, options: ClusterOptions): Int32Array {
  const assignment = new Int32Array(unit.length / dimensions).fill(-1);
  if (members.length === 0 || k === 0) return assignment;
  let state = options.seed;
  const random = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state % n;
  };
  const centroids = new Float32Array(k * dimensions);
  const head = Math.min(members.length, k * 20);
  for (let c = 0; c < k; c++) {
    const row = members[random(head)] as number;
    centroids.set(unit.subarray(row * dimensions, (row + 1) * dimensions), c * dimensions);
  }
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    for (const row of members) {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        let score = 0;
        for (let d = 0; d < dimensions; d++) score += (unit[row * dimensions + d] as number) * (centroids[c * dimensions + d] as number);
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
      assignment[row] = best;
    }
    centroids.fill(0);
    const sizes = new Int32Array(k);
    for (const row of members) {
      const c = assignment[row] as number;
      sizes[c] = (sizes[c] as number) + 1;
      for (let d = 0; d < dimensions; d++) centroids[c * dimensions + d] = (centroids[c * dimensions + d] as number) + (unit[row * dimensions + d] as number);
    }
    for (let c = 0; c < k; c++) {
      // An empty cluster starts again at a random member.
      if (sizes[c] === 0) {
        const row = members[random(members.length)] as number;
        centroids.set(unit.subarray(row * dimensions, (row + 1) * dimensions), c * dimensions);
      }
      let norm = 0;
      for (let d = 0; d < dimensions; d++) norm += (centroids[c * dimensions + d] as number) ** 2;
      const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      for (let d = 0; d < dimensions; d++) centroids[c * dimensions + d] = (centroids[c * dimensions + d] as number) * scale;
    }
  }
  return assignment;
}
