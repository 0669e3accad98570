import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { FolderBusyError } from '../core/errors.js';

/** Who holds a lock: written into the lock file as JSON. */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly startedAt: string;
}

/** How long a lock file may stay unreadable (its holder between creating and writing it) before it counts as stale. */
const HALF_WRITTEN_MS = 10_000;
const POLL_MS = 500;

/**
 * One run at a time per output folder: a lock file created exclusively (O_EXCL), holding the pid, host and
 * start time of its holder. A second run fails at once naming them, or with `wait` waits for the lock. A lock
 * left by a process that no longer runs on this host (killed) is taken over.
 */
export class FolderLock {
  private constructor(
    private readonly file: string,
    readonly holder: LockHolder,
  ) {}

  static async acquire(file: string, options: { readonly wait: boolean; readonly folder: string }): Promise<FolderLock> {
    const me: LockHolder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
    for (;;) {
      if (tryCreate(file, me)) return new FolderLock(file, me);
      const found = readHolder(file);
      if (found === 'writing') {
        await sleep(POLL_MS / 10);
        continue;
      }
      if (found === 'stale' || (found.host === me.host && !isRunning(found.pid))) {
        // Its holder died, or never finished writing it. Removing it races only with another taker, and O_EXCL
        // lets just one of them create the new one.
        rmSync(file, { force: true });
        continue;
      }
      if (!options.wait) {
        throw new FolderBusyError(
          `${options.folder} is in use by another whosaid run (pid ${found.pid}${found.host === me.host ? '' : ` on ${found.host}`}, started ${found.startedAt}); let it finish, or pass --wait to wait for it`,
        );
      }
      await sleep(POLL_MS);
    }
  }

  /** Gives the lock up; a lock some other run took over (this one was thought dead) is left alone. */
  release(): void {
    const holder = readHolder(this.file);
    if (typeof holder === 'object' && holder.pid === this.holder.pid) rmSync(this.file, { force: true });
  }
}

function tryCreate(file: string, holder: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(holder));
  } finally {
    closeSync(fd);
  }
  return true;
}

/** The lock's holder; `writing` while a taker has created the file and not yet written it; `stale` when gone or long unwritten. */
function readHolder(file: string): LockHolder | 'writing' | 'stale' {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
    if (Number.isInteger(holder.pid) && typeof holder.host === 'string') return holder;
  } catch {
    // Gone, or being written.
  }
  try {
    return Date.now() - statSync(file).mtimeMs > HALF_WRITTEN_MS ? 'stale' : 'writing';
  } catch {
    return 'stale';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
