/**
 * A worker thread of the analysis pool: it composes the per-article stages once (loading the lexicon in this
 * thread, the models from the data the pool was given) and brings the inputs piscina hands it into the
 * segment cache.
 */
import { workerData } from 'node:worker_threads';
import { type Analyse, composeStages } from '../src/run/compose.js';
import { type InputDone, type InputTask, processInput } from '../src/run/process-input.js';
import { StageTimes } from '../src/run/timing.js';
import { articleStages, loadModels, type SharedModels } from './whosaid.js';

const times = new StageTimes();
let analyse: Analyse | undefined;

export default function processInWorker(task: InputTask): InputDone {
  return processInput(task, () => (analyse ??= composeStages(articleStages(loadModels(workerData as SharedModels)), times)), times);
}
