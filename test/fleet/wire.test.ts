import { gzipSync } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import { packJob, packResult, unpackJob, unpackResult } from '../../src/fleet/wire.js';
import { analysisVersion } from '../../src/io/analysis-version.js';
import type { Batch, BatchResult } from '../../src/run/batch.js';
import { analyseArticle, articlesOf, SAMPLES } from '../helpers.js';
import { readFileSync } from 'node:fs';

const analysis = analysisVersion();
const articles = SAMPLES.flatMap((file) => articlesOf(readFileSync(file)).articles);
const batch: Batch = { input: 'raw/a.txt', articles };
const analysed = articles.map((article) => ({ ...analyseArticle(article, article.id), article }));
const result: BatchResult = { analysed, diagnostics: [], stageMs: { ner: 3 }, worker: 'host:1', ms: 12 };

/** A result as a worker would send it, after `edit` changed the analysis of the first article. */
function tampered(edit: (first: Record<string, unknown[]>) => void): string {
  const copy = JSON.parse(JSON.stringify(result)) as { analysed: Record<string, unknown[]>[] };
  edit(copy.analysed[0] as Record<string, unknown[]>);
  return packResult(copy as unknown as BatchResult, analysis.id);
}

describe('fleet: what crosses the network is checked on both ends', () => {
  it('test_wire_a_batch_and_its_analysis_come_through_whole', () => {
    expect(unpackJob(packJob(batch, analysis))).toEqual(batch);
    const back = unpackResult(packResult(result, analysis.id), batch, analysis.id);
    expect(back).toEqual(result);
    expect(analysed.some((a) => a.quotes.length > 0 && a.relations.length > 0)).toBe(true);
  });

  it('test_wire_a_malformed_job_is_refused_with_a_reason', () => {
    const job = (value: unknown) => ({ packed: gzipSync(JSON.stringify(value)).toString('base64') });
    expect(unpackJob(null)).toEqual({ refused: 'the job carries no packed batch' });
    expect(unpackJob({ packed: 'not base64 gzip' })).toMatchObject({ refused: expect.stringMatching(/^the job is not a batch of articles/u) });
    const good = JSON.parse(JSON.stringify({ format: 1, analysis, input: 'raw/a.txt', articles }));
    expect(unpackJob(job(good))).toEqual(batch);
    expect(unpackJob(job({ ...good, articles: [] }))).toMatchObject({ refused: expect.stringContaining('articles') });
    expect(unpackJob(job({ ...good, articles: [{ ...good.articles[0], text: 7 }] }))).toMatchObject({ refused: expect.stringContaining('text') });
  });

  it('test_wire_a_result_that_does_not_fit_its_batch_is_refused', () => {
    const refused = (packed: unknown, checked: Batch = batch, version = analysis.id) => (unpackResult(packed, checked, version) as { refused?: string }).refused;
    expect(refused(packResult(result, analysis.id), batch, 'another')).toMatch(/made by analysis \w+, not this run's another/u);
    expect(refused(packResult(result, analysis.id), { ...batch, articles: articles.slice(1) })).toBe(`the result holds ${articles.length} analyses for ${articles.length - 1} articles`);
    expect(refused(tampered((first) => Object.assign(first['mentions']?.[0] as object, { end: 1e6 })))).toMatch(/has a mention .* not in the article/u);
    expect(refused(tampered((first) => Object.assign(first['mentions']?.[0] as object, { text: 'Someone Else' })))).toMatch(/has a mention "Someone Else"/u);
    expect(refused(tampered((first) => Object.assign(first['mentions']?.[0] as object, { entityId: 'e-nobody' })))).toMatch(/of no entity/u);
    expect(refused(tampered((first) => Object.assign(first['relations']?.[0] as object, { evidenceStart: 3 })))).toMatch(/has a relation whose evidence/u);
    expect(refused(tampered((first) => Object.assign(first['quotes']?.[0] as object, { confidence: 3 })))).toMatch(/not an analysis of a batch.*confidence/u);
    const stray = { ...result, diagnostics: [{ ruleId: 'quotes/unclosed', stage: 'quotes', severity: 'warning', source: 'raw/other.txt', message: 'x' }] } as BatchResult;
    expect(refused(packResult(stray, analysis.id))).toMatch(/reports on raw\/other.txt/u);
    const unknownRule = { ...result, diagnostics: [{ ruleId: 'fleet/owned', stage: 'quotes', severity: 'warning', source: 'raw/a.txt', message: 'x' }] } as unknown as BatchResult;
    expect(refused(packResult(unknownRule, analysis.id))).toMatch(/not a rule of this whosaid/u);
    expect(refused(42)).toBe('the result is not a packed analysis');
  });
});
