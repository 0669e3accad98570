import { TOOL_VERSION } from '../paths.js';
import type { TableName } from '../outputs/tables.js';
import type { Diagnostic, InputReport } from '../types.js';
import type { StageTimes } from './timing.js';

/** Exit codes of the contract: 0 every input processed, 1 some input failed (the rest still written). */
export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;

/** run.json: what a run did, for people and for the programs that watch the folder. */
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
  readonly stageMs: Record<string, number>;
  /** What analysed the batches: threads of this process, or the fleet's workers. */
  readonly workers: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
  readonly exitCode: number;
}

/** Any error-severity diagnostic means some input did not come through whole: exit code 1. */
export function exitCodeFor(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.some((d) => d.severity === 'error') ? EXIT_INPUT_FAILED : EXIT_OK;
}

export function buildRunReport(a: Omit<RunReport, 'tool' | 'version' | 'stageMs' | 'exitCode'> & { readonly times: StageTimes }): RunReport {
  return {
    tool: 'whosaid', version: TOOL_VERSION, run: a.run, startedAt: a.startedAt, endedAt: a.endedAt, out: a.out, tables: a.tables, inputs: a.inputs,
    counts: a.counts, store: a.store, stageMs: a.times.toJSON(), workers: a.workers, diagnostics: a.diagnostics, exitCode: exitCodeFor(a.diagnostics),
  };
}
