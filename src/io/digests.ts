import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { sha256Hex } from '../core/hash.js';
import { PACKAGE_ROOT } from './paths.js';

/**
 * `label/relative-path:sha256` of every file below `dir` whose name `keep` accepts, in path order: what a
 * cache key says about the folder.
 */
export function folderDigests(dir: string, label: string, keep: (name: string) => boolean = () => true): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => keep(name) && statSync(path.join(dir, name)).isFile())
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

/** The SHA-256 of a file's bytes. */
export function fileDigest(file: string): string {
  return sha256Hex(readFileSync(file));
}
