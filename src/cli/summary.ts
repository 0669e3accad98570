import type { RunReport } from '../run/report.js';

/** The one line printed at the end of a night. */
export function summaryLine(report: RunReport, seconds: number): string {
  const { counts } = report;
  const seen = report.inputs.filter((input) => input.seen);
  const failed = report.inputs.filter((input) => !input.seen && input.outcome !== 'ok').length;
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const problems = failed > 0 || errors > 0 ? `, ${failed} with errors (${errors} errors, see ${report.out}/run.json)` : '';
  const hadErrors = seen.filter((input) => input.outcome !== 'ok').length;
  const known = seen.length > 0 ? ` (${seen.length} seen before${hadErrors > 0 ? `, ${hadErrors} of them read with errors then` : ''})` : '';
  return (
    `whosaid: ${counts.articles} new articles, ${counts.duplicates} duplicates, ${counts.entities} entities, ` +
    `${counts.quotes} quotes, ${counts.relations} relations in ${seconds.toFixed(1)} s ` +
    `from ${report.inputs.length} inputs${known}${problems} → ${report.out}/ (store: ${report.store.articles} articles, ${report.store.runs} runs)`
  );
}
