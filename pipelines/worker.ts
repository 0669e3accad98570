/**
 * A worker thread of the analysis pool: it composes the per-article stages once (loading the lexicon and the
 * model in this thread) and analyses the batches piscina hands it.
 */
import { analyseBatch, type BatchResult, type BatchTask } from '../src/run/analyser.js';
import { type Analyse, composeStages } from '../src/run/compose.js';
import { StageTimes } from '../src/run/timing.js';
import { articleStages } from './whosaid.js';

const times = new StageTimes();
let analyse: Analyse | undefined;

export default function analyseInWorker(task: BatchTask): BatchResult {
  analyse ??= composeStages(articleStages(), times);
  return analyseBatch(analyse, times, task);
}
