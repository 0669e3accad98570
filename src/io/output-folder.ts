import { accessSync, constants, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../core/errors.js';

/** Where the output folder keeps what whosaid itself needs: the store, the lock, the staging folder. */
export const STATE_DIR = '.whosaid';

/** What an older whosaid kept in the folder: the cache the store replaces. */
const LEGACY = ['segments', 'state.json'];

/**
 * Makes sure `out` is a folder whosaid can write, creating it if need be, before anything else happens: an
 * `--out` that is a file, that cannot be created or cannot be written is the user's to fix, said in one line
 * (exit 2). Returns true when it removed the cache an older whosaid left there.
 */
export function prepareOutputFolder(out: string, given: string): boolean {
  if (existsSync(out) && !statSync(out).isDirectory()) throw new ConfigError(`--out ${given} is a file, not a folder; pass a folder (it is created if missing)`);
  const state = path.join(out, STATE_DIR);
  try {
    makeFolders(state);
    accessSync(state, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ConfigError(`cannot use ${given} as the output folder (${code}); pass a folder you can write with --out`, { cause: error });
  }
  const legacy = LEGACY.filter((name) => existsSync(path.join(state, name)));
  for (const name of legacy) rmSync(path.join(state, name), { recursive: true, force: true });
  return legacy.length > 0;
}

/**
 * `mkdir -p`, one folder at a time: Node's recursive mkdir loops forever where the file system says a parent
 * is missing and will not make it (`/proc/x`); here that is an error at once.
 */
function makeFolders(folder: string): void {
  const parent = path.dirname(folder);
  if (parent !== folder && !existsSync(parent)) makeFolders(parent);
  try {
    mkdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/** The store's file in an output folder. */
export function storeFile(out: string): string {
  return path.join(out, STATE_DIR, 'store.db');
}

/** Removes the store (for --full): its file and SQLite's write-ahead log beside it. */
export function removeStore(out: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${storeFile(out)}${suffix}`, { force: true });
}

/** The folder lock's file. */
export function lockFile(out: string): string {
  return path.join(out, STATE_DIR, 'lock');
}
