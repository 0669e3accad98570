import { Messages } from '../diagnostics.js';
import { sha256Hex } from '../hash.js';
import type { InputFile } from '../io/discover.js';
import { readBytes } from '../io/read-bytes.js';
import { readSource } from '../stages/read/index.js';
import { splitSource } from '../stages/split/index.js';
import type { AnalysedArticle, Diagnostic, InputReport } from '../types.js';
import type { Analyse } from './compose.js';
import type { StageTimes } from './timing.js';

/** Everything one input gave: its report line for run.json, its analysed articles, its diagnostics. */
export interface InputResult {
  readonly report: InputReport;
  readonly articles: readonly AnalysedArticle[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads, decodes and splits one input, then analyses each of its articles. Never throws on bad input. */
export async function processInput(input: InputFile, analyse: Analyse, times: StageTimes): Promise<InputResult> {
  const messages = new Messages(input.path);
  const started = performance.now();
  const read = await readBytes(input.absolute);
  times.add('read', performance.now() - started);
  if ('error' in read) {
    messages.report('read/io', `cannot read the file (${read.error.code ?? read.error.message}); check its permissions`);
    return result(input, '', 0, [], messages);
  }
  const sha256 = sha256Hex(read.bytes);
  const source = times.measure('read', () => readSource({ path: input.path, format: input.format, sha256 }, read.bytes, messages));
  const split = source === undefined ? [] : times.measure('split', () => splitSource(source, messages));
  const articles = split.map((article) => analyse(article, messages));
  return result(input, sha256, read.bytes.length, articles, messages);
}

function result(input: InputFile, sha256: string, bytes: number, articles: AnalysedArticle[], messages: Messages): InputResult {
  const outcome = !messages.hasErrors ? 'ok' : articles.length > 0 ? 'partial' : 'failed';
  return {
    report: { path: input.path, sha256, bytes, outcome, articles: articles.length },
    articles,
    diagnostics: messages.list,
  };
}
