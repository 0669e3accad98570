import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Browser, chromium } from 'playwright-core';
import { runWhosaid } from '../../pipelines/whosaid.js';
import type { RunReport } from '../../src/outputs/run-json.js';
import { inTempDir, PACKAGE_DIR, samplesIn, sharedStages } from '../helpers.js';

/** Debian's Chromium, which .ci/run installs when it is missing. */
const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';

/** What a report page does in a real browser: console errors, requests beyond the page, and what it shows. */
async function open(browser: Browser, file: string, screenshot?: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    if (request.url() !== `file://${file}`) requests.push(request.url());
  });
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  const counts = Object.fromEntries(
    await page.$$eval('[data-count]', (elements) => elements.map((e) => [e.getAttribute('data-count'), Number((e.textContent ?? '').replaceAll(',', ''))])),
  ) as Record<string, number>;
  // Evaluated as strings: the tests compile without the DOM's types.
  const ran = (await page.evaluate('window.pwned')) as number | undefined;
  const text = (await page.evaluate('document.body.innerText')) as string;
  if (screenshot !== undefined) await page.screenshot({ path: screenshot, fullPage: true });
  await page.close();
  return { errors, requests, counts, ran, text };
}

describe('outputs: the report page in a real browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium, as .ci/run does) or set CHROMIUM`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('test_report_of_the_samples_shows_the_counts_of_run_json_with_no_error_and_no_request', async () => {
    await inTempDir(async (dir) => {
      await samplesIn(dir);
      const report = await runWhosaid({ inputs: ['raw'], out: 'out', cwd: dir, stages: sharedStages });
      const shown = await open(browser, path.join(dir, 'out/report.html'), path.join(PACKAGE_DIR, 'out/report.png'));
      expect(shown.errors).toEqual([]);
      expect(shown.requests).toEqual([]);
      expect(shown.counts).toEqual(report.counts);
      const runJson = JSON.parse(await readFile(path.join(dir, 'out/run.json'), 'utf8')) as RunReport;
      expect(shown.counts).toEqual(runJson.counts);
      // Who said what, readable from the page alone.
      expect(shown.text).toContain('Andrei Rudenko');
      expect(shown.text).toContain('Wherever these countries go');
    });
  }, 60_000);

  it('test_report_of_a_hostile_input_shows_its_script_as_text_and_runs_nothing', async () => {
    await inTempDir(async (dir) => {
      const attack = '<script>window.pwned = 1; console.error("ran")</script><img src=x onerror="window.pwned = 2">';
      const articles = [{ id: 'x', title: `Breaking ${attack}`, text: `"We will not comment," said Ana Pop ${attack}.\n\n"Nor will we," ${attack} said Ana Pop.` }];
      await writeFile(path.join(dir, `feed${'<b>'.repeat(2)}.jsonl`), articles.map((a) => JSON.stringify(a)).join('\n'));
      await writeFile(path.join(dir, 'broken.jsonl'), `{"text": "fine"}\n{not json <script>window.pwned = 3</script>\n`);
      const report = await runWhosaid({ inputs: [dir], out: path.join(dir, 'out'), cwd: dir, stages: sharedStages });
      expect(report.diagnostics.length).toBeGreaterThan(0);
      const shown = await open(browser, path.join(dir, 'out/report.html'));
      expect(shown.ran).toBeUndefined();
      expect(shown.errors).toEqual([]);
      expect(shown.requests).toEqual([]);
      expect(shown.text).toContain('<script>window.pwned = 1;');
      expect(shown.text).toContain('split/jsonl-syntax');
      expect(shown.counts).toEqual(report.counts);
    });
  }, 60_000);
});
