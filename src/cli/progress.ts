import cliProgress from 'cli-progress';
import type { RunReport } from '../run/report.js';
import type { LogFormat } from './args.js';
import { summaryLine } from './summary.js';

/** What the pipeline tells about its progress (see pipelines/whosaid.ts `Progress`). */
export interface ProgressEvent {
  readonly phase: 'analyse' | 'merge';
  readonly done: number;
  readonly total: number;
  readonly input?: { readonly path: string; readonly outcome: string; readonly articles: number };
  readonly cached?: boolean;
}

/** How a run talks to the person or the log collector watching it. */
export interface Reporter {
  progress(event: ProgressEvent): void;
  finish(report: RunReport, seconds: number): void;
  error(message: string, code: string): void;
}

/**
 * A progress bar on a terminal (not when output is piped or in CI), nothing with --quiet but errors and the
 * summary of a failed run, or one JSON object a line with --log-format json.
 */
export function createReporter(options: { quiet: boolean; logFormat: LogFormat }, stream: NodeJS.WriteStream = process.stderr): Reporter {
  const log = (event: Record<string, unknown>) => stream.write(`${JSON.stringify({ time: new Date().toISOString(), ...event })}\n`);
  if (options.logFormat === 'json') {
    return {
      progress: (event) => (event.phase === 'analyse' ? log({ level: 'info', event: 'input', ...event }) : undefined),
      finish: (report, seconds) => log({ level: report.exitCode === 0 ? 'info' : 'error', event: 'summary', seconds, exitCode: report.exitCode, counts: report.counts, inputs: report.inputs.length }),
      error: (message, code) => log({ level: 'error', event: 'error', code, message }),
    };
  }
  const interactive = !options.quiet && stream.isTTY === true && !process.env['CI'];
  const bar = interactive ? new cliProgress.SingleBar({ stream, format: 'analyse [{bar}] {value}/{total} inputs {file}', hideCursor: true }, cliProgress.Presets.shades_classic) : undefined;
  let started = false;
  return {
    progress(event) {
      // The merge follows the analysis input by input; the bar counts analysed inputs.
      if (bar === undefined || event.phase !== 'analyse') return;
      if (!started) bar.start(event.total, 0, { file: '' });
      started = true;
      bar.update(event.done, { file: event.input?.path ?? '' });
    },
    finish(report, seconds) {
      bar?.stop();
      if (!options.quiet || report.exitCode !== 0) stream.write(`${summaryLine(report, seconds)}\n`);
    },
    error(message) {
      bar?.stop();
      stream.write(`whosaid: ${message}\n`);
    },
  };
}
