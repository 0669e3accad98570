import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cachedLexicon } from '../../../src/language/lexicon/cache.js';
import { buildLexicon, type Lexicon, nameKey } from '../../../src/language/lexicon/index.js';

/**
 * Maps and sets as arrays: the read lexicon's collections come from V8's deserializer, in another realm than
 * jest's, whose equality cannot look into them.
 */
function plain(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Symbol.iterator in value) return [...(value as Iterable<unknown>)].map(plain);
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]));
}

describe('lexicon cache', () => {
  let dir: string;
  let built: Lexicon;
  let builds = 0;
  const build = () => {
    builds += 1;
    return built;
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'whosaid-lexicon-'));
    built = buildLexicon();
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('builds once, then reads back a lexicon that answers as the built one', () => {
    cachedLexicon(build, dir, 'k1');
    const read = cachedLexicon(build, dir, 'k1');
    expect(builds).toBe(1);
    expect(read).not.toBe(built);
    expect(read.phrases.entries()).toEqual(built.phrases.entries());
    for (const phrase of ['Paris', 'New York', 'Reuters', 'prime minister', 'Angela']) {
      expect(read.phrases.kindsOf(nameKey(phrase))).toBe(built.phrases.kindsOf(nameKey(phrase)));
      expect(read.phrases.kindsOf(nameKey(phrase))).not.toBe(0);
    }
    expect(read.phrases.mayContinue(nameKey('New'))).toBe(true);
    const { phrases: _read, ...readRest } = read;
    const { phrases: _built, ...builtRest } = built;
    expect(plain(readRest)).toEqual(plain(builtRest));
    // Countries are shared between the list and the maps, in the copy too.
    const france = read.places.countries.find((country) => country.code === 'FR');
    expect(read.places.countryByCode.get('FR')).toBe(france);
    expect(read.places.countryByName.get(nameKey('France'))).toBe(france);
  });

  it('builds again when the file is damaged, and replaces it', async () => {
    const file = path.join(dir, 'lexicon-k2.v8');
    await writeFile(file, 'not a lexicon');
    const before = builds;
    expect(cachedLexicon(build, dir, 'k2').fingerprint).toBe(built.fingerprint);
    expect(builds).toBe(before + 1);
    expect(cachedLexicon(build, dir, 'k2').fingerprint).toBe(built.fingerprint);
    expect(builds).toBe(before + 1);
  });

  it('keeps only the lexicon of the current key', async () => {
    cachedLexicon(build, dir, 'k3');
    expect((await readdir(dir)).sort()).toEqual(['lexicon-k3.v8']);
  });

  it('builds when the cache folder cannot be made', () => {
    const blocked = path.join(dir, 'lexicon-k3.v8', 'inside');
    const before = builds;
    expect(cachedLexicon(build, blocked, 'k4').fingerprint).toBe(built.fingerprint);
    expect(builds).toBe(before + 1);
  });
});
