import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { neutralise, toCsv } from '../../src/outputs/csv.js';
import { toJsonl } from '../../src/outputs/jsonl.js';
import { DUPLICATES, type MentionRow, type Table } from '../../src/outputs/tables.js';

interface Row {
  readonly name: string;
  readonly tags: readonly string[];
  readonly count: number | null;
  readonly text: string;
}
const cell = (csv = true) => ({ doc: '', schema: {}, csv, neo4j: 'string' as const });
const SPEC: Table = { name: 'entities', rowIs: 'entity', title: 'test', columns: { name: cell(), tags: cell(), count: cell(), text: cell(false) } };

describe('outputs: CSV and JSONL', () => {
  it('test_csv_has_bom_header_crlf_and_parses_back', () => {
    const rows: Row[] = [
      { name: 'a, "quoted"\nname', tags: ['x', 'y'], count: 3, text: 'long' },
      { name: 'plain', tags: [], count: null, text: '' },
    ];
    const csv = toCsv(SPEC, rows, true);
    expect(csv.startsWith('\uFEFFname,tags,count\r\n')).toBe(true);
    expect(csv).toContain('"a, ""quoted""\nname"');
    expect(toCsv(SPEC, [{ name: 'one\ntwo', tags: [], count: null, text: '' }], false)).toBe('"one\ntwo",,\r\n');
    expect(parse(csv, { bom: true, columns: true })).toEqual([
      { name: 'a, "quoted"\nname', tags: 'x; y', count: '3' },
      { name: 'plain', tags: '', count: '' },
    ]);
  });

  it('test_csv_cells_that_start_like_formulas_are_neutralised', () => {
    for (const attack of ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\tx']) {
      expect(neutralise(attack)).toBe(`'${attack}`);
    }
    expect(neutralise('\rx\r\ny')).toBe("'\nx\r\ny");
    expect(neutralise('Wang Yi')).toBe('Wang Yi');
    const csv = toCsv(SPEC, [{ name: '=1+1', tags: ['=cmd|x'], count: 1, text: '' }], false);
    expect(parse(csv)).toEqual([["'=1+1", "'=cmd|x", '1']]);
  });

  it('test_csv_of_empty_table_is_a_header', () => {
    expect(toCsv(DUPLICATES, [], true)).toBe('\uFEFFarticle_id,duplicate_of,kind,similarity,source\r\n');
  });

  it('test_jsonl_writes_one_object_a_line_with_arrays_and_nulls', () => {
    const row: MentionRow = { article_id: 'a1', entity_id: 'e1', field: 'text', text: 'Wang Yi', start: 0, end: 7, sentence: 0, form: 'name' };
    expect(toJsonl([row])).toBe('{"article_id":"a1","entity_id":"e1","field":"text","text":"Wang Yi","start":0,"end":7,"sentence":0,"form":"name"}\n');
    expect(JSON.parse(toJsonl([{ name: 'n', tags: ['a'], count: null, text: 't' }]))).toEqual({ name: 'n', tags: ['a'], count: null, text: 't' });
  });
});
