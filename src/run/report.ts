import { TOOL_VERSION } from '../paths.js';
import type { Diagnostic, InputReport } from '../types.js';
import type { TableName } from '../write/tables.js';
import type { StageTimes } from './timing.js';

/** Exit codes of the contract: 0 every input processed, 1 some input failed (the rest still written). */
export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;

export interface RunReport {
  readonly tool: 'whosaid';
  readonly version: string;
  readonly startedAt: string;
  readonly endedAt: string;
  readonly out: string;
  readonly inputs: readonly InputReport[];
  readonly counts: Readonly<Record<TableName, number>>;
  readonly stageMs: Record<string, number>;
  readonly diagnostics: readonly Diagnostic[];
  readonly exitCode: number;
}

/** Any error-severity diagnostic means some input did not come through whole: exit code 1. */
export function exitCodeFor(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.some((d) => d.severity === 'error') ? EXIT_INPUT_FAILED : EXIT_OK;
}

/**
 * run.json. `diagnostics` lists every diagnostic of every input merged (cached ones too), so the report
 * describes the tables; the exit code counts only `exitDiagnostics`: those of inputs processed in this run.
 */
export function buildRunReport(args: {
  startedAt: Date;
  endedAt: Date;
  out: string;
  inputs: readonly InputReport[];
  counts: Readonly<Record<TableName, number>>;
  times: StageTimes;
  diagnostics: readonly Diagnostic[];
  exitDiagnostics: readonly Diagnostic[];
}): RunReport {
  return {
    tool: 'whosaid',
    version: TOOL_VERSION,
    startedAt: args.startedAt.toISOString(),
    endedAt: args.endedAt.toISOString(),
    out: args.out,
    inputs: args.inputs,
    counts: args.counts,
    stageMs: args.times.toJSON(),
    diagnostics: args.diagnostics,
    exitCode: exitCodeFor(args.exitDiagnostics),
  };
}
