/**
 * `npm run eval`: scores the real pipeline against gold data and prints tables.
 *   1. ../shared/gold/seeds.gold.json — the sample dumps: entities, roles, duplicates.
 *   2. ../shared/data/conllpp/dev.txt — exact-span P/R/F1 per type over PER, LOC, ORG, beside plain compromise.
 * Only dev splits are read. `--shared DIR` (or WHOSAID_SHARED) points at another copy of ../shared.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseConll, type ConllType } from '../src/eval/conll.js';
import { compromiseFinder, pipelineFinder, SCORED_TYPES, scoreConll } from '../src/eval/conll-ner.js';
import { scoreConllPos } from '../src/eval/conll-pos.js';
import { createTokenizer } from '../src/stages/tokenize/index.js';
import { CONFIDENCE_BUCKETS, loadPolnear, scorePolnear, SOURCE_KINDS } from '../src/eval/polnear.js';
import { checkEntities, checkQuotes, missingRelations, missingRoles, readRunTables, type SeedsGold } from '../src/eval/seeds.js';
import { scoresOf, table, type Counts } from '../src/eval/score.js';
import { PACKAGE_ROOT } from '../src/io/paths.js';
import { sharedFolder, toolOptions } from '../src/eval/shared.js';
import { composeStages } from '../src/stages/compose.js';
import { StageTimes } from '../src/core/timing.js';
import { articleStages, loadModels } from './stages.js';
import { runWhosaid } from './whosaid.js';

const values = toolOptions(
  'eval',
  `usage: npm run eval [-- --shared DIR]
Scores whosaid on dev splits only and prints tables: the seeds gold (the samples), CoNLL++ dev (names, parts
of speech) beside plain compromise, PolNeAR dev (quotes, speakers by name, indirect speech, reliability).
  --shared DIR   the folder of gold answers and data (default: ../shared, or WHOSAID_SHARED)
  -h, --help     show this help`,
  { shared: { type: 'string' } },
);
const shared = sharedFolder('eval', values.shared, ['gold/seeds.gold.json', 'data/conllpp/dev.txt', 'data/polnear/dev']);
const print = (text: string) => process.stdout.write(`${text}\n`);

async function evalSeeds(): Promise<void> {
  const gold = JSON.parse(await readFile(path.join(shared, 'gold/seeds.gold.json'), 'utf8')) as SeedsGold;
  const out = await mkdtemp(path.join(tmpdir(), 'whosaid-eval-'));
  try {
    const report = await runWhosaid({ inputs: [path.join(PACKAGE_ROOT, 'data/raw')], out });
    const tables = await readRunTables(out);
    const checks = checkEntities(gold, tables);
    print('\nSeeds gold (../shared/gold/seeds.gold.json)');
    print(
      table(
        ['article', 'type', 'gold', 'found', 'missing', 'unexpected'],
        checks.map((c) => [c.article, c.type, String(c.gold), String(c.found), c.missing.join('; ') || '-', c.unexpected.join('; ') || '-']),
      ),
    );
    const roles = missingRoles(gold, tables);
    print(`roles: ${gold.articles.reduce((n, a) => n + a.roles.length, 0) - roles.length} of ${gold.articles.reduce((n, a) => n + a.roles.length, 0)} found${roles.length ? `; missing: ${roles.join('; ')}` : ''}`);
    const quotes = checkQuotes(gold, tables);
    const expected = gold.articles.reduce((n, a) => n + a.quotes.length + a.indirect.length, 0);
    const problems = quotes.flatMap((q) => q.problems.map((p) => `${q.article} ${p}`));
    const extra = quotes.flatMap((q) => q.extra.map((e) => `${q.article} ${e}`));
    print(`quotes: ${expected - problems.length} of ${expected} found with kind, speaker, cue and outlet; ${extra.length} extra direct or partial`);
    for (const line of [...problems, ...extra]) print(`  ${line}`);
    const relations = missingRelations(gold, tables);
    print(`relations: ${relations.length === 0 ? 'every gold role, meeting, SAID and REPORTED present' : `missing ${relations.join('; ')}`}`);
    print(`articles: ${report.counts.articles} unique (gold ${gold.unique_articles}), ${report.counts.duplicates} duplicates (gold ${gold.duplicates.length})`);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

async function evalConll(): Promise<void> {
  const documents = parseConll(await readFile(path.join(shared, 'data/conllpp/dev.txt'), 'utf8'));
  const analyse = composeStages(articleStages(), new StageTimes());
  const rows: (string | number)[][] = [];
  for (const [name, finder] of [
    ['whosaid', pipelineFinder(analyse)],
    ['compromise', compromiseFinder()],
  ] as const) {
    const started = performance.now();
    const counts = scoreConll(documents, finder);
    const seconds = (performance.now() - started) / 1000;
    for (const type of [...SCORED_TYPES, 'all'] as (ConllType | 'all')[]) {
      const { precision, recall, f1 } = scoresOf(counts[type] as Counts);
      rows.push([name, type === 'all' ? 'micro' : type, precision, recall, f1, type === 'all' ? `${seconds.toFixed(1)} s` : '']);
    }
  }
  print(`\nCoNLL++ dev (${documents.length} documents rebuilt as text), exact spans`);
  print(table(['system', 'type', 'precision', 'recall', 'F1', 'time'], rows));
  const models = loadModels();
  const pos = scoreConllPos(documents, createTokenizer(models.lexicon, models.pos), models.lexicon);
  print(`part-of-speech accuracy (universal tags, ${pos.total} tokens): ${(pos.correct / pos.total).toFixed(3)}`);
}

async function evalQuotes(): Promise<void> {
  const speechVerbs = new Set((await readFile(path.join(shared, 'data/lexicons/quote-verbs.ggt.txt'), 'utf8')).split('\n').map((w) => w.trim().toLowerCase()).filter(Boolean));
  const models = loadModels();
  const articles = loadPolnear(path.join(shared, 'data/polnear/dev'), speechVerbs, (first) => models.lexicon.firstNameGender.get(first));
  const analyse = composeStages(articleStages(models), new StageTimes());
  const s = scorePolnear(articles, analyse);
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  print(`\nPolNeAR dev (${articles.length} articles, first annotator), quote content matched at >= half of the longer span`);
  print(
    table(
      ['measure', 'whosaid', 'compromise', 'gold'],
      [
        ['direct quotes: recall', ratio(s.directFound, s.directGold), ratio(s.baselineDirectFound, s.directGold), String(s.directGold)],
        ['quotes in marks: precision', ratio(s.markedCorrect, s.markedPredicted), '-', `${s.markedPredicted} predicted`],
        ['direct quotes: speaker right by name (of found)', ratio(s.directSpeakerRight, s.directFound), '-', '-'],
        ['indirect speech (cue a verb of saying): recall', ratio(s.speechFound, s.speechGold), '-', String(s.speechGold)],
        ['indirect, all attributions: recall', ratio(s.indirectFound, s.indirectGold), '-', String(s.indirectGold)],
        ['indirect: precision', ratio(s.indirectCorrect, s.indirectPredicted), '-', `${s.indirectPredicted} predicted`],
      ],
    ),
  );
  print('\nSpeakers of the direct quotes found, by what the gold source is (name and pronoun: by the name resolved;');
  print('description: by the position of the speaker phrase; unnamed: right when no speaker is given)');
  print(table(['gold source', 'quotes', 'speaker right'], SOURCE_KINDS.map((kind) => [kind, String(s.byKind[kind].found), ratio(s.byKind[kind].right, s.byKind[kind].found)])));
  print('\nReliability: the confidence given against the share of quotes with the right speaker');
  print(table(['confidence', 'quotes', 'speaker right'], CONFIDENCE_BUCKETS.map(([low, high], i) => [`${low.toFixed(1)}-${high.toFixed(1)}`, String(s.reliability[i]?.quotes ?? 0), ratio(s.reliability[i]?.right ?? 0, s.reliability[i]?.quotes ?? 0)])));
}

await evalSeeds();
await evalConll();
await evalQuotes();
