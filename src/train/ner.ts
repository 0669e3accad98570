import type { ConllDocument } from '../eval/conll.js';
import type { Lexicon } from '../language/lexicon/index.js';
import { type FeatureMatrix, tokenFeatures, WordCache } from '../stages/ner/features.js';
import { PerceptronTrainer, TAGS } from '../stages/ner/tagger.js';
import type { Tokenizer } from '../stages/tokenize/index.js';
import { inSeededOrder } from './order.js';

/** Tokens `[from, to)` of a document's features and gold tags. */
interface TrainingSentence {
  readonly features: FeatureMatrix;
  readonly gold: Uint8Array;
  readonly from: number;
  readonly to: number;
}

export interface TrainingOptions {
  readonly epochs: number;
  readonly seed: number;
  /** Features whose averaged weights are all below this are dropped from the model. */
  readonly minWeight: number;
  readonly onEpoch?: (epoch: number) => void;
}

/**
 * Trains the NER tagger on CoNLL documents rebuilt as text and tokenized exactly as the pipeline tokenizes
 * news, so that the model learns on the tokens it will see. Gold entity ranges become BIO tags of the tokens
 * inside them.
 */
export function trainNer(documents: readonly ConllDocument[], lexicon: Lexicon, tokenize: Tokenizer, options: TrainingOptions) {
  const cache = new WordCache(lexicon);
  const sentences = documents.flatMap((document) => trainingSentences(document, lexicon, tokenize, cache));
  const trainer = new PerceptronTrainer();
  inSeededOrder(
    sentences.length,
    options.epochs,
    options.seed,
    (i) => {
      const sentence = sentences[i] as TrainingSentence;
      trainer.learn(sentence.features, sentence.from, sentence.to, sentence.gold);
    },
    options.onEpoch,
  );
  return trainer.averaged(options.minWeight);
}

function trainingSentences(document: ConllDocument, lexicon: Lexicon, tokenize: Tokenizer, cache: WordCache): TrainingSentence[] {
  const tokens = tokenize(document.text);
  const features = tokenFeatures({ text: document.text, tokens }, lexicon, cache);
  const gold = new Uint8Array(tokens.starts.length);
  for (const entity of document.entities) {
    let first = true;
    for (let i = 0; i < gold.length; i++) {
      if ((tokens.starts[i] as number) < entity.start || (tokens.ends[i] as number) > entity.end) continue;
      gold[i] = TAGS.indexOf(`${first ? 'B' : 'I'}-${entity.type}`);
      first = false;
    }
  }
  const sentences: TrainingSentence[] = [];
  let from = 0;
  for (let i = 1; i <= gold.length; i++) {
    if (i < gold.length && tokens.sentence[i] === tokens.sentence[i - 1]) continue;
    sentences.push({ features, gold, from, to: i });
    from = i;
  }
  return sentences;
}
