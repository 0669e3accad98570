import type { Diagnostic, InputOutcome } from '../core/types.js';
import type { TableName } from './tables.js';

/** What a run says of one input: where it was read, its bytes' hash, what became of it. */
export interface InputReport {
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly outcome: InputOutcome;
  /** Articles read from it (this run's: 0 for an input the store had). */
  readonly articles: number;
  /** Of those, the new ones the store kept, and the copies of articles it had. */
  readonly kept: number;
  readonly duplicates: number;
  /** True when the store had these bytes already (under this or another path): nothing of it was read again. */
  readonly seen: boolean;
}

/** run.json: what a night did, for people and for the programs that watch the folder. */
export interface RunReport {
  readonly tool: 'whosaid';
  readonly version: string;
  /** The run's number in the folder's store. */
  readonly run: number;
  readonly startedAt: string;
  readonly endedAt: string;
  readonly out: string;
  /** The runs whose rows the tables hold: this one, and any killed before it delivered its tables. */
  readonly tables: { readonly firstRun: number; readonly lastRun: number };
  readonly inputs: readonly InputReport[];
  readonly counts: Readonly<Record<TableName, number>>;
  /** The whole store after this run. */
  readonly store: { readonly articles: number; readonly runs: number };
  readonly stageMs: Readonly<Record<string, number>>;
  /** What analysed the batches: threads of this process, or the fleet's workers. */
  readonly workers: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
  readonly exitCode: number;
}
