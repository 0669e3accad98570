/**
 * One measured run of the whole pipeline for `npm run bench`, in a process of its own so that its peak
 * memory (resident set, worker threads included) is its own. Arguments: input folder, output folder,
 * concurrency. Prints one JSON line: seconds, peak resident memory in MB, table counts.
 */
import { runWhosaid } from './whosaid.js';

const [input = '', out = '', concurrency = '1'] = process.argv.slice(2);
const started = performance.now();
const report = await runWhosaid({ inputs: [input], out, concurrency: Number(concurrency), full: true });
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`${JSON.stringify({ seconds, peakMb: Math.round(process.resourceUsage().maxRSS / 1024), counts: report.counts, stageMs: report.stageMs })}\n`);
