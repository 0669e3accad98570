import { describe, expect, it } from '@jest/globals';
import { Messages } from '../../src/core/diagnostics.js';
import { PipelineOrderError } from '../../src/core/errors.js';
import { StageTimes } from '../../src/core/timing.js';
import type { Article, ArticleStage } from '../../src/core/types.js';
import { composeStages, inOrder } from '../../src/stages/compose.js';
import { nerStage } from '../../src/stages/ner/index.js';
import { quotesStage } from '../../src/stages/quotes/index.js';
import { createTokenizer, tokenizeStage } from '../../src/stages/tokenize/index.js';
import { testModels } from '../helpers.js';

const models = testModels();
const tokenize = tokenizeStage(createTokenizer(models.lexicon, models.pos));
const ner = nerStage(models.lexicon, models.ner);
const quotes = quotesStage(models.lexicon, models.speakers);

const article: Article = {
  id: 'a1',
  title: '',
  caption: '',
  credit: '',
  text: '"We will not give up," said Angela Merkel in Berlin on Monday.',
  date: '',
  url: '',
  externalId: '',
  source: { file: 'a.txt', start: 0, end: 0, line: 1 },
};

describe('stages: composition', () => {
  it('test_a_stage_before_the_one_that_assigns_what_it_requires_fails_to_compile_and_to_start', () => {
    // @ts-expect-error quotes requires the mentions ner assigns: this order must not type-check.
    const wrong = inOrder(tokenize, quotes, ner);
    expect(() => composeStages(wrong, new StageTimes())).toThrow(PipelineOrderError);
    expect(() => composeStages(wrong, new StageTimes())).toThrow(/stage "quotes" needs mentions, entities/u);
  });

  it('test_a_subset_in_order_analyses_what_its_stages_find', () => {
    const analyse = composeStages(inOrder(tokenize, ner), new StageTimes());
    const analysed = analyse(article, new Messages('a.txt'));
    expect(analysed.mentions.map((m) => [m.text, m.type])).toEqual([
      ['Angela Merkel', 'PERSON'],
      ['Berlin', 'PLACE'],
    ]);
    expect(analysed.quotes).toEqual([]);
  });

  it('test_a_stage_that_throws_costs_its_layers_not_the_article', () => {
    const broken: ArticleStage<'tokens' | 'mentions' | 'entities', 'quotes'> = { ...quotes, run: () => { throw new Error('boom'); } };
    const messages = new Messages('a.txt');
    const analysed = composeStages(inOrder(tokenize, ner, broken), new StageTimes())(article, messages);
    expect(analysed.mentions.length).toBe(2);
    expect(analysed.quotes).toEqual([]);
    expect(messages.list.map((d) => [d.ruleId, d.place?.articleId])).toEqual([['analyse/stage-failed', 'a1']]);
    expect(messages.list[0]?.message).toMatch(/stage "quotes" failed on this article \(boom\)/u);
  });
});
