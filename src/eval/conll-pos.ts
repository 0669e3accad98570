import type { Lexicon } from '../language/lexicon/index.js';
import type { Tokenizer } from '../stages/tokenize/index.js';
import type { ConllDocument } from './conll.js';

/**
 * Part-of-speech accuracy on CoNLL documents: for every token of ours that starts where a gold token starts,
 * is our universal tag the universal tag of the gold Penn tag? Returns correct and compared tokens.
 */
export function scoreConllPos(documents: readonly ConllDocument[], tokenize: Tokenizer, lexicon: Lexicon): { correct: number; total: number } {
  let correct = 0;
  let total = 0;
  for (const document of documents) {
    const tokens = tokenize(document.text);
    const gold = new Map(document.tokenStarts.map((start, i) => [start, { penn: document.tokenPos[i] as string, word: document.text.slice(start, document.tokenEnds[i]) }]));
    tokens.starts.forEach((start, i) => {
      const expected = gold.get(start);
      if (expected === undefined) return;
      const universal = lexicon.tokens.auxiliaries.has(expected.word.toLowerCase()) && expected.penn.startsWith('V') ? 'AUX' : lexicon.tokens.universal.get(expected.penn);
      total++;
      if (tokens.pos[i] === universal) correct++;
    });
  }
  return { correct, total };
}
