import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { runWhosaid } from '../../pipelines/whosaid.js';
import { checkEntities, missingRoles, readRunTables, type SeedsGold } from '../../src/eval/seeds.js';
import { inTempDir, PACKAGE_DIR } from '../helpers.js';

/** The hand-checked answers for the two sample dumps (a copy of ../shared/gold/seeds.gold.json). */
const GOLD = JSON.parse(readFileSync(path.join(PACKAGE_DIR, 'test/fixtures/seeds.gold.json'), 'utf8')) as SeedsGold;

describe('pipeline: seeds gold end to end', () => {
  it('test_seeds_every_entity_found_none_unexpected_and_every_role', async () => {
    await inTempDir(async (dir) => {
      await runWhosaid({ inputs: [path.join(PACKAGE_DIR, 'data/raw')], out: dir, cwd: PACKAGE_DIR });
      const tables = await readRunTables(dir);
      const problems = checkEntities(GOLD, tables).filter((check) => check.missing.length > 0 || check.unexpected.length > 0);
      expect(problems).toEqual([]);
      expect(missingRoles(GOLD, tables)).toEqual([]);
    });
  });
});
