/**
 * A worker thread of the analysis pool: it composes the per-article stages once (loading the lexicon in this
 * thread, the models from the data the pool was given) and analyses the batches piscina hands it.
 */
import { threadId, workerData } from 'node:worker_threads';
import { analyseBatch, type Batch, type BatchResult } from '../src/run/batch.js';
import { type Analyse, composeStages } from '../src/stages/compose.js';
import { StageTimes } from '../src/core/timing.js';
import { articleStages, loadModels, type SharedModels } from './stages.js';

const times = new StageTimes();
let analyse: Analyse | undefined;

export default function analyseInWorker(batch: Batch): BatchResult {
  analyse ??= composeStages(articleStages(loadModels(workerData as SharedModels)), times);
  return analyseBatch(batch, analyse, times, `thread ${threadId}`);
}
