import { mkdir, readFile, readdir, rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { Staging } from '../../src/io/staging.js';
import { inTempDir } from '../helpers.js';

describe('io: staged output', () => {
  it('test_staging_a_write_that_fails_is_one_io_error_naming_the_file', async () => {
    await inTempDir(async (out) => {
      const staging = Staging.open(out);
      await mkdir(path.join(out, '.whosaid/staging/graph'), { recursive: true });
      // The staged file is a link to /dev/full: the write fails as on a full disk.
      await symlink('/dev/full', path.join(out, '.whosaid/staging/graph/full.csv'));
      const sink = staging.sink('graph/full.csv');
      expect(() => sink.write('x'.repeat(300_000))).toThrow(/^cannot write .*graph\/full\.csv \(ENOSPC\); the tables from before are unchanged/u);
    });
  });

  it('test_staging_commit_replaces_every_file_at_once', async () => {
    await inTempDir(async (out) => {
      await writeFile(path.join(out, 'a.csv'), 'old a');
      const staging = Staging.open(out);
      staging.sink('a.csv').write('new a');
      staging.writeWhole('graph/b.csv', 'new b');
      staging.seal();
      expect(await readFile(path.join(out, 'a.csv'), 'utf8')).toBe('old a');
      staging.moveIntoPlace();
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
      Staging.recover(out);
      expect([await readFile(path.join(out, 'a.csv'), 'utf8'), await readFile(path.join(out, 'b.csv'), 'utf8')]).toEqual(['new a', 'new b']);
    });
  });

  it('test_staging_recover_throws_away_an_unfinished_staging_folder', async () => {
    await inTempDir(async (out) => {
      await mkdir(path.join(out, '.whosaid/staging'), { recursive: true });
      await writeFile(path.join(out, 'a.csv'), 'old a');
      await writeFile(path.join(out, '.whosaid/staging/a.csv'), 'half of new');
      Staging.recover(out);
      expect(await readFile(path.join(out, 'a.csv'), 'utf8')).toBe('old a');
      expect(await readdir(path.join(out, '.whosaid'))).toEqual([]);
    });
  });
});
