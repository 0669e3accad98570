import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { runWhosaid } from '../../pipelines/whosaid.js';
import { TABLE_SPECS } from '../../src/write/tables.js';
import { inTempDir, PACKAGE_DIR } from '../helpers.js';

const schemaOf = (table: string) => JSON.parse(readFileSync(path.join(PACKAGE_DIR, 'schemas', `${table}.schema.json`), 'utf8')) as { properties: Record<string, unknown> };

describe('write: JSON Schemas of the JSONL files', () => {
  it('test_schemas_name_exactly_the_columns_of_each_table_in_order', () => {
    for (const spec of TABLE_SPECS) expect(Object.keys(schemaOf(spec.name).properties)).toEqual([...spec.columns]);
  });

  it('test_schemas_every_jsonl_line_of_a_real_run_validates', async () => {
    await inTempDir(async (dir) => {
      await runWhosaid({ inputs: [path.join(PACKAGE_DIR, 'data/raw')], out: dir, cwd: PACKAGE_DIR });
      const ajv = new Ajv2020({ allErrors: true });
      for (const spec of TABLE_SPECS) {
        const validate = ajv.compile(schemaOf(spec.name));
        const lines = (await readFile(path.join(dir, `${spec.name}.jsonl`), 'utf8')).split('\n').filter(Boolean);
        if (spec.name !== 'duplicates') expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) {
          const valid = validate(JSON.parse(line));
          expect({ table: spec.name, errors: valid ? null : validate.errors }).toEqual({ table: spec.name, errors: null });
        }
      }
    });
  });

  it('test_schemas_reject_a_row_that_breaks_them', () => {
    const validate = new Ajv2020().compile(schemaOf('mentions'));
    expect(validate({ article_id: 'a0123456789abcdef', entity_id: 'x1', field: 'text', text: 'Wang', start: 0, end: 4, sentence: 0, form: 'name' })).toBe(false);
  });
});
