/**
 * `npm run bench`: throughput of the whole pipeline (files in, tables out) against plain compromise
 * (`nlp(text)` with `.people() .places() .organizations()`) and plain wink-nlp (`readDoc` with entities and
 * POS) on the same articles, in one run. Options: `--articles N` (default 2000), `--shared DIR`.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { loadBenchStories, toDump, type BenchStory } from '../src/bench/corpus.js';
import { table } from '../src/eval/score.js';
import { PACKAGE_ROOT } from '../src/paths.js';
import { runWhosaid } from './whosaid.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    shared: { type: 'string', default: path.join(PACKAGE_ROOT, '../shared') },
  },
});
const STORIES_PER_FILE = 50;
const wanted = Number(values.articles);
const all = loadBenchStories(values.shared as string);
const stories: BenchStory[] = Array.from({ length: wanted }, (_, i) => all[i % all.length] as BenchStory);
const texts = stories.map((s) => `${s.title}\n\n${s.body}`);
const words = texts.reduce((sum, text) => sum + (text.match(/\S+/gu)?.length ?? 0), 0);

const dir = await mkdtemp(path.join(tmpdir(), 'whosaid-bench-'));
const rows: (string | number)[][] = [];
const measure = async (name: string, work: () => Promise<unknown> | unknown) => {
  const started = performance.now();
  await work();
  const seconds = (performance.now() - started) / 1000;
  rows.push([name, String(stories.length), String(words), seconds.toFixed(2), String(Math.round(words / seconds)), String(Math.round(stories.length / seconds))]);
  return words / seconds;
};
try {
  await mkdir(path.join(dir, 'in'));
  for (let i = 0; i < stories.length; i += STORIES_PER_FILE) {
    await writeFile(path.join(dir, 'in', `${String(i / STORIES_PER_FILE).padStart(5, '0')}.txt`), toDump(stories.slice(i, i + STORIES_PER_FILE)));
  }
  // Warm up every system once on a few texts so that start-up is not counted against any of them.
  texts.slice(0, 20).forEach((text) => nlp(text).people());
  const wink = winkNLP(model);
  let stageMs: Record<string, number> = {};
  const pipeline = await measure('whosaid (whole pipeline, 1 process)', async () => {
    stageMs = (await runWhosaid({ inputs: [path.join(dir, 'in')], out: path.join(dir, 'out') })).stageMs;
  });
  const compromise = await measure('compromise people/places/organizations', () => {
    for (const text of texts) {
      const doc = nlp(text);
      doc.people().out('array');
      doc.places().out('array');
      doc.organizations().out('array');
    }
  });
  await measure('wink-nlp readDoc + entities + pos', () => {
    for (const text of texts) {
      const doc = wink.readDoc(text);
      doc.entities().out();
      doc.tokens().out(wink.its.pos);
    }
  });
  process.stdout.write(`${table(['system', 'articles', 'words', 'seconds', 'words/s', 'articles/s'], rows)}\n`);
  process.stdout.write(`\nwhosaid / compromise: ${(pipeline / compromise).toFixed(2)}× the words per second\n`);
  process.stdout.write(`whosaid time per stage (ms): ${JSON.stringify(stageMs)}\n`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
