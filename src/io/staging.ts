import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { OutputIoError } from '../core/errors.js';
import { FileSink } from './file-sink.js';

/** Where a run builds its outputs before they replace the old ones, inside the output folder. */
const STAGING = '.whosaid/staging';
const MARKER = 'COMMIT';

/**
 * The outputs of a run, written whole into `.whosaid/staging/` and then moved into the output folder. The
 * move is made safe against a kill: a marker listing the files is written first (`seal`), each file is renamed
 * (atomic on POSIX, `moveIntoPlace`), then the marker goes. `recover` finishes a move that a kill interrupted,
 * or throws away a staging folder that was never sealed, so no output is ever half-written and none is lost. A
 * write that fails (a full disk) is an OutputIoError naming the file; the outputs from before stay whole.
 */
export class Staging {
  private readonly sinks = new Map<string, FileSink>();

  private constructor(private readonly out: string) {}

  static open(out: string): Staging {
    Staging.recover(out);
    guarded(path.join(out, STAGING), () => mkdirSync(path.join(out, STAGING), { recursive: true }));
    return new Staging(out);
  }

  /** Finishes a sealed move that a kill interrupted; drops a staging folder that was never sealed. */
  static recover(out: string): void {
    const staging = path.join(out, STAGING);
    let marker: string | undefined;
    try {
      marker = readFileSync(path.join(staging, MARKER), 'utf8');
    } catch {
      marker = undefined;
    }
    if (marker !== undefined) moveAll(staging, out, JSON.parse(marker) as string[]);
    guarded(staging, () => rmSync(staging, { recursive: true, force: true }));
  }

  /** A sink for the output file `name` (a path relative to the output folder). */
  sink(name: string): { write(text: string): void } {
    const file = path.join(this.out, STAGING, name);
    guarded(file, () => mkdirSync(path.dirname(file), { recursive: true }));
    const sink = new FileSink(file);
    this.sinks.set(name, sink);
    return { write: (text) => guarded(file, () => sink.write(text)) };
  }

  writeWhole(name: string, content: string): void {
    this.sink(name).write(content);
  }

  /** Closes every file and writes the marker: from here a kill leaves the new outputs, to be moved by `recover`. */
  seal(): void {
    for (const [name, sink] of this.sinks) guarded(path.join(this.out, STAGING, name), () => sink.close());
    const marker = path.join(this.out, STAGING, MARKER);
    guarded(marker, () => writeFileSync(marker, JSON.stringify([...this.sinks.keys()])));
  }

  /** Moves the sealed files into the output folder and removes the staging folder. */
  moveIntoPlace(): void {
    const staging = path.join(this.out, STAGING);
    moveAll(staging, this.out, [...this.sinks.keys()]);
    guarded(staging, () => rmSync(staging, { recursive: true, force: true }));
  }
}

function moveAll(staging: string, out: string, names: readonly string[]): void {
  for (const name of names) {
    const target = path.join(out, name);
    guarded(target, () => {
      mkdirSync(path.dirname(target), { recursive: true });
      try {
        renameSync(path.join(staging, name), target);
      } catch (error) {
        // A file already moved by an interrupted move is no longer in staging: nothing to do for it.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    });
  }
}

/** Runs a file operation; an error of the file system becomes one line naming the file (exit 74). */
function guarded<T>(file: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw ioError(file, error);
  }
}

/** An error of the file system at `file`, as the one line the run ends with. */
export function ioError(file: string, error: unknown): OutputIoError {
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  const hint = code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG' ? 'free some space' : 'check the folder';
  return new OutputIoError(`cannot write ${file} (${code}); the tables from before are unchanged; ${hint} and run again`, { cause: error });
}
