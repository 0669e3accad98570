/**
 * The per-article composition root: the lexicon, the trained models and the stages over one article, in order.
 * Worker threads, fleet workers, eval and train load this, and nothing of the run.
 */
import { loadLexicon, type Lexicon } from '../src/lexicon/index.js';
import { type LinearModelData, linearModel } from '../src/model/linear-model.js';
import { loadNerModel, nerStage } from '../src/stages/ner/index.js';
import { nerModel } from '../src/stages/ner/model-file.js';
import type { Weights } from '../src/stages/ner/tagger.js';
import { loadSpeakerModel, quotesStage, type SpeakerModel, speakerModel } from '../src/stages/quotes/index.js';
import { relationsStage } from '../src/stages/relations/index.js';
import { createTokenizer, loadPosModel, type PosModel, posModel, tokenizeStage } from '../src/stages/tokenize/index.js';
import type { ArticleStage } from '../src/types.js';

/** What the per-article stages read: the lexicon and the trained models. */
export interface Models {
  readonly lexicon: Lexicon;
  readonly pos: PosModel;
  readonly ner: Weights;
  readonly speakers: SpeakerModel;
}

/**
 * The trained models as data: the thread that starts the worker threads reads them once and hands them over,
 * and the workers share their weight tables instead of each holding a copy.
 */
export interface SharedModels {
  readonly pos: LinearModelData;
  readonly ner: LinearModelData;
  readonly speakers: LinearModelData;
}

export function sharedModels(): SharedModels {
  return { pos: loadPosModel().model.data, ner: loadNerModel().data, speakers: loadSpeakerModel().data };
}

export function loadModels({ pos, ner, speakers }: SharedModels = sharedModels()): Models {
  return { lexicon: loadLexicon(), pos: posModel(linearModel(pos)), ner: nerModel(linearModel(ner)), speakers: speakerModel(speakers) };
}

/** Per-article stages. Order here matters: each needs what the ones before it assign. */
export function articleStages({ lexicon, pos, ner, speakers }: Models = loadModels()): ArticleStage[] {
  return [tokenizeStage(createTokenizer(lexicon, pos)), nerStage(lexicon, ner), quotesStage(lexicon, speakers), relationsStage(lexicon)];
}
