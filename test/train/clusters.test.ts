import { describe, expect, it } from '@jest/globals';
import { clusterWords } from '../../src/train/clusters.js';
import { testModels } from '../helpers.js';

describe('train: word clusters', () => {
  it('test_clusters_put_words_of_like_vectors_together_the_same_way_every_time', () => {
    // Three groups of words around three directions, with a little seeded noise.
    let state = 3;
    const noise = () => ((state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff) % 1000) / 10_000;
    const groups = [['paris', 'berlin', 'rome', 'madrid'], ['fiat', 'renault', 'volkswagen', 'bmw'], ['said', 'told', 'added', 'stated']];
    const words = groups.flat();
    const vectors = new Float32Array(words.length * 3);
    words.forEach((_, i) => {
      for (let d = 0; d < 3; d++) vectors[i * 3 + d] = (d === Math.floor(i / 4) ? 1 : 0) + noise();
    });
    const options = { top: 3, iterations: 5, seed: 1 };
    const ids = clusterWords({ words, dimensions: 3, vectors }, options);
    const coarse = (word: string) => Math.floor((ids.get(word) as number) / options.top);
    for (const group of groups) expect(new Set(group.map(coarse)).size).toBe(1);
    expect(new Set(groups.map((group) => coarse(group[0] as string))).size).toBe(3);
    expect(clusterWords({ words, dimensions: 3, vectors }, options)).toEqual(ids);
  });

  it('test_clusters_shipped_group_news_words_by_kind', () => {
    const { wordClusters } = testModels().lexicon;
    expect(wordClusters.size).toBeGreaterThan(100_000);
    const same = (a: string, b: string) => wordClusters.get(a) === wordClusters.get(b);
    expect(same('fiat', 'renault')).toBe(true);
    expect(same('shanghai', 'guangzhou')).toBe(true);
    expect(same('merkel', 'sarkozy')).toBe(true);
    expect(same('merkel', 'tianjin')).toBe(false);
    expect(wordClusters.get('merkelx')).toBeUndefined();
    expect(wordClusters.get('')).toBeUndefined();
  });
});
