import { execFileSync } from 'node:child_process';
import { chmod, copyFile, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { runWhosaid } from '../../pipelines/whosaid.js';
import type { RunReport } from '../../src/run/report.js';
import { everyOutputParses, inTempDir, runOnJsonl, SAMPLES, sharedStages } from '../helpers.js';

/** A story in the dump layout. */
const story = (title: string, body: string) => `${title}\n\nTT\n\n${title}\n\n${body}\n`;
const GOOD = story('Ministers Meet In Geneva Today', 'Foreign Minister Wang Yi met Andrei Rudenko in Geneva. "We agree," Wang said.');
const isRoot = process.getuid?.() === 0;

/** Writes every kind of bad input the issue lists into `raw`, beside the two sample dumps. */
async function hostileCorpus(raw: string): Promise<void> {
  await mkdir(raw, { recursive: true });
  for (const sample of SAMPLES) await copyFile(sample, path.join(raw, path.basename(sample)));
  const files: Record<string, string | Buffer> = {
    'empty.txt': '',
    'binary.bin': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)),
    // UTF-8 (curly quotes) with a corrupt line: not mistaken for Windows-1252.
    'invalid-utf8.txt': Buffer.concat([Buffer.from(GOOD.replace('"We agree,"', '\u201cWe agree,\u201d')), Buffer.from([0x62, 0x61, 0x64, 0xff, 0xfe, 0x0a])]),
    'windows-1252.txt': iconv.encode(story('Caf\u00e9 Owners Protest In Paris', '\u201cWe will not pay \u20ac5 more,\u201d Pierre Dupont said.'), 'windows-1252'),
    'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story('Talks Resume In Vienna Today', 'Iran and the IAEA met in Vienna.'), 'utf16le')]),
    'big.txt': Buffer.alloc(50 * 1024 * 1024, 'word '),
    'one-line.txt': 'Minister said talks would go on. '.repeat(160_000),
    'nul.txt': `${GOOD.slice(0, 40)}\0\0${GOOD.slice(40)}`,
    // Cut inside the last character, a two-byte é (the story ends with a newline byte, also cut).
    'cut.txt': Buffer.from(GOOD + story('Second Story Ends Mid Character', 'It was the caf\u00e9')).subarray(0, -2),
    'quotes-only.txt': '"“”"\'\'«»„\n'.repeat(200),
    'unbalanced.txt': story('Unbalanced Quotes Stay Inside Their Paragraph', 'He called it "a disaster and left.\n\nThe next paragraph is plain prose about Berlin.'),
    'tiny-10000.txt': Array.from({ length: 10_000 }, (_, i) => story(`Tiny Story Number ${i} Here`, `Item ${i} happened in Paris.`)).join('\n'),
    'broken.jsonl': [JSON.stringify({ id: 1, title: 'Good One', text: 'Angela Merkel spoke in Berlin.' }), '{"title": "broken", ', JSON.stringify({ id: 2, title: 'Good Two', text: 'Emmanuel Macron spoke in Paris.' })].join('\n'),
    'Grüße aus Zürich – Ñandú.txt': GOOD,
  };
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(raw, name), content);
  await symlink('.', path.join(raw, 'loop'));
  execFileSync('mkfifo', [path.join(raw, 'fifo')]);
  await writeFile(path.join(raw, 'unreadable.txt'), GOOD);
  await chmod(path.join(raw, 'unreadable.txt'), 0o000);
}

describe('hostile input', () => {
  it('test_hostile_corpus_finishes_keeps_good_articles_and_diagnoses_every_bad_input', async () => {
    await inTempDir(async (dir) => {
      const raw = path.join(dir, 'raw');
      await hostileCorpus(raw);
      const report: RunReport = await runWhosaid({ inputs: [raw], out: path.join(dir, 'out'), cwd: dir, stages: sharedStages });
      expect(report.exitCode).toBe(1);
      const rules = (file: string) => report.diagnostics.filter((d) => d.source === `raw/${file}`).map((d) => d.ruleId);
      expect(rules('empty.txt')).toEqual(['read/empty']);
      expect(rules('binary.bin')).toEqual(['read/binary']);
      expect(rules('invalid-utf8.txt')).toContain('read/invalid-utf8');
      expect(rules('windows-1252.txt')).toEqual(['read/not-utf8']);
      expect(rules('utf16.txt')).toContain('read/not-utf8');
      expect(rules('big.txt')).toEqual(['read/too-large']);
      expect(rules('one-line.txt')).toContain('split/article-too-long');
      expect(rules('nul.txt')).toContain('read/nul');
      expect(rules('cut.txt')).toContain('read/invalid-utf8');
      expect(rules('quotes-only.txt')).toEqual(['split/no-article']);
      expect(rules('unbalanced.txt')).toEqual(['quotes/unclosed']);
      expect(rules('broken.jsonl')).toEqual(['split/jsonl-syntax']);
      expect(rules('loop')).toEqual(['discover/symlink-loop']);
      expect(rules('fifo')).toEqual(['discover/unreadable']);
      if (!isRoot) expect(rules('unreadable.txt')).toEqual(['read/io']);
      for (const d of report.diagnostics.filter((x) => x.ruleId === 'read/invalid-utf8')) expect(d.place?.line).toBeGreaterThan(0);

      const articles = (await readFile(path.join(dir, 'out/articles.jsonl'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { title: string; text: string; sources: string[] });
      const titles = new Set(articles.map((a) => a.title));
      for (const title of ['China, Russia Discuss Ukraine Crisis, Beijing Reaffirms Strong Ties', 'Caf\u00e9 Owners Protest In Paris', 'Talks Resume In Vienna Today', 'Good One', 'Good Two']) {
        expect(titles.has(title)).toBe(true);
      }
      expect(articles.filter((a) => a.title.startsWith('Tiny Story Number'))).toHaveLength(10_000);
      expect(articles.find((a) => a.title === 'Caf\u00e9 Owners Protest In Paris')?.text).toContain('\u201cWe will not pay \u20ac5 more,\u201d');
      expect(articles.some((a) => a.sources.some((s) => s.startsWith('raw/Grüße aus Zürich – Ñandú.txt:')))).toBe(true);
      // The 5 MB line is kept whole (without its trailing space), though only its beginning is analysed.
      expect(articles.find((a) => a.text.startsWith('Minister said talks'))?.text).toBe('Minister said talks would go on. '.repeat(160_000).trimEnd());
      await everyOutputParses(path.join(dir, 'out'));
    });
  }, 600_000);

  it('test_hostile_cells_cannot_run_in_a_spreadsheet_and_round_trip', async () => {
    await inTempDir(async (dir) => {
      const attack = [
        // A quote over two paragraphs (each opens with a mark), with commas and quote marks inside.
        { id: 'x1', title: '=HYPERLINK("http://evil.example","click")', text: '"Line one,\n"line two, with a \u201cquote\u201d inside," said Anna Schmidt in Berlin.' },
        { id: 'x2', title: '+1+1', caption: '-2+3', text: '@SUM(A1:A9) was typed by Anna Schmidt in Berlin.' },
        { id: 'x3', title: '\tTabbed title', caption: '\rCarriage', text: 'Plain text about Berlin.' },
      ];
      const out = await runOnJsonl(dir, attack);
      const rows = parse(await readFile(path.join(out, 'articles.csv'), 'utf8'), { bom: true, columns: true, relax_quotes: false }) as Record<string, string>[];
      expect(rows.map((r) => [r['title'], r['caption']])).toEqual([
        ["'=HYPERLINK(\"http://evil.example\",\"click\")", ''],
        ["'+1+1", "'-2+3"],
        ["'\tTabbed title", "'\nCarriage"],
      ]);
      const quotes = parse(await readFile(path.join(out, 'quotes.csv'), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
      expect(quotes.map((q) => q['text'])).toContain('Line one,\n"line two, with a \u201cquote\u201d inside');
      await everyOutputParses(out);
    });
  });
});

