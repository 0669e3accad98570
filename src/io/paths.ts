import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The package root. Compiled code lives in `dist/src/`, sources in `src/`; both find the root by walking up
 * to the folder that holds `package.json`, so data files resolve the same way from tests, CLI and workers.
 */
export const PACKAGE_ROOT = findRoot(fileURLToPath(new URL('.', import.meta.url)));

export const DATA_DIR = `${PACKAGE_ROOT}/data`;

function findRoot(start: string): string {
  let dir = start.replace(/\/$/u, '');
  while (dir !== '') {
    try {
      readFileSync(`${dir}/package.json`);
      return dir;
    } catch {
      dir = dir.slice(0, dir.lastIndexOf('/'));
    }
  }
  throw new Error(`whosaid: no package.json above ${start}; the package is installed incompletely`);
}

export const TOOL_VERSION: string = (JSON.parse(readFileSync(`${PACKAGE_ROOT}/package.json`, 'utf8')) as { version: string }).version;
