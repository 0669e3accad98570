import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sha256Hex } from '../hash.js';
import { PACKAGE_ROOT } from '../paths.js';

/** `label/name:sha256` of every file of a folder, in name order: what a cache key says about the folder. */
export function folderDigests(dir: string, label: string): string[] {
  return readdirSync(dir)
    .sort()
    .map((name) => `${label}/${name}:${sha256Hex(readFileSync(path.join(dir, name)))}`);
}

/** The installed version of a package, or `unknown`. */
export function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
