import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseConll } from '../../src/eval/conll.js';
import { pipelineFinder, scoreConll } from '../../src/eval/conll-ner.js';
import { loadPolnear, scorePolnear } from '../../src/eval/polnear.js';
import { scoresOf } from '../../src/eval/score.js';
import { sharedRoot } from '../../src/eval/shared.js';
import { composeStages } from '../../src/stages/compose.js';
import { StageTimes } from '../../src/core/timing.js';
import { articleStages } from '../../pipelines/stages.js';
import { testModels } from '../helpers.js';

const shared = sharedRoot();
const needs = ['data/conllpp/dev.txt', 'data/polnear/dev', 'data/lexicons/quote-verbs.ggt.txt'];
const present = needs.every((file) => existsSync(path.join(shared, file)));
if (!present) process.stderr.write(`quality floor: skipped, the dev data (${needs.join(', ')}) is not under ${shared}; set WHOSAID_SHARED\n`);

/**
 * A floor under the figures of `npm run eval`, on a slice of the dev splits (the first 50 CoNLL++ documents, the
 * first 15 PolNeAR articles), a few points below what whosaid scores on it today: a change that breaks names,
 * quotes or speakers fails the tests, not only the next eval someone runs.
 */
(present ? describe : describe.skip)('quality floor on a dev slice', () => {
  const models = testModels();
  const analyse = composeStages(articleStages(models), new StageTimes());

  it('test_quality_names_on_conll_dev_stay_above_the_floor', () => {
    const counts = scoreConll(parseConll(readFileSync(path.join(shared, 'data/conllpp/dev.txt'), 'utf8')).slice(0, 50), pipelineFinder(analyse));
    expect(scoresOf(counts.all).f1).toBeGreaterThanOrEqual(0.9);
    expect(scoresOf(counts.PER).f1).toBeGreaterThanOrEqual(0.9);
    expect(scoresOf(counts.ORG).f1).toBeGreaterThanOrEqual(0.82);
  });

  it('test_quality_quotes_and_speakers_on_polnear_dev_stay_above_the_floor', () => {
    const verbs = new Set(readFileSync(path.join(shared, 'data/lexicons/quote-verbs.ggt.txt'), 'utf8').split('\n').map((w) => w.trim().toLowerCase()).filter(Boolean));
    const articles = loadPolnear(path.join(shared, 'data/polnear/dev'), verbs, (first) => models.lexicon.firstNameGender.get(first)).slice(0, 15);
    const s = scorePolnear(articles, analyse, false);
    expect(s.directGold).toBeGreaterThan(50);
    expect(s.directFound / s.directGold).toBeGreaterThanOrEqual(0.78);
    expect(s.directSpeakerRight / s.directFound).toBeGreaterThanOrEqual(0.65);
    expect(s.speechFound / s.speechGold).toBeGreaterThanOrEqual(0.64);
    expect(s.indirectCorrect / s.indirectPredicted).toBeGreaterThanOrEqual(0.83);
  });
});
