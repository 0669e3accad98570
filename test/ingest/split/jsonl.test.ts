import { describe, expect, it } from '@jest/globals';
import { articlesOf } from '../../helpers.js';

describe('split: JSONL articles', () => {
  it('test_jsonl_text_is_kept_exactly_and_fields_are_read', () => {
    const text = '  Wang said: “yes” 😀\r\nsecond line\t ';
    const line = JSON.stringify({ id: 7, title: 'T', text, url: 'https://x.test/a', date: '2024-11-02' });
    const { articles, messages } = articlesOf(`${line}\n`, 'jsonl');
    expect(messages.list).toEqual([]);
    expect(articles[0]).toMatchObject({ externalId: '7', title: 'T', text, url: 'https://x.test/a', date: '2024-11-02', caption: '' });
    expect(articles[0]?.source).toMatchObject({ start: 0, end: Buffer.byteLength(line), line: 1 });
  });

  it('test_jsonl_broken_lines_are_reported_and_good_lines_kept', () => {
    const lines = [
      JSON.stringify({ title: 'one', text: 'first' }),
      '{"title": "broken", "text": ',
      JSON.stringify({ title: 'no text' }),
      '[1, 2]',
      JSON.stringify({ text: 'fourth', date: 5 }),
      '',
      JSON.stringify({ title: 'two', text: 'second' }),
    ];
    const { articles, messages } = articlesOf(lines.join('\n'), 'jsonl');
    expect(articles.map((a) => a.text)).toEqual(['first', 'second']);
    expect(messages.list.map((d) => [d.ruleId, d.place?.line])).toEqual([
      ['split/jsonl-syntax', 2],
      ['split/jsonl-shape', 3],
      ['split/jsonl-shape', 4],
      ['split/jsonl-shape', 5],
    ]);
  });

  it('test_jsonl_ids_come_from_the_feed_id_or_the_words_never_from_the_place', () => {
    const content = [{ text: 'a b' }, { text: 'a  B.' }, { text: 'c' }, { id: 7, text: 'a b' }].map((r) => JSON.stringify(r)).join('\n');
    const once = articlesOf(content, 'jsonl').articles.map((a) => a.id);
    expect(articlesOf(`\n\n${content}`, 'jsonl').articles.map((a) => a.id)).toEqual(once);
    // The same words (whatever their typography) are the same article; a feed id names its own.
    expect(once[0]).toBe(once[1]);
    expect(new Set(once).size).toBe(3);
  });
});
