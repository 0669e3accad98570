import type { Diagnostic, InputReport } from '../types.js';
import type { TableName } from './tables.js';

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
