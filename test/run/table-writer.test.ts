import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { Staging } from '../../src/io/staging.js';
import { TableWriter } from '../../src/run/table-writer.js';
import { ENTITY_NODES } from '../../src/write/neo4j.js';
import { ENTITIES, type EntityRow } from '../../src/write/tables.js';
import { inTempDir } from '../helpers.js';

describe('run: table writer', () => {
  it('test_table_writer_takes_more_rows_at_once_than_a_call_has_arguments', async () => {
    await inTempDir(async (out) => {
      // A long nightly history has this many entities, handed over in one array when the tables are finished.
      const count = 200_000;
      const rows: EntityRow[] = Array.from({ length: count }, (_, n) => ({
        entity_id: `e${String(n).padStart(6, '0')}`,
        type: 'PERSON',
        name: `Person ${n}`,
        aliases: [`P. ${n}`],
        roles: [],
        country: '',
        article_count: 1,
        mention_count: 2,
        geonames_id: '',
      }));
      const staging = await Staging.open(out);
      const writer = await TableWriter.open(staging);
      await writer.table(ENTITIES, rows);
      await writer.graph(ENTITY_NODES, rows);
      await writer.finish();
      await staging.commit();
      expect(writer.counts.entities).toBe(count);
      const lines = async (name: string) => (await readFile(path.join(out, name), 'utf8')).split(/\r?\n/u).filter((line) => line !== '');
      const jsonl = await lines('entities.jsonl');
      expect(jsonl).toHaveLength(count);
      expect(JSON.parse(jsonl[count - 1] as string)).toMatchObject({ entity_id: 'e199999', name: 'Person 199999' });
      // Each CSV has its header and one line per row.
      expect(await lines('entities.csv')).toHaveLength(count + 1);
      expect((await lines('graph/nodes-entities.csv')).at(-1)).toMatch(/^e199999,Person 199999,PERSON,/u);
    });
  });
});
