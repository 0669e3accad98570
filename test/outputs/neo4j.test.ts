import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { runWhosaid } from '../../pipelines/whosaid.js';
import { GRAPH_FILES, loadCypher } from '../../src/outputs/neo4j.js';
import { inTempDir, PACKAGE_DIR } from '../helpers.js';

const NODE_FILES = ['nodes-entities.csv', 'nodes-articles.csv', 'nodes-quotes.csv', 'nodes-roles.csv', 'nodes-sources.csv'];

describe('outputs: Neo4j bulk-import files', () => {
  it('test_neo4j_headers_and_every_relationship_end_is_a_node', async () => {
    await inTempDir(async (dir) => {
      await runWhosaid({ inputs: [path.join(PACKAGE_DIR, 'data/raw')], out: dir, cwd: PACKAGE_DIR });
      const read = async (name: string) => parse(await readFile(path.join(dir, 'graph', name), 'utf8')) as string[][];
      const ids = new Set<string>();
      for (const name of NODE_FILES) {
        const [header = [], ...rows] = await read(name);
        expect(header[0]).toMatch(/:ID$/u);
        expect(header.at(-1)).toBe(':LABEL');
        for (const row of rows) {
          expect(ids.has(row[0] as string)).toBe(false);
          ids.add(row[0] as string);
        }
      }
      const [header = [], ...relationships] = await read('relationships.csv');
      expect(header.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
      expect(relationships.length).toBeGreaterThan(0);
      const missing = relationships.filter(([start, end]) => !ids.has(start as string) || !ids.has(end as string));
      expect(missing).toEqual([]);
      const types = new Set(relationships.map((r) => r[2]));
      expect([...types].sort()).toEqual(['HAS_ROLE', 'MENTIONED_IN', 'MET', 'REPORTED', 'SAID']);
    });
  });
});

describe('outputs: load.cypher', () => {
  it('test_load_cypher_merges_every_graph_file_on_its_ids_with_every_typed_column', () => {
    const cypher = loadCypher();
    for (const file of GRAPH_FILES) {
      expect(cypher).toContain(`LOAD CSV WITH HEADERS FROM 'file:///${file.name}' AS row`);
      // Every column of the file but the ids and labels is read into a property, typed as the header says.
      for (const header of file.header.filter((h) => !h.startsWith(':') && h !== 'id:ID')) expect(cypher).toContain(`row.\`${header}\``);
    }
    expect(cypher).toContain('MERGE (n:Node {id: row.`id:ID`})');
    for (const predicate of ['SAID', 'HAS_ROLE', 'MET', 'REPORTED', 'MENTIONED_IN']) expect(cypher).toContain(`MERGE (a)-[r:${predicate} {relation_id: row.\`relation_id\`}]->(b)`);
  });
});
