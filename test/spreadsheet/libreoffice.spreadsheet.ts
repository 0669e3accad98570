import { execFileSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { inTempDir, runOnJsonl } from '../helpers.js';

/**
 * `npm run test:spreadsheet` (CI installs LibreOffice first): every CSV whosaid writes, opened by
 * LibreOffice Calc as a spreadsheet would open it and saved again, holds the same cells: no formula ran.
 */
const CSV_IMPORT = 'CSV:44,34,76,1';

function convert(file: string, out: string): string {
  execFileSync('soffice', ['--headless', `--infilter=${CSV_IMPORT}`, '--convert-to', 'csv', '--outdir', out, file], { stdio: 'ignore', timeout: 120_000 });
  return path.join(out, path.basename(file));
}

const cells = async (file: string) => parse((await readFile(file, 'utf8')).replace(/^\uFEFF/u, ''), { relax_column_count: true }) as string[][];

describe('spreadsheet: LibreOffice opens the CSVs as plain text', () => {
  it('test_spreadsheet_libreoffice_evaluates_a_raw_formula_so_the_check_means_something', async () => {
    await inTempDir(async (dir) => {
      await writeFile(path.join(dir, 'control.csv'), 'a,b\r\nraw,=1+1\r\n');
      expect((await cells(convert(path.join(dir, 'control.csv'), path.join(dir, 'converted'))))[1]).toEqual(['raw', '2']);
    });
  }, 180_000);

  it('test_spreadsheet_no_formula_in_any_output_csv_runs', async () => {
    await inTempDir(async (dir) => {
      const attack = [
        { id: 'x1', title: '=HYPERLINK("http://evil.example","click")', text: '"=1+1 is not maths," said Anna Schmidt in Berlin.' },
        { id: 'x2', title: '+1+1', caption: '-2+3', text: '@SUM(A1:A9) was typed by Anna Schmidt in Berlin. "-10 percent," she said.' },
        { id: 'x3', title: '\tTabbed', caption: '\rCarriage', text: 'Plain text about Berlin.' },
      ];
      const out = await runOnJsonl(dir, attack);
      for (const folder of ['', 'graph']) {
        for (const name of (await readdir(path.join(out, folder))).filter((n) => n.endsWith('.csv'))) {
          const original = await cells(path.join(out, folder, name));
          const reopened = await cells(convert(path.join(out, folder, name), path.join(dir, 'converted', folder)));
          // LibreOffice writes numbers as it reads them (1 stays 1, 0.9 stays 0.9); text must come back as it was.
          expect({ name, cells: reopened.map((row) => row.map((cell) => cell.replace(/\r\n/gu, '\n'))) }).toEqual({
            name,
            cells: original.map((row) => row.map((cell) => cell.replace(/\r\n/gu, '\n'))),
          });
        }
      }
    });
  }, 600_000);
});
