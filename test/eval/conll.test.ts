import { describe, expect, it } from '@jest/globals';
import { type ConllDocument, parseConll } from '../../src/eval/conll.js';
import { scoreConll, type Span } from '../../src/eval/conll-ner.js';

const DOCUMENT = ['-DOCSTART- -X- -X- O', '', 'Shares DT B-NP O', 'of IN B-PP O', 'Lear NNP B-NP B-ORG', 'Corp NNP I-NP I-ORG', '. . O O', ''].join('\n');

describe('eval: CoNLL spans', () => {
  it('test_eval_a_name_that_ends_in_the_sentence_period_ends_where_the_gold_name_does', () => {
    const [document] = parseConll(DOCUMENT);
    const text = document?.text ?? '';
    expect(text).toBe('Shares of Lear Corp.');
    const found = (end: number): Span[] => [{ type: 'ORG', start: text.indexOf('Lear'), end }];
    expect(scoreConll([document as ConllDocument], () => found(text.length)).ORG).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(scoreConll([document as ConllDocument], () => found(text.indexOf(' Corp'))).ORG).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });
});
