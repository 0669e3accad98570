/**
 * The composition root: the one place where whosaid's stages are put together.
 *
 *   discover ─▶ read ─▶ split ─▶ [per article: tokenize ─▶ ner ─▶ quotes ─▶ relations] ─▶ dedupe + merge ─▶ write
 */
import { discoverInputs } from '../src/io/discover.js';
import { writeFilesAtomically } from '../src/io/output.js';
import { composeStages } from '../src/run/compose.js';
import { mergeResults } from '../src/run/merge.js';
import { processInput, type InputResult } from '../src/run/process-input.js';
import { buildRunReport, type RunReport } from '../src/run/report.js';
import { StageTimes } from '../src/run/timing.js';
import { loadLexicon, type Lexicon } from '../src/lexicon/index.js';
import { loadNerModel, nerStage } from '../src/stages/ner/index.js';
import type { Weights } from '../src/stages/ner/tagger.js';
import { quotesStage } from '../src/stages/quotes/index.js';
import { relationsStage } from '../src/stages/relations/index.js';
import { tokenizeStage } from '../src/stages/tokenize/index.js';
import type { ArticleStage } from '../src/types.js';
import { renderTables } from '../src/write/index.js';
import { renderGraph } from '../src/write/neo4j.js';

/** Per-article stages. Order here matters: each needs what the ones before it assign. */
export function articleStages(lexicon: Lexicon = loadLexicon(), nerModel: Weights = loadNerModel()): ArticleStage[] {
  return [tokenizeStage(), nerStage(lexicon, nerModel), quotesStage(lexicon), relationsStage(lexicon)];
}

export interface RunOptions {
  /** Files and folders to read. */
  readonly inputs: readonly string[];
  /** Output folder. */
  readonly out: string;
  /** Folder that input names in the outputs are relative to. @default process.cwd() */
  readonly cwd?: string;
  /** Called after each input is processed, for a progress display. */
  readonly onInput?: (done: number, total: number, result: InputResult) => void;
}

/** Runs the whole pipeline and writes every table and run.json into `options.out`. */
export async function runWhosaid(options: RunOptions): Promise<RunReport> {
  const startedAt = new Date();
  const times = new StageTimes();
  const cwd = options.cwd ?? process.cwd();
  const analyse = composeStages(articleStages(), times);

  const started = performance.now();
  const discovered = await discoverInputs(options.inputs, cwd);
  times.add('discover', performance.now() - started);

  const results: InputResult[] = [];
  for (const input of discovered.files) {
    const result = await processInput(input, analyse, times);
    results.push(result);
    options.onInput?.(results.length, discovered.files.length, result);
  }
  const tables = times.measure('dedupe', () => mergeResults(results));

  const writeStarted = performance.now();
  const files = renderTables(tables);
  for (const [name, content] of renderGraph(tables)) files.set(`graph/${name}`, content);
  const diagnostics = [...discovered.diagnostics, ...results.flatMap((result) => result.diagnostics)];
  const inputs = results.map((result) => result.report);
  times.add('write', performance.now() - writeStarted);
  const report = buildRunReport({ startedAt, endedAt: new Date(), out: options.out, inputs, tables, times, diagnostics });
  files.set('run.json', `${JSON.stringify(report, null, 2)}\n`);
  await writeFilesAtomically(options.out, files);
  return report;
}
