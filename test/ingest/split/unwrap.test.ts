import { describe, expect, it } from '@jest/globals';
import { unwrapHardLines } from '../../../src/ingest/split/unwrap.js';
import { analyseArticle, articlesOf } from '../../helpers.js';

/** A wire story as an archive keeps it: wrapped at 64 characters, paragraphs apart by a blank line. */
const WRAPPED = [
  'Chinese Foreign Minister Wang Yi and Russian Deputy Foreign',
  'Minister Andrei Rudenko discussed the Ukraine crisis in talks on',
  'Wednesday, the Chinese foreign ministry said.',
  '',
  '"Both sides should make joint efforts to coordinate cooperation',
  'in various fields and exchanges at all levels," Wang said, without',
  'elaboration.',
].join('\n');

describe('split: hard-wrapped text', () => {
  it('test_unwrap_line_ends_inside_a_paragraph_become_spaces_and_offsets_hold', () => {
    const { text, wraps } = unwrapHardLines(WRAPPED);
    expect(wraps).toBe(4);
    expect(text.length).toBe(WRAPPED.length);
    expect(text.split('\n')).toEqual([
      WRAPPED.split('\n').slice(0, 3).join(' '),
      '',
      WRAPPED.split('\n').slice(4).join(' '),
    ]);
  });

  it('test_unwrap_leaves_paragraphs_tables_and_lists_as_they_are', () => {
    const paragraphs = 'Wang said talks would go on.\n\n"We will talk," he said.\n\nRudenko agreed.';
    const table = ['Results of the first round:', '66 Paul Goydos, Billy Mayfair, Hidemichi Tanaka (Japan)', '68 Steve Stricker', '69 Justin Leonard, Mark Brooks', '70 Tim Herron, Tom Lehman, Lee Janzen'].join('\n');
    // And a hostile text of 300,000 line ends is no wrapped prose (nor a crash).
    for (const text of [paragraphs, table, '\n'.repeat(300_000)]) expect(unwrapHardLines(text)).toEqual({ text, wraps: 0 });
  });

  it('test_unwrap_a_hard_wrapped_article_keeps_its_quote_and_speaker_and_says_so', () => {
    const { articles, messages } = articlesOf(JSON.stringify({ title: 'Talks', text: WRAPPED }), 'jsonl');
    expect(messages.list.map((d) => d.ruleId)).toEqual(['split/hard-wrapped']);
    const quotes = analyseArticle({ text: articles[0]?.text ?? '' }).quotes.filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['Both sides should make joint efforts to coordinate cooperation in various fields and exchanges at all levels', 'Wang Yi']]);
  });
});
