/**
 * `npm run bench`: whosaid on real news, as whole processes, beside plain compromise and plain wink-nlp in the
 * same run.
 *
 * Speed (default): the first `--articles` real articles of ../shared/data (PolNeAR and CoNLL++, one in twenty
 * republished) in one JSONL file, as a nightly feed delivers them. whosaid runs with 1 worker and with every
 * core, every table written; compromise (`nlp(text)` + people, places, organizations, quotations) and
 * wink-nlp (`readDoc` + entities, sentences, POS) read the same file. Each program runs `--runs` times, taking
 * turns; the table shows the median, words per second, and peak memory. Then where whosaid's time goes (its
 * stages), and an article that names 2,400 people.
 *
 * Nights (`--nights N`): N nights of `--per-night` articles into one folder, each night's JSONL file added
 * to the input folder as a feed would, 5% of each night republished from earlier nights (half edited); per
 * night the time, peak memory and what the store found; then the store's size, whether every republished
 * article was found as a duplicate of the first night that had it, and the export of the whole history.
 *
 * Options: `--articles N` (1000), `--runs N` (3), `--nights N`, `--per-night N` (1000), `--shared DIR`.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { type BenchArticle, jsonlLine, loadRealArticles, nights, rosterText, speedCorpus, wordsIn } from '../src/bench/corpus.js';
import { startRedis, type RedisServer } from '../src/bench/redis-server.js';
import { QUEUE_NAME, QUEUE_PREFIX } from '../src/fleet/redis.js';
import { Queue } from 'bullmq';
import { setTimeout as sleep } from 'node:timers/promises';
import { table } from '../src/eval/score.js';
import { articleId } from '../src/ingest/fingerprint.js';
import { PACKAGE_ROOT } from '../src/io/paths.js';
import { sharedFolder, toolOptions } from '../src/eval/shared.js';

function usage(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

const values = toolOptions(
  'bench',
  `usage: npm run bench [-- options]
whosaid on real news as whole processes, beside plain compromise and wink-nlp, then its stages and a roster.
  --articles N   real articles of ../shared/data in the speed corpus (default: 1000)
  --runs N       runs of each program; the median is shown (default: 3)
  --nights N     instead, N nights of --per-night articles into one store (default: 0, no nights)
  --per-night N  articles a night (default: 1000)
  --shared DIR   the folder of data (default: ../shared, or WHOSAID_SHARED)
  -h, --help     show this help`,
  {
    articles: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    nights: { type: 'string', default: '0' },
    'per-night': { type: 'string', default: '1000' },
    shared: { type: 'string' },
  },
);
function count(name: 'articles' | 'runs' | 'nights' | 'per-night', min = 1): number {
  const value = Number(values[name]);
  return Number.isInteger(value) && value >= min ? value : usage(`--${name} expects a whole number of ${min} or more, got "${values[name]}"`);
}

const RUNNER = path.join(PACKAGE_ROOT, 'dist/pipelines/bench-run.js');
const cores = availableParallelism();
const print = (text: string) => process.stdout.write(`${text}\n`);

/** Runs one program of bench-run.ts: its wall seconds (as a whole process), peak memory and what it made. */
async function measure(args: readonly string[]): Promise<{ seconds: number; peakMb: number; made: Record<string, unknown> }> {
  const started = performance.now();
  const { stdout } = await promisify(execFile)(process.execPath, [RUNNER, ...args], { maxBuffer: 1 << 24 });
  const seconds = (performance.now() - started) / 1000;
  const result = JSON.parse(stdout.trim().split('\n').at(-1) as string) as { peakMb: number; made: Record<string, unknown> };
  return { seconds, ...result };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const pool = loadRealArticles(sharedFolder('bench', values.shared, ['data/polnear/train', 'data/polnear/dev', 'data/conllpp/train.txt', 'data/conllpp/dev.txt']));
const dir = await mkdtemp(path.join(tmpdir(), 'whosaid-bench-'));
try {
  if (count('nights', 0) > 0) await nightly(count('nights'), count('per-night'));
  else await speed(speedCorpus(pool, count('articles')), count('runs'));
} finally {
  await rm(dir, { recursive: true, force: true });
}

async function speed(corpus: readonly BenchArticle[], runs: number): Promise<void> {
  const file = path.join(dir, 'articles.jsonl');
  await writeFile(file, `${corpus.map((article) => jsonlLine(article)).join('\n')}\n`);
  const words = corpus.reduce((sum, article) => sum + wordsIn(`${article.title}\n\n${article.text}`), 0);
  const programs: [string, string[]][] = [
    ['whosaid, 1 worker, every table written', ['whosaid', file, path.join(dir, 'out-1'), '1', 'full']],
    [`whosaid, ${cores} workers, every table written`, ['whosaid', file, path.join(dir, `out-${cores}`), String(cores), 'full']],
    ['compromise nlp(text) + people/places/organizations/quotations', ['compromise', file]],
    ['wink-nlp readDoc + entities + sentences + POS', ['wink', file]],
  ];
  const results = programs.map(() => [] as Awaited<ReturnType<typeof measure>>[]);
  for (let run = 0; run < runs; run++) for (const [i, [, args]] of programs.entries()) results[i]?.push(await measure(args));
  const seconds = results.map((r) => median(r.map((m) => m.seconds)));
  print(`\nReal news: ${corpus.length} articles, ${words} words in one JSONL file (${cores} cores; median of ${runs} runs, each program a process of its own)`);
  print(
    table(
      ['program', 'seconds', 'words/s', 'words/s per worker', 'peak MB', 'runs (s)'],
      programs.map(([name], i) => {
        const workers = i === 1 ? cores : 1;
        return [name, (seconds[i] as number).toFixed(1), String(Math.round(words / (seconds[i] as number))), String(Math.round(words / (seconds[i] as number) / workers)), String(Math.max(...(results[i] ?? []).map((m) => m.peakMb))), (results[i] ?? []).map((m) => m.seconds.toFixed(1)).join(' ')];
      }),
    ),
  );
  const [one = 1, all = 1, compromise = 1, wink = 1] = seconds;
  print(`\nwhosaid, 1 worker: ${(compromise / one).toFixed(2)}x plain compromise's words/s, ${(wink / one).toFixed(2)}x plain wink-nlp's; speed-up with ${cores} workers: ${(one / all).toFixed(2)}x`);
  await fleet(file, words, all, runs);
  const stageMs = (results[0]?.[0]?.made['stageMs'] ?? {}) as Record<string, number>;
  const total = Object.values(stageMs).reduce((sum, ms) => sum + ms, 0);
  print('\nWhere whosaid spends its time (1 worker, first run; milliseconds and share of all stages)');
  print(table(['stage', 'ms', 'share'], Object.entries(stageMs).sort(([, a], [, b]) => b - a).map(([stage, ms]) => [stage, String(ms), `${((100 * ms) / total).toFixed(1)}%`])));
  await roster();
}

/**
 * The same file through a fleet on this machine: Redis, and `cores` worker processes of one thread each,
 * started beforehand as a fleet's are; the coordinator is measured. Beside the local run with `cores`
 * threads, what the queue costs; with the batch time, how far more workers would take it.
 */
async function fleet(file: string, words: number, localSeconds: number, runs: number): Promise<void> {
  let redis: RedisServer;
  try {
    redis = await startRedis(dir);
  } catch (error) {
    print(`\nFleet: not measured (${(error as Error).message.split('\n')[0]}); install redis-server`);
    return;
  }
  const workers = Array.from({ length: cores }, () => spawn(process.execPath, [path.join(PACKAGE_ROOT, 'dist/pipelines/cli.js'), 'worker', '--queue', redis.url, '-j', '1', '--quiet']));
  const queue = new Queue(QUEUE_NAME, { connection: { url: redis.url }, prefix: QUEUE_PREFIX });
  try {
    while ((await queue.getWorkersCount()) < cores) await sleep(100);
    const measured: Awaited<ReturnType<typeof measure>>[] = [];
    for (let run = 0; run < runs; run++) measured.push(await measure(['whosaid', file, path.join(dir, 'out-fleet'), '1', 'full', redis.url]));
    const seconds = median(measured.map((m) => m.seconds));
    const stageMs = (measured[0]?.made['stageMs'] ?? {}) as Record<string, number>;
    const batchMs = ['tokenize', 'ner', 'quotes', 'relations'].reduce((sum, stage) => sum + (stageMs[stage] ?? 0), 0);
    print(`\nFleet on this machine: a coordinator and ${cores} worker processes (1 thread each) through Redis`);
    print(table(['program', 'seconds', 'words/s', 'x local', 'peak MB (coordinator)', 'runs (s)'], [
      [`whosaid --queue, ${cores} workers`, seconds.toFixed(1), String(Math.round(words / seconds)), (localSeconds / seconds).toFixed(2), String(Math.max(...measured.map((m) => m.peakMb))), measured.map((m) => m.seconds.toFixed(1)).join(' ')],
    ]));
    print(`per-article stages: ${(batchMs / 1000).toFixed(1)} s of worker time for ${words} words, ${Math.round(words / (batchMs / 1000))} words/s per worker thread`);
  } finally {
    await queue.close();
    for (const worker of workers) worker.kill('SIGTERM');
    await Promise.all(workers.map((worker) => new Promise((resolve) => (worker.exitCode === null ? worker.on('exit', resolve) : resolve(undefined)))));
    await redis.stop();
  }
}

/** An article that names 2,400 people (a roster): no step of the analysis may be quadratic in its mentions. */
async function roster(): Promise<void> {
  const text = rosterText(2400);
  const file = path.join(dir, 'roster.jsonl');
  await writeFile(file, `${jsonlLine({ title: 'Honours list', text })}\n`);
  const { seconds, made } = await measure(['whosaid', file, path.join(dir, 'out-roster'), '1', 'full']);
  const stageMs = made['stageMs'] as Record<string, number>;
  print(`\nAn article naming 2,400 people (${Buffer.byteLength(text)} bytes): ${seconds.toFixed(1)} s as a whole process; stages ${Object.entries(stageMs).map(([stage, ms]) => `${stage} ${ms} ms`).join(', ')}`);
}

async function nightly(count: number, perNight: number): Promise<void> {
  const feed = path.join(dir, 'feed');
  const out = path.join(dir, 'out');
  await mkdir(feed);
  let inputBytes = 0;
  const rows: string[][] = [];
  const measured: { seconds: number; peakMb: number }[] = [];
  let expected = 0;
  let found = 0;
  /** Articles found to be copies, by id, and the article kept for them. */
  const keptAs = new Map<string, string>();
  for (const [n, night] of nights(pool, count, perNight).entries()) {
    const content = `${night.articles.map((article) => jsonlLine(article)).join('\n')}\n`;
    inputBytes += Buffer.byteLength(content);
    await writeFile(path.join(feed, `${night.date}.jsonl`), content);
    const result = await measure(['whosaid', feed, out, String(cores)]);
    const counts = result.made['counts'] as Record<string, number>;
    measured.push(result);
    // Every republished article must come back as a duplicate of the article the first night had.
    const duplicates = new Map(
      (await readFile(path.join(out, 'duplicates.jsonl'), 'utf8')).split('\n').filter(Boolean).map((line) => {
        const row = JSON.parse(line) as { source: string; duplicate_of: string };
        return [Number(row.source.split(':')[1]?.split('-')[0]), row.duplicate_of] as const;
      }),
    );
    const offsets = lineOffsets(content);
    for (const { index, original } of night.republished) {
      expected++;
      // The article the first night kept: the original, unless it was itself a copy of an earlier one.
      const id = articleId({ ...original, externalId: '' });
      const kept = keptAs.get(id) ?? id;
      if (duplicates.get(offsets[index] as number) === kept) found++;
    }
    for (const [id, of] of duplicatesById(await readFile(path.join(out, 'duplicates.jsonl'), 'utf8'))) if (!keptAs.has(id)) keptAs.set(id, keptAs.get(of) ?? of);
    const stageMs = result.made['stageMs'] as Record<string, number>;
    const stages = ['read', 'dedupe', 'store', 'write'].map((stage) => ((stageMs[stage] ?? 0) / 1000).toFixed(1));
    rows.push([String(n + 1), night.date, result.seconds.toFixed(1), ...stages, String(result.peakMb), String(counts['articles']), String(counts['duplicates']), String(night.republished.length)]);
  }
  print(`\n${count} nights of ${perNight} articles into one folder, ${cores} workers; each night's file added to the feed folder, whosaid given the whole folder`);
  print(table(['night', 'date', 'seconds', 'read s', 'dedupe s', 'store s', 'write s', 'peak MB', 'new articles', 'duplicates found', 'republished'], rows));
  const storeBytes = (await readdir(path.join(out, '.whosaid'))).length > 0 ? await folderBytes(path.join(out, '.whosaid')) : 0;
  const second = measured[1] ?? measured[0];
  const last = measured.at(-1);
  const started = performance.now();
  const exported = await measure(['export', out, path.join(dir, 'export')]);
  print(`\nnight ${count} / night 2: ${((last?.seconds ?? 0) / (second?.seconds ?? 1)).toFixed(2)}x the time, ${((last?.peakMb ?? 0) / (second?.peakMb ?? 1)).toFixed(2)}x the peak memory`);
  print(`store: ${(storeBytes / 1e6).toFixed(1)} MB for ${(inputBytes / 1e6).toFixed(1)} MB of input (${(storeBytes / inputBytes).toFixed(2)}x)`);
  print(`republished articles found as duplicates of the first night that had them: ${found} of ${expected}`);
  print(`export of the whole history (${(exported.made as Record<string, number>)['articles']} articles): ${((performance.now() - started) / 1000).toFixed(1)} s as a whole process, peak ${exported.peakMb} MB`);
}

function duplicatesById(jsonl: string): [string, string][] {
  return jsonl
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { article_id: string; duplicate_of: string })
    .filter((row) => row.article_id !== row.duplicate_of)
    .map((row) => [row.article_id, row.duplicate_of]);
}

/** Byte offset of each line of a text: where each article of a JSONL file starts. */
function lineOffsets(content: string): number[] {
  const offsets = [0];
  let at = 0;
  for (const line of content.split('\n').slice(0, -1)) {
    at += Buffer.byteLength(line) + 1;
    offsets.push(at);
  }
  return offsets;
}

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(folder)) total += (await stat(path.join(folder, name))).size;
  return total;
}
