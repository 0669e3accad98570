/**
 * Trains the NER model on ../shared/data/conllpp/train.txt (or the file given) and writes data/models/ner.bin.gz.
 * Run after changing features or gazetteers: `npm run train:ner`. Deterministic: same data, same model bytes.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseConll } from '../src/eval/conll.js';
import { sha256Hex } from '../src/hash.js';
import { loadLexicon } from '../src/lexicon/index.js';
import { DATA_DIR, PACKAGE_ROOT } from '../src/paths.js';
import { encodeModel } from '../src/stages/ner/model-file.js';
import { createTokenizer } from '../src/stages/tokenize/index.js';
import { trainNer } from '../src/train/ner.js';

export const NER_MODEL_FILE = `${DATA_DIR}/models/ner.bin.gz`;
const EPOCHS = 10;
const SEED = 1;
const MIN_WEIGHT = 0.05;

const trainFile = process.argv[2] ?? path.join(PACKAGE_ROOT, '../shared/data/conllpp/train.txt');
const content = readFileSync(trainFile, 'utf8');
const started = performance.now();
const lexicon = loadLexicon();
const { features, transitions } = trainNer(parseConll(content), lexicon, createTokenizer(), {
  epochs: EPOCHS,
  seed: SEED,
  minWeight: MIN_WEIGHT,
  onEpoch: (epoch) => process.stderr.write(`epoch ${epoch}/${EPOCHS} (${Math.round((performance.now() - started) / 1000)} s)\n`),
});
const model = encodeModel(
  {
    lexiconFingerprint: lexicon.fingerprint,
    training: { data: path.basename(trainFile), sha256: sha256Hex(content), epochs: EPOCHS, seed: SEED, minWeight: MIN_WEIGHT },
  },
  features,
  transitions,
);
mkdirSync(path.dirname(NER_MODEL_FILE), { recursive: true });
writeFileSync(NER_MODEL_FILE, model);
process.stderr.write(`wrote ${path.relative(process.cwd(), NER_MODEL_FILE)}: ${features.size} features, ${model.length} bytes\n`);
