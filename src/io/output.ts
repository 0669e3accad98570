import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../errors.js';

/**
 * Writes a set of files into `dir` so that a reader never sees a half-written one: each file is written in
 * full to a temporary name in the same folder, then renamed over the old one (rename is atomic on POSIX).
 */
export async function writeFilesAtomically(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new ConfigError(`cannot create the output folder ${dir}: ${(error as Error).message}; pass a writable folder with --out`, { cause: error });
  }
  // Each temporary file sits beside its target, so that the rename stays within one file system.
  const temporary = [...files.keys()].map((name) => path.join(dir, path.dirname(name), `.${path.basename(name)}.${process.pid}.tmp`));
  try {
    await Promise.all([...new Set([...files.keys()].map((name) => path.join(dir, path.dirname(name))))].map((folder) => mkdir(folder, { recursive: true })));
    await Promise.all([...files].map(([, content], i) => writeFile(temporary[i] as string, content)));
    for (const [i, name] of [...files.keys()].entries()) await rename(temporary[i] as string, path.join(dir, name));
  } catch (error) {
    await Promise.all(temporary.map((file) => rm(file, { force: true })));
    throw new ConfigError(`cannot write the output files in ${dir}: ${(error as Error).message}`, { cause: error });
  }
}
