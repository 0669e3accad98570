import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { FileSink } from './file-sink.js';

/** Where a run builds its outputs before they replace the old ones, inside the output folder. */
const STAGING = '.whosaid/staging';
const MARKER = 'COMMIT';

/**
 * The outputs of a run, written whole into `.whosaid/staging/` and then moved into the output folder. The
 * move is made safe against a kill: a marker listing the files is written first, each file is renamed
 * (atomic on POSIX), then the marker goes. `recover` finishes a move that a kill interrupted, or throws away
 * a staging folder that was never complete, so no output is ever half-written and none is lost.
 */
export class Staging {
  private readonly sinks = new Map<string, FileSink>();

  private constructor(private readonly out: string) {}

  static async open(out: string): Promise<Staging> {
    await Staging.recover(out);
    try {
      await mkdir(path.join(out, STAGING), { recursive: true });
    } catch (error) {
      throw new ConfigError(`cannot create the output folder ${out}: ${(error as Error).message}; pass a writable folder with --out`, { cause: error });
    }
    return new Staging(out);
  }

  static async recover(out: string): Promise<void> {
    const staging = path.join(out, STAGING);
    const marker = await readFile(path.join(staging, MARKER), 'utf8').catch(() => undefined);
    if (marker !== undefined) await moveAll(staging, out, JSON.parse(marker) as string[]);
    await rm(staging, { recursive: true, force: true });
  }

  /** A sink for the output file `name` (a path relative to the output folder). */
  async sink(name: string): Promise<FileSink> {
    const file = path.join(this.out, STAGING, name);
    await mkdir(path.dirname(file), { recursive: true });
    const sink = new FileSink(file);
    this.sinks.set(name, sink);
    return sink;
  }

  /** A path in the staging folder for a file that is not an output: it goes with the folder, at commit or at the next run. */
  scratch(name: string): string {
    return path.join(this.out, STAGING, name);
  }

  async writeWhole(name: string, content: string): Promise<void> {
    await (await this.sink(name)).write(content);
  }

  async commit(): Promise<void> {
    await Promise.all([...this.sinks.values()].map((sink) => sink.close()));
    const staging = path.join(this.out, STAGING);
    const names = [...this.sinks.keys()];
    await writeFile(path.join(staging, MARKER), JSON.stringify(names));
    await moveAll(staging, this.out, names);
    await rm(staging, { recursive: true, force: true });
  }
}

async function moveAll(staging: string, out: string, names: readonly string[]): Promise<void> {
  for (const name of names) {
    await mkdir(path.dirname(path.join(out, name)), { recursive: true });
    // A file already moved by an interrupted commit is no longer in staging: nothing to do for it.
    await rename(path.join(staging, name), path.join(out, name)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}
