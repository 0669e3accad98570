import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { analysisVersion } from '../../src/io/analysis-version.js';
import { inTempDir } from '../helpers.js';

describe('io: analysis version', () => {
  it('test_analysis_version_changes_with_the_code_and_only_with_it', async () => {
    await inTempDir(async (root) => {
      await mkdir(path.join(root, 'src/stages'), { recursive: true });
      await mkdir(path.join(root, 'pipelines'));
      await writeFile(path.join(root, 'src/stages/ner.js'), 'export const rule = 1;');
      await writeFile(path.join(root, 'pipelines/worker.js'), 'export {};');
      const before = analysisVersion(root);
      expect(analysisVersion(root)).toBe(before);
      // A source map is not code that runs.
      await writeFile(path.join(root, 'src/stages/ner.js.map'), '{}');
      expect(analysisVersion(root)).toBe(before);
      await writeFile(path.join(root, 'src/stages/ner.js'), 'export const rule = 2;');
      const edited = analysisVersion(root);
      expect(edited).not.toBe(before);
      await writeFile(path.join(root, 'pipelines/added.js'), 'export {};');
      expect(analysisVersion(root)).not.toBe(edited);
    });
  });
});
