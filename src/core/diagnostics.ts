import type { Diagnostic, Place, Severity, StageName } from './types.js';

interface Rule {
  readonly stage: StageName;
  readonly severity: Severity;
  /** What the rule means, for the README's table of rule ids. */
  readonly means: string;
}

/** Every rule id a stage may report, with its stage and severity. The README lists them. */
export const RULES = {
  'discover/not-found': { stage: 'discover', severity: 'error', means: 'a path on the command line does not exist' },
  'discover/unreadable': { stage: 'discover', severity: 'error', means: 'a file or folder cannot be read (permissions)' },
  'discover/symlink-loop': { stage: 'discover', severity: 'error', means: 'a symbolic link leads back into a folder being read; it is skipped' },
  'discover/hidden-skipped': { stage: 'discover', severity: 'info', means: 'a hidden file (name starting with a dot) in an input folder is skipped' },
  'read/io': { stage: 'read', severity: 'error', means: 'the file could not be read' },
  'read/too-large': { stage: 'read', severity: 'error', means: 'the file is larger than --max-input-mb; it is skipped (split it, or raise the limit)' },
  'read/empty': { stage: 'read', severity: 'error', means: 'the file is empty or holds only white space' },
  'read/binary': { stage: 'read', severity: 'error', means: 'the file is binary, not text; it is skipped' },
  'read/invalid-utf8': { stage: 'read', severity: 'error', means: 'bytes that are not UTF-8; they are replaced by U+FFFD and the rest of the line is kept' },
  'read/not-utf8': { stage: 'read', severity: 'error', means: 'the file is not UTF-8 (UTF-16 or Windows-1252); it is decoded as such, check the result' },
  'read/nul': { stage: 'read', severity: 'error', means: 'NUL bytes in a text line; they are removed' },
  'read/bom': { stage: 'read', severity: 'info', means: 'a UTF-8 byte order mark; it is removed' },
  'read/crlf': { stage: 'read', severity: 'info', means: 'Windows (CRLF) or old Mac (CR) line ends; dump text is normalised to LF' },
  'read/mixed-line-ends': { stage: 'read', severity: 'warning', means: 'the file mixes LF and CRLF line ends' },
  'split/no-article': { stage: 'split', severity: 'error', means: 'no article could be found in the file' },
  'split/no-body': { stage: 'split', severity: 'warning', means: 'an article has a headline but no body (cut off?)' },
  'split/article-too-long': { stage: 'split', severity: 'error', means: 'an article is longer than the analysis limit; it is kept whole, but only its beginning is analysed' },
  'split/hard-wrapped': { stage: 'split', severity: 'info', means: 'an article\'s text is hard-wrapped at a fixed width; the line ends inside its paragraphs are read as spaces (offsets do not move)' },
  'split/preamble': { stage: 'split', severity: 'warning', means: 'text before the first headline; kept as an article without title' },
  'split/jsonl-syntax': { stage: 'split', severity: 'error', means: 'a JSONL line is not valid JSON; the line is skipped' },
  'quotes/unclosed': { stage: 'quotes', severity: 'warning', means: 'a quote mark is never closed; the quote is cut at the end of its paragraph' },
  'analyse/batch-failed': { stage: 'run', severity: 'error', means: 'a batch of articles could not be analysed (a worker ran out of memory, the fleet gave up on it); its input is left out of the store and the next run tries it again' },
  'split/id-reused': { stage: 'split', severity: 'warning', means: 'a JSONL id names another article already; this article gets an id from its words' },
  'run/store-rebuilt': { stage: 'run', severity: 'info', means: 'the output folder held the cache of an older whosaid; it was removed and the store starts anew from the inputs given' },
  'run/analysis-changed': { stage: 'run', severity: 'info', means: 'the store holds articles analysed by another version of whosaid or its models; they keep that analysis (run with --full to analyse everything again)' },
  'analyse/stage-failed': { stage: 'run', severity: 'error', means: 'a per-article stage threw on an article (a bug); the article is kept with what earlier stages found' },
  'split/jsonl-shape': { stage: 'split', severity: 'error', means: 'a JSONL line lacks a string `text` or has a field of the wrong type; the line is skipped' },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

/** Builds a diagnostic; stage and severity come from the rule. */
export function diagnostic(ruleId: RuleId, source: string, message: string, place?: Place): Diagnostic {
  const rule: Rule = RULES[ruleId];
  return place === undefined
    ? { ruleId, stage: rule.stage, severity: rule.severity, source, message }
    : { ruleId, stage: rule.stage, severity: rule.severity, source, place, message };
}

/** Collects diagnostics for one source, like a vfile carries its messages through the stages. */
export class Messages {
  readonly list: Diagnostic[] = [];

  constructor(readonly source: string) {}

  report(ruleId: RuleId, message: string, place?: Place): void {
    this.list.push(diagnostic(ruleId, this.source, message, place));
  }
}
