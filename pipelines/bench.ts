/**
 * `npm run bench`: builds a corpus of made-up stories in the dump layout from the evaluation data's
 * articles, runs the whole pipeline (files in, tables out) with 1 worker and with all cores, each in a
 * process of its own started with `npm start`'s node flags, and prints articles/s, words/s, peak memory and
 * the speed-up, beside plain compromise (`nlp(text)` with `.people() .places() .organizations()`) and plain
 * wink-nlp (`readDoc` with entities and POS) in this process. The baselines read every
 * `--baseline-every`-th story of the same corpus (they are slow; a rate is a rate).
 *
 * Each pipeline configuration runs `--runs` times, the configurations taking turns so that a slow spell of
 * the machine falls on both; the table shows the median run (and every run's seconds), peak memory the
 * highest of the runs. On a shared VM one run of half a minute varies by a few percent either way.
 *
 * Options: `--articles N` (default 20000), `--runs N` (default 3), `--baseline-every K` (default 10),
 * `--shared DIR`.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { loadBenchStories, makeCorpus, toDump } from '../src/bench/corpus.js';
import { table } from '../src/eval/score.js';
import { PACKAGE_ROOT } from '../src/paths.js';

/** Ends the bench on a wrong option, with the exit code of a usage error. */
function usage(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        articles: { type: 'string', default: '20000' },
        runs: { type: 'string', default: '3' },
        'baseline-every': { type: 'string', default: '10' },
        shared: { type: 'string', default: path.join(PACKAGE_ROOT, '../shared') },
      },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
})();
/** The whole number of 1 or more that option `name` holds; anything else ends the bench with a usage error. */
function count(name: 'articles' | 'runs' | 'baseline-every'): number {
  const value = Number(values[name]);
  return Number.isInteger(value) && value >= 1 ? value : usage(`--${name} expects a whole number of 1 or more, got "${values[name]}"`);
}
const options = { articles: count('articles'), runs: count('runs'), baselineEvery: count('baseline-every') };
const STORIES_PER_FILE = 200;
const stories = makeCorpus(loadBenchStories(values.shared as string), options.articles);
const textOf = (s: (typeof stories)[number]) => `${s.title}\n\n${s.caption}\n\n${s.body}`;
const wordsIn = (texts: readonly string[]) => texts.reduce((sum, text) => sum + (text.match(/\S+/gu)?.length ?? 0), 0);
const words = wordsIn(stories.map(textOf));
const cores = availableParallelism();

interface Measured {
  readonly name: string;
  readonly articles: number;
  readonly words: number;
  readonly seconds: number;
  readonly peakMb: number | undefined;
  /** Seconds of every run, when there were several. */
  readonly runs?: readonly number[];
}
const rows: Measured[] = [];
/** As `npm start` and the `whosaid` command run the pipeline (README, "Speed and memory"). */
const PIPELINE_NODE_FLAGS = ['--single-threaded-gc'];

const dir = await mkdtemp(path.join(tmpdir(), 'whosaid-bench-'));
try {
  await mkdir(path.join(dir, 'in'));
  for (let i = 0; i < stories.length; i += STORIES_PER_FILE) {
    await writeFile(path.join(dir, 'in', `${String(i / STORIES_PER_FILE).padStart(5, '0')}.txt`), toDump(stories.slice(i, i + STORIES_PER_FILE)));
  }
  const runner = path.join(PACKAGE_ROOT, 'dist/pipelines/bench-run.js');
  const concurrencies = [...new Set([1, cores])];
  const results = new Map(concurrencies.map((concurrency) => [concurrency, [] as { seconds: number; peakMb: number }[]]));
  for (let run = 0; run < options.runs; run++) {
    for (const concurrency of concurrencies) {
      const out = path.join(dir, `out-${concurrency}`);
      await rm(out, { recursive: true, force: true });
      const { stdout } = await promisify(execFile)(process.execPath, [...PIPELINE_NODE_FLAGS, runner, path.join(dir, 'in'), out, String(concurrency)], { maxBuffer: 1 << 24 });
      results.get(concurrency)?.push(JSON.parse(stdout.trim().split('\n').at(-1) as string) as { seconds: number; peakMb: number });
    }
  }
  for (const [concurrency, runs] of results) {
    const seconds = runs.map((result) => result.seconds);
    rows.push({
      name: `whosaid, whole pipeline, ${concurrency} worker${concurrency === 1 ? '' : 's'}`,
      articles: stories.length,
      words,
      seconds: median(seconds),
      peakMb: Math.max(...runs.map((result) => result.peakMb)),
      runs: seconds,
    });
  }

  const sample = stories.filter((_, i) => i % options.baselineEvery === 0).map(textOf);
  const measure = (name: string, work: () => void) => {
    const started = performance.now();
    work();
    rows.push({ name, articles: sample.length, words: wordsIn(sample), seconds: (performance.now() - started) / 1000, peakMb: undefined });
  };
  sample.slice(0, 20).forEach((text) => nlp(text).people());
  measure('compromise people/places/organizations', () => {
    for (const text of sample) {
      const doc = nlp(text);
      doc.people().out('array');
      doc.places().out('array');
      doc.organizations().out('array');
    }
  });
  const wink = winkNLP(model);
  measure('wink-nlp readDoc + entities + pos', () => {
    for (const text of sample) {
      const doc = wink.readDoc(text);
      doc.entities().out();
      doc.tokens().out(wink.its.pos);
    }
  });
} finally {
  await rm(dir, { recursive: true, force: true });
}

const rate = (row: Measured) => row.words / row.seconds;
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
process.stdout.write(
  `${table(
    ['system', 'articles', 'words', 'seconds', 'articles/s', 'words/s', 'peak MB', 'runs (s)'],
    rows.map((row) => [
      row.name,
      String(row.articles),
      String(row.words),
      row.seconds.toFixed(1),
      String(Math.round(row.articles / row.seconds)),
      String(Math.round(rate(row))),
      row.peakMb === undefined ? '-' : String(row.peakMb),
      row.runs === undefined ? '-' : row.runs.map((seconds) => seconds.toFixed(1)).join(' '),
    ]),
  )}\n`,
);
const one = rows[0] as Measured;
const all = rows[rows.length > 3 ? 1 : 0] as Measured;
const compromise = rows.find((row) => row.name.startsWith('compromise')) as Measured;
process.stdout.write(`\nspeed-up with ${cores} workers: ${(one.seconds / all.seconds).toFixed(2)}× (median runs of ${options.runs})\n`);
process.stdout.write(`whosaid (${cores} workers) / plain compromise: ${(rate(all) / rate(compromise)).toFixed(2)}× the words per second; with 1 worker: ${(rate(one) / rate(compromise)).toFixed(2)}×\n`);
