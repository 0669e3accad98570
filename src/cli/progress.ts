import cliProgress from 'cli-progress';
import type { WorkerLog } from '../fleet/worker.js';
import type { Progress } from '../run/night.js';
import type { RunReport } from '../run/report.js';
import type { Output } from './args.js';
import { summaryLine } from './summary.js';

/** How a run talks to the person or the log collector watching it. */
export interface Reporter {
  progress(event: Progress): void;
  finish(report: RunReport, seconds: number): void;
  /** One line for a run that could not finish, with its error code. */
  error(message: string, code: string): void;
  /** One line of anything else: what an export or a prune did. */
  info(message: string, fields?: Readonly<Record<string, unknown>>): void;
}

/**
 * A progress bar on a terminal (not when output is piped or in CI), nothing with --quiet but errors and the
 * summary of a failed run, or one JSON object a line with --log-format json.
 */
export function createReporter(options: Output, stream: NodeJS.WriteStream = process.stderr): Reporter {
  const log = jsonLog(stream);
  if (options.logFormat === 'json') {
    let committed = 0;
    return {
      progress: ({ batch, ...counts }) => {
        if (batch !== undefined) log({ level: 'info', event: 'batch', ...batch });
        if (counts.inputs === committed) return;
        committed = counts.inputs;
        log({ level: 'info', event: 'progress', ...counts });
      },
      finish: (report, seconds) => log({ level: report.exitCode === 0 ? 'info' : 'error', event: 'summary', seconds, exitCode: report.exitCode, counts: report.counts, inputs: report.inputs.length, workers: report.workers }),
      error: (message, code) => log({ level: 'error', event: 'error', code, message }),
      info: (message, fields = {}) => log({ level: 'info', event: 'info', message, ...fields }),
    };
  }
  const interactive = !options.quiet && stream.isTTY === true && !process.env['CI'];
  const bar = interactive ? new cliProgress.SingleBar({ stream, format: 'analyse [{bar}] {value}/{total} batches, {inputs}/{totalInputs} inputs committed', hideCursor: true }, cliProgress.Presets.shades_classic) : undefined;
  let started = false;
  return {
    progress(event) {
      if (bar === undefined) return;
      if (!started) bar.start(event.totalBatches, 0, { inputs: 0, totalInputs: event.totalInputs });
      started = true;
      bar.setTotal(Math.max(event.totalBatches, event.batches));
      bar.update(event.batches, { inputs: event.inputs, totalInputs: event.totalInputs });
    },
    finish(report, seconds) {
      bar?.stop();
      if (!options.quiet || report.exitCode !== 0) stream.write(`${summaryLine(report, seconds)}\n`);
    },
    error(message) {
      bar?.stop();
      stream.write(`whosaid: ${message}\n`);
    },
    info(message) {
      if (!options.quiet) stream.write(`whosaid: ${message}\n`);
    },
  };
}

/** A fleet worker's log: a line a batch and a line a event, or one JSON object a line with --log-format json. */
export function workerLog(options: Output, stream: NodeJS.WriteStream = process.stderr): WorkerLog {
  const log = jsonLog(stream);
  return (level, event, message, fields = {}) => {
    if (options.logFormat === 'json') log({ level, event, message, ...fields });
    else if (!options.quiet || level === 'error') stream.write(`whosaid worker: ${message}\n`);
  };
}

/** One JSON object a line, with its time first: what --log-format json writes. */
function jsonLog(stream: NodeJS.WriteStream): (event: Readonly<Record<string, unknown>>) => void {
  return (event) => void stream.write(`${JSON.stringify({ time: new Date().toISOString(), ...event })}\n`);
}
