import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { threadId } from 'node:worker_threads';
import { PACKAGE_ROOT } from './paths.js';

/** Where built data is kept between runs: the conventional cache folder of a package's dependencies. */
export const CACHE_DIR = path.join(PACKAGE_ROOT, 'node_modules', '.cache', 'whosaid');

/** How a value is kept in a cache file: as a structure V8 can serialise, and back. */
export interface CacheCodec<T, Stored> {
  toStored(value: T): Stored;
  fromStored(stored: Stored): T;
}

/**
 * The value cached as `<name>-<key>.v8` in `dir` when there is one, else built and stored there. The key is in
 * the file name, so a changed input never meets a stale file; a file that cannot be read back, or a folder
 * that cannot be written (a read-only install), only means building.
 */
export function cached<T, Stored>(name: string, key: string, build: () => T, codec: CacheCodec<T, Stored>, dir = CACHE_DIR): T {
  const file = path.join(dir, `${name}-${key}.v8`);
  try {
    return codec.fromStored(v8.deserialize(readFileSync(file)) as Stored);
  } catch {
    const value = build();
    store(dir, name, file, v8.serialize(codec.toStored(value)));
    return value;
  }
}

/** Writes under a temporary name and renames, so that concurrent builders never read half a file; drops older keys. */
function store(dir: string, name: string, file: string, bytes: Buffer): void {
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
    for (const entry of readdirSync(dir)) {
      if (entry.startsWith(`${name}-`) && path.join(dir, entry) !== file && !entry.endsWith('.tmp')) rmSync(path.join(dir, entry), { force: true });
    }
  } catch {
    // No cache this time: the next run builds again.
  }
}
