import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { Staging } from '../../src/io/staging.js';
import { inTempDir } from '../helpers.js';

describe('io: staged output', () => {
  it('test_staging_commit_replaces_every_file_at_once', async () => {
    await inTempDir(async (out) => {
      await writeFile(path.join(out, 'a.csv'), 'old a');
      const staging = await Staging.open(out);
      await (await staging.sink('a.csv')).write('new a');
      await staging.writeWhole('graph/b.csv', 'new b');
      expect(await readFile(path.join(out, 'a.csv'), 'utf8')).toBe('old a');
      await staging.commit();
      expect(await readFile(path.join(out, 'a.csv'), 'utf8')).toBe('new a');
      expect(await readFile(path.join(out, 'graph/b.csv'), 'utf8')).toBe('new b');
      expect(await readdir(path.join(out, '.whosaid'))).toEqual([]);
    });
  });

  it('test_staging_recover_finishes_a_commit_a_kill_interrupted', async () => {
    await inTempDir(async (out) => {
      const staging = path.join(out, '.whosaid/staging');
      await mkdir(staging, { recursive: true });
      await writeFile(path.join(out, 'a.csv'), 'old a');
      await writeFile(path.join(out, 'b.csv'), 'old b');
      await writeFile(path.join(staging, 'a.csv'), 'new a');
      await writeFile(path.join(staging, 'b.csv'), 'new b');
      await writeFile(path.join(staging, 'COMMIT'), JSON.stringify(['a.csv', 'b.csv']));
      // The kill came after a.csv was moved.
      await rename(path.join(staging, 'a.csv'), path.join(out, 'a.csv'));
      await Staging.recover(out);
      expect([await readFile(path.join(out, 'a.csv'), 'utf8'), await readFile(path.join(out, 'b.csv'), 'utf8')]).toEqual(['new a', 'new b']);
    });
  });

  it('test_staging_recover_throws_away_an_unfinished_staging_folder', async () => {
    await inTempDir(async (out) => {
      await mkdir(path.join(out, '.whosaid/staging'), { recursive: true });
      await writeFile(path.join(out, 'a.csv'), 'old a');
      await writeFile(path.join(out, '.whosaid/staging/a.csv'), 'half of new');
      await Staging.recover(out);
      expect(await readFile(path.join(out, 'a.csv'), 'utf8')).toBe('old a');
      expect(await readdir(path.join(out, '.whosaid'))).toEqual([]);
    });
  });
});
