import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { runWhosaid } from '../../pipelines/whosaid.js';
import { checkEntities, checkQuotes, missingRelations, missingRoles, readRunTables, type SeedsGold } from '../../src/eval/seeds.js';
import { inTempDir, PACKAGE_DIR } from '../helpers.js';

/** The hand-checked answers for the two sample dumps (a copy of ../shared/gold/seeds.gold.json). */
const GOLD = JSON.parse(readFileSync(path.join(PACKAGE_DIR, 'test/fixtures/seeds.gold.json'), 'utf8')) as SeedsGold;

describe('pipeline: seeds gold end to end', () => {
  it('test_seeds_every_entity_role_quote_and_relation_found_none_unexpected', async () => {
    await inTempDir(async (dir) => {
      await runWhosaid({ inputs: [path.join(PACKAGE_DIR, 'data/raw')], out: dir, cwd: PACKAGE_DIR });
      const tables = await readRunTables(dir);
      const problems = checkEntities(GOLD, tables).filter((check) => check.missing.length > 0 || check.unexpected.length > 0);
      expect(problems).toEqual([]);
      expect(missingRoles(GOLD, tables)).toEqual([]);
      expect(checkQuotes(GOLD, tables).filter((check) => check.problems.length > 0 || check.extra.length > 0)).toEqual([]);
      expect(missingRelations(GOLD, tables)).toEqual([]);
    });
  });
});
