/**
 * The per-article composition root: the lexicon, the trained models and the stages over one article, in order.
 * Worker threads, fleet workers, eval and train load this, and nothing of the run.
 */
import { readDataFile } from '../src/io/data-files.js';
import { loadLexicon, type Lexicon } from '../src/language/lexicon/index.js';
import { type LinearModelData, linearModel } from '../src/language/model/linear-model.js';
import { decodeNerModel, type LoadedModel, nerModel, nerStage } from '../src/stages/ner/index.js';
import type { Weights } from '../src/stages/ner/tagger.js';
import { decodeSpeakerModel, quotesStage, type SpeakerModel, speakerModel } from '../src/stages/quotes/index.js';
import { relationsStage } from '../src/stages/relations/index.js';
import { createTokenizer, decodePosModel, type PosModel, posModel, tokenizeStage } from '../src/stages/tokenize/index.js';
import type { AnyArticleStage } from '../src/core/types.js';
import { inOrder } from '../src/stages/compose.js';

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

/** The trained models shipped in `data/` (`npm run train` rebuilds them). */
export const MODEL_FILES = { pos: 'models/pos.bin.gz', ner: 'models/ner.bin.gz', speakers: 'models/speakers.bin.gz' } as const;

export const loadPosModel = (): PosModel => decodePosModel(readDataFile(MODEL_FILES.pos), `data/${MODEL_FILES.pos}`);
export const loadNerModel = (): LoadedModel => decodeNerModel(readDataFile(MODEL_FILES.ner), `data/${MODEL_FILES.ner}`);
export const loadSpeakerModel = (): SpeakerModel => decodeSpeakerModel(readDataFile(MODEL_FILES.speakers), `data/${MODEL_FILES.speakers}`);

export function sharedModels(): SharedModels {
  return { pos: loadPosModel().model.data, ner: loadNerModel().data, speakers: loadSpeakerModel().data };
}

export function loadModels({ pos, ner, speakers }: SharedModels = sharedModels()): Models {
  return { lexicon: loadLexicon(), pos: posModel(linearModel(pos)), ner: nerModel(linearModel(ner)), speakers: speakerModel(speakers) };
}

/** Per-article stages. Order here matters: each needs what the ones before it assign. */
export function articleStages({ lexicon, pos, ner, speakers }: Models = loadModels()): readonly AnyArticleStage[] {
  return inOrder(tokenizeStage(createTokenizer(lexicon, pos)), nerStage(lexicon, ner), quotesStage(lexicon, speakers), relationsStage(lexicon));
}
