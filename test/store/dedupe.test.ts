import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { articleId, fingerprint } from '../../src/ingest/fingerprint.js';
import { Store } from '../../src/store/index.js';
import type { Article } from '../../src/core/types.js';
import { inTempDir } from '../helpers.js';

const BODY = [
  "China's Foreign Minister Wang Yi and Russian Deputy Foreign Minister Andrei Rudenko discussed the Ukraine crisis in talks on Wednesday.",
  'Both exchanged views on the crisis but the ministry statement did not disclose details of the discussion.',
  "Russia's RIA agency first reported that Rudenko was in Beijing for the meeting.",
  'The visit takes place as the war appeared to take a dangerous new turn, with NATO and South Korea expressing alarm.',
  'Rudenko has been involved in developing Russian ties with North Korea after Moscow launched its full-scale invasion.',
  'He was also a member of the Russian delegations at peace negotiations with Ukraine early in the war.',
].join('\n\n');

function article(text: string, title = 'China, Russia Discuss Ukraine Crisis', externalId = ''): Article {
  const fields = { title, text, externalId };
  return { id: articleId(fields), ...fields, caption: '', credit: '', date: '', url: '', source: { file: 'a.txt', start: 0, end: 10, line: 1 } };
}

/** A store in a temporary folder, and a way to offer it articles as one input each: what dedupe says of them. */
async function withStore(work: (offer: (article: Article) => string) => void, startedAt = new Date('2026-11-01T00:00:00Z')): Promise<void> {
  await inTempDir(async (dir) => {
    const store = Store.open(path.join(dir, 'store.db'));
    try {
      const run = store.beginRun(startedAt, 'test');
      let inputs = 0;
      work((given) => {
        const finder = store.duplicateFinder(startedAt);
        const print = fingerprint(given);
        const found = finder.find(given.id, print);
        if (found !== undefined && 'taken' in found) return 'taken';
        const record = { sha256: `input-${inputs++}`, path: 'a.txt', bytes: 1, format: 'dump' as const, outcome: 'ok' as const, articles: 1, diagnostics: [] };
        store.committer.commit(run, record, [{ article: given, fingerprint: print, analysed: { article: given, mentions: [], entities: [], quotes: [], relations: [] } }], finder);
        return found === undefined ? 'kept' : `${found.kind} of ${found.articleId}`;
      });
    } finally {
      store.close();
    }
  });
}

describe('store: dedupe through the store', () => {
  it('test_dedupe_exact_copy_differing_in_typography_is_the_same_article', async () => {
    await withStore((offer) => {
      const first = article(BODY);
      expect(offer(first)).toBe('kept');
      const copy = article(BODY.replaceAll("'", '’').replaceAll('\n\n', '\n  \n'));
      expect(copy.id).toBe(first.id);
      expect(offer(copy)).toBe(`exact of ${first.id}`);
    });
  });

  it('test_dedupe_edited_version_is_near_duplicate_of_the_first', async () => {
    await withStore((offer) => {
      const first = article(BODY);
      offer(first);
      expect(offer(article(`${BODY.replace('on Wednesday', 'on Wednesday in Beijing')}\n\nThe ministry did not comment further.`))).toBe(`near of ${first.id}`);
    });
  });

  it('test_dedupe_different_story_on_same_topic_is_kept', async () => {
    await withStore((offer) => {
      offer(article(BODY));
      const other = `${BODY.split('\n\n').slice(0, 2).join(' ')} Iran plans to hold talks about its disputed nuclear program with three European powers on Nov. 29 in Geneva, Japan said.`;
      expect(offer(article(other, 'Iran to Hold Talks'))).toBe('kept');
    });
  });

  it('test_dedupe_finds_near_copies_of_early_and_late_stories_among_thousands_kept', async () => {
    const story = (n: number) => Array.from({ length: 60 }, (_, w) => `w${(n * 7919 + w * 104729) % 1_000_003}`).join(' ');
    await withStore((offer) => {
      for (let n = 0; n < 3000; n++) expect(offer(article(story(n), `Story ${n}`))).toBe('kept');
      expect(offer(article(`${story(5)} w1 w2`, 'Story 5'))).toBe(`near of ${article(story(5), 'Story 5').id}`);
      expect(offer(article(`w3 ${story(2900)}`, 'Story 2900'))).toBe(`near of ${article(story(2900), 'Story 2900').id}`);
    });
  });

  it('test_dedupe_a_feed_id_given_again_is_the_same_article_when_alike_and_taken_when_not', async () => {
    await withStore((offer) => {
      const first = article(BODY, 'Title', '42');
      offer(first);
      expect(offer(article(`${BODY} One more sentence at the end.`, 'Title', '42'))).toBe(`near of ${first.id}`);
      expect(offer(article('A story about the weather in Lisbon, where it rained all week long.', 'Rain', '42'))).toBe('taken');
    });
  });
});
