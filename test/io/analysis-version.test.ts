import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { analysisVersion } from '../../src/io/analysis-version.js';
import { inTempDir } from '../helpers.js';

describe('io: analysis version', () => {
  it('test_analysis_version_changes_with_the_code_that_analyses_and_only_with_it', async () => {
    await inTempDir(async (root) => {
      for (const folder of ['src/stages', 'src/core', 'src/language', 'src/run', 'pipelines']) await mkdir(path.join(root, folder), { recursive: true });
      await writeFile(path.join(root, 'src/stages/ner.js'), 'export const rule = 1;');
      await writeFile(path.join(root, 'src/run/night.js'), 'export const night = 1;');
      await writeFile(path.join(root, 'pipelines/stages.js'), 'export const order = 1;');
      const before = analysisVersion(root).id;
      expect(analysisVersion(root).id).toBe(before);
      // A source map is not code that runs; the run, the store and the outputs do not analyse.
      await writeFile(path.join(root, 'src/stages/ner.js.map'), '{}');
      await writeFile(path.join(root, 'src/run/night.js'), 'export const night = 2;');
      await writeFile(path.join(root, 'pipelines/whosaid.js'), 'export {};');
      expect(analysisVersion(root).id).toBe(before);
      await writeFile(path.join(root, 'src/stages/ner.js'), 'export const rule = 2;');
      const edited = analysisVersion(root).id;
      expect(edited).not.toBe(before);
      await writeFile(path.join(root, 'src/language/added.js'), 'export {};');
      const added = analysisVersion(root).id;
      expect(added).not.toBe(edited);
      await writeFile(path.join(root, 'pipelines/stages.js'), 'export const order = 2;');
      expect(analysisVersion(root).id).not.toBe(added);
    });
  });
});
