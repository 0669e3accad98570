/**
 * `npm run bench`: builds a corpus of made-up stories in the dump layout from the evaluation data's
 * articles, runs the whole pipeline (files in, tables out) with 1 worker and with all cores, each in a
 * process of its own, and prints articles/s, words/s, peak memory and the speed-up, beside plain compromise
 * (`nlp(text)` with `.people() .places() .organizations()`) and plain wink-nlp (`readDoc` with entities and
 * POS) in this process. The baselines read every `--baseline-every`-th story of the same corpus (they are
 * slow; a rate is a rate).
 *
 * Options: `--articles N` (default 20000), `--baseline-every K` (default 10), `--shared DIR`.
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

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '20000' },
    'baseline-every': { type: 'string', default: '10' },
    shared: { type: 'string', default: path.join(PACKAGE_ROOT, '../shared') },
  },
});
const STORIES_PER_FILE = 200;
const stories = makeCorpus(loadBenchStories(values.shared as string), Number(values.articles));
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
}
const rows: Measured[] = [];

const dir = await mkdtemp(path.join(tmpdir(), 'whosaid-bench-'));
try {
  await mkdir(path.join(dir, 'in'));
  for (let i = 0; i < stories.length; i += STORIES_PER_FILE) {
    await writeFile(path.join(dir, 'in', `${String(i / STORIES_PER_FILE).padStart(5, '0')}.txt`), toDump(stories.slice(i, i + STORIES_PER_FILE)));
  }
  const runner = path.join(PACKAGE_ROOT, 'dist/pipelines/bench-run.js');
  for (const concurrency of [...new Set([1, cores])]) {
    const { stdout } = await promisify(execFile)(process.execPath, [runner, path.join(dir, 'in'), path.join(dir, `out-${concurrency}`), String(concurrency)], { maxBuffer: 1 << 24 });
    const result = JSON.parse(stdout.trim().split('\n').at(-1) as string) as { seconds: number; peakMb: number };
    rows.push({ name: `whosaid, whole pipeline, ${concurrency} worker${concurrency === 1 ? '' : 's'}`, articles: stories.length, words, seconds: result.seconds, peakMb: result.peakMb });
  }

  const sample = stories.filter((_, i) => i % Number(values['baseline-every']) === 0).map(textOf);
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
process.stdout.write(
  `${table(
    ['system', 'articles', 'words', 'seconds', 'articles/s', 'words/s', 'peak MB'],
    rows.map((row) => [row.name, String(row.articles), String(row.words), row.seconds.toFixed(1), String(Math.round(row.articles / row.seconds)), String(Math.round(rate(row))), row.peakMb === undefined ? '-' : String(row.peakMb)]),
  )}\n`,
);
const one = rows[0] as Measured;
const all = rows[rows.length > 3 ? 1 : 0] as Measured;
const compromise = rows.find((row) => row.name.startsWith('compromise')) as Measured;
process.stdout.write(`\nspeed-up with ${cores} workers: ${(one.seconds / all.seconds).toFixed(2)}×\n`);
process.stdout.write(`whosaid (${cores} workers) / plain compromise: ${(rate(all) / rate(compromise)).toFixed(2)}× the words per second; with 1 worker: ${(rate(one) / rate(compromise)).toFixed(2)}×\n`);
