import type { RunReport } from '../outputs/run-json.js';
import { TOOL_VERSION } from '../io/paths.js';
import type { Diagnostic } from '../core/types.js';
import type { StageTimes } from '../core/timing.js';

export type { RunReport } from '../outputs/run-json.js';

/** Exit codes of the contract: 0 every input processed, 1 some input failed (the rest still written). */
export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;

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
