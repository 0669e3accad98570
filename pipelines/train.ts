/**
 * `npm run train`: trains the part-of-speech tagger and then the NER tagger on CoNLL++ train
 * (../shared/data/conllpp/train.txt, or the file given) and writes data/models/pos.bin.gz and ner.bin.gz.
 * The NER tagger is trained on tokens tagged by the new POS tagger, as at run time. Run it after changing
 * features, the tokenizer or a gazetteer. Deterministic: same data, same model bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseConll } from '../src/eval/conll.js';
import { sha256Hex } from '../src/hash.js';
import { loadLexicon } from '../src/lexicon/index.js';
import { encodeLinearModel } from '../src/model/linear-model.js';
import { PACKAGE_ROOT } from '../src/paths.js';
import { NER_MODEL_FILE } from '../src/stages/ner/index.js';
import { encodeModel } from '../src/stages/ner/model-file.js';
import { POS_FEATURE_VERSION } from '../src/stages/tokenize/pos.js';
import { sentenceOf } from '../src/stages/tokenize/sentences.js';
import { tokenSpans } from '../src/stages/tokenize/tokens.js';
import { createTokenizer, loadPosModel, POS_MODEL_FILE, POS_MODEL_KIND } from '../src/stages/tokenize/index.js';
import { trainNer } from '../src/train/ner.js';
import { trainPos, type TaggedSentence } from '../src/train/pos.js';

const SEED = 1;
const POS_EPOCHS = 5;
const NER_EPOCHS = 10;
const MIN_WEIGHT = 0.05;

const trainFile = process.argv[2] ?? path.join(PACKAGE_ROOT, '../shared/data/conllpp/train.txt');
const content = readFileSync(trainFile, 'utf8');
const documents = parseConll(content);
const lexicon = loadLexicon();
const started = performance.now();
const progress = (what: string, total: number) => (epoch: number) =>
  process.stderr.write(`${what} epoch ${epoch}/${total} (${Math.round((performance.now() - started) / 1000)} s)\n`);
const training = { data: path.basename(trainFile), sha256: sha256Hex(content), seed: SEED, minWeight: MIN_WEIGHT };

// POS: the gold tag of each of our tokens is the universal tag of the CoNLL token that starts where it starts
// (its Penn tag mapped by data/lexicons/penn-to-universal.tsv; forms of be, have and do are AUX).
const sentences: TaggedSentence[] = [];
for (const document of documents) {
  const spans = tokenSpans(document.text, lexicon.tokens.abbreviations);
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
mkdirSync(path.dirname(POS_MODEL_FILE), { recursive: true });
writeFileSync(
  POS_MODEL_FILE,
  encodeLinearModel({ kind: POS_MODEL_KIND, featureVersion: POS_FEATURE_VERSION, tags: pos.tags, about: { dictionary: pos.dictionary, training: { ...training, epochs: POS_EPOCHS } } }, pos.features, new Float32Array()),
);
process.stderr.write(`wrote ${path.relative(process.cwd(), POS_MODEL_FILE)}: ${pos.tags.length} tags, ${pos.features.size} features\n`);

const ner = trainNer(documents, lexicon, createTokenizer(lexicon, loadPosModel()), { epochs: NER_EPOCHS, seed: SEED, minWeight: MIN_WEIGHT, onEpoch: progress('ner', NER_EPOCHS) });
writeFileSync(NER_MODEL_FILE, encodeModel({ lexiconFingerprint: lexicon.fingerprint, training: { ...training, epochs: NER_EPOCHS } }, ner.features, ner.transitions));
process.stderr.write(`wrote ${path.relative(process.cwd(), NER_MODEL_FILE)}: ${ner.features.size} features\n`);
