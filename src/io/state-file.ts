import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Where an output folder keeps what its last committed run merged. */
export const STATE_FILE = '.whosaid/state.json';

/** One input merged into the tables: the segment that holds its analysis. */
export interface StateInput {
  readonly path: string;
  readonly absolute: string;
  readonly format: 'dump' | 'jsonl';
  readonly sha256: string;
  readonly segment: string;
}

export interface RunState {
  readonly version: 1;
  /** Fingerprint of the code and models that made the segments; other code means other segments. */
  readonly analysis: string;
  readonly inputs: readonly StateInput[];
}

/** The state of the last committed run in `out`, or undefined when there is none (or it is unreadable). */
export async function readState(out: string): Promise<RunState | undefined> {
  try {
    const state = JSON.parse(await readFile(path.join(out, STATE_FILE), 'utf8')) as RunState;
    return state.version === 1 && Array.isArray(state.inputs) ? state : undefined;
  } catch {
    return undefined;
  }
}
