import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { articlesOf, SAMPLES } from '../../helpers.js';

const HEADLINE = 'Minister Says Talks Will Go On';
const CAPTION = 'The minister speaks in Paris on Monday. (AFP)';
const BODY = 'The minister said on Monday that talks would go on.\n\n"We will talk," she said.';

/** A story in the layout of the sample dumps. */
function story(headline = HEADLINE, caption: string | null = CAPTION, body = BODY): string {
  const captions = caption === null ? '' : `${caption}\n${caption}\n`;
  return `${headline}\n\n${captions}TT\n\n${headline}\n\n${captions}\n${body}\n`;
}

describe('split: dump layout', () => {
  it('test_split_sample_dump_gives_two_stories_without_repeated_header', () => {
    const { articles, messages } = articlesOf(readFileSync(SAMPLES[0] as string));
    expect(messages.list).toEqual([]);
    expect(articles.map((a) => a.title)).toEqual([
      'China, Russia Discuss Ukraine Crisis, Beijing Reaffirms Strong Ties',
      "Iran's Supreme Leader: Militant Groups Against Israel Remain Strong",
    ]);
    const [first] = articles;
    expect(first?.caption).toMatch(/^Chinese Foreign Minister Wang Yi attends/u);
    expect(first?.credit).toBe('Sputnik/Alexander Kazakov/Pool via Reuters');
    expect(first?.text.startsWith("China's Foreign Minister Wang Yi")).toBe(true);
    expect(first?.text).not.toContain('TT');
    expect(first?.text).not.toContain(first?.title);
    expect(first?.text.endsWith('"This is part of our former common Soviet past."')).toBe(true);
  });

  it('test_split_source_range_covers_the_story_bytes', () => {
    const content = `${story()}\n\n${story('Second Story Has A Headline', 'A caption - Reuters', 'Body two.')}`;
    const { articles } = articlesOf(content);
    expect(articles).toHaveLength(2);
    const bytes = Buffer.from(content);
    const second = articles[1];
    expect(second?.source.line).toBe(content.slice(0, content.indexOf('Second')).split('\n').length);
    expect(bytes.subarray(second?.source.start, second?.source.end).toString()).toMatch(/^Second Story Has A Headline[\s\S]*Body two\.$/u);
    expect(second?.credit).toBe('Reuters');
  });

  it('test_split_single_story_file', () => {
    const { articles } = articlesOf(story());
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ title: HEADLINE, caption: CAPTION, credit: 'AFP', text: BODY });
  });

  it('test_split_story_without_caption', () => {
    const { articles } = articlesOf(story(HEADLINE, null) + story('Another Story Without Caption', null, 'Second body.'));
    expect(articles.map((a) => [a.title, a.caption, a.text])).toEqual([
      [HEADLINE, '', BODY],
      ['Another Story Without Caption', '', 'Second body.'],
    ]);
  });

  it('test_split_caption_without_credit', () => {
    const { articles } = articlesOf(story(HEADLINE, 'The minister speaks in Paris on Monday.'));
    expect(articles[0]?.caption).toBe('The minister speaks in Paris on Monday.');
    expect(articles[0]?.credit).toBe('');
  });

  it('test_split_windows_line_ends_and_trailing_white_space', () => {
    const content = story().split('\n').map((line) => `${line}  \t`).join('\r\n');
    const { articles, messages } = articlesOf(content);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ title: HEADLINE, caption: CAPTION, text: BODY });
    expect(messages.list.map((d) => d.ruleId)).toEqual(['read/crlf']);
  });

  it('test_split_story_cut_off_at_end_of_file_keeps_what_is_there', () => {
    const cut = `${story()}\n${story('Story Cut Off In The Middle', CAPTION, 'It began')}`.slice(0, -2);
    const { articles } = articlesOf(cut);
    expect(articles[1]?.text).toBe('It bega');
    const headerOnly = articlesOf(`${story()}\nStory With No Body\n\nTT\n\nStory With No Body\n`);
    expect(headerOnly.articles[1]).toMatchObject({ title: 'Story With No Body', text: '' });
    expect(headerOnly.messages.list.map((d) => d.ruleId)).toEqual(['split/no-body']);
  });

  it('test_split_text_before_first_headline_is_kept_and_reported', () => {
    const { articles, messages } = articlesOf(`stray line from an earlier story\n\n${story()}`);
    expect(articles.map((a) => [a.title, a.text])).toEqual([
      ['', 'stray line from an earlier story'],
      [HEADLINE, BODY],
    ]);
    expect(messages.list.map((d) => d.ruleId)).toEqual(['split/preamble']);
  });

  it('test_split_file_without_header_is_one_story_with_first_line_as_headline', () => {
    const { articles } = articlesOf(`Plain Headline\n\n${CAPTION}\n${CAPTION}\n\n${BODY}\n`);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ title: 'Plain Headline', caption: CAPTION, text: BODY });
  });

  it('test_split_repeated_short_line_in_body_is_not_a_header', () => {
    const body = 'First paragraph.\n\nAdvertisement\n\nAdvertisement\n\nLast paragraph.';
    const { articles } = articlesOf(story(HEADLINE, CAPTION, body));
    expect(articles).toHaveLength(1);
    expect(articles[0]?.text).toBe(body);
  });
});
