import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { runWhosaid } from '../../pipelines/whosaid.js';
import { generatedFiles, readmeWithTables } from '../../src/outputs/generated.js';
import { columnsOf, TABLES } from '../../src/outputs/tables.js';
import { inTempDir, PACKAGE_DIR, sharedStages } from '../helpers.js';

const schemaOf = (table: string) => JSON.parse(readFileSync(path.join(PACKAGE_DIR, 'schemas', `${table}.schema.json`), 'utf8')) as { properties: Record<string, unknown> };

describe('outputs: one definition of each table', () => {
  it('test_generated_schemas_and_readme_table_are_up_to_date', () => {
    // Stale when a column was added to src/outputs/tables.ts without `npm run generate`.
    for (const [name, content] of generatedFiles()) expect({ name, content: readFileSync(path.join(PACKAGE_DIR, name), 'utf8') }).toEqual({ name, content });
    const readme = readFileSync(path.join(PACKAGE_DIR, 'README.md'), 'utf8');
    expect(readmeWithTables(readme)).toBe(readme);
  });

  it('test_schemas_name_exactly_the_columns_of_each_table_in_order', () => {
    for (const table of TABLES) expect(Object.keys(schemaOf(table.name).properties)).toEqual(columnsOf(table));
  });

  it('test_schemas_every_jsonl_line_of_a_real_run_validates', async () => {
    await inTempDir(async (dir) => {
      await runWhosaid({ inputs: [path.join(PACKAGE_DIR, 'data/raw')], out: dir, cwd: PACKAGE_DIR, stages: sharedStages });
      const ajv = new Ajv2020({ allErrors: true });
      for (const table of TABLES) {
        const validate = ajv.compile(schemaOf(table.name));
        const lines = (await readFile(path.join(dir, `${table.name}.jsonl`), 'utf8')).split('\n').filter(Boolean);
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) {
          expect(Object.keys(JSON.parse(line) as object)).toEqual(columnsOf(table));
          const valid = validate(JSON.parse(line));
          expect({ table: table.name, errors: valid ? null : validate.errors }).toEqual({ table: table.name, errors: null });
        }
      }
    });
  });

  it('test_schemas_reject_a_row_that_breaks_them', () => {
    const validate = new Ajv2020().compile(schemaOf('mentions'));
    expect(validate({ article_id: 'a0123456789abcdef', entity_id: 'x1', field: 'text', text: 'Wang', start: 0, end: 4, sentence: 0, form: 'name' })).toBe(false);
  });
});
