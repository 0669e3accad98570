import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { BandRuns } from '../../../src/io/band-runs.js';
import { RowFile } from '../../../src/io/row-file.js';
import { DuplicateIndex, type Fingerprint, fingerprint, SIGNATURE_LENGTH } from '../../../src/stages/dedupe/index.js';
import type { Article } from '../../../src/types.js';
import { inTempDir } from '../../helpers.js';

const BODY = [
  "China's Foreign Minister Wang Yi and Russian Deputy Foreign Minister Andrei Rudenko discussed the Ukraine crisis in talks on Wednesday.",
  'Both exchanged views on the crisis but the ministry statement did not disclose details of the discussion.',
  "Russia's RIA agency first reported that Rudenko was in Beijing for the meeting.",
  'The visit takes place as the war appeared to take a dangerous new turn, with NATO and South Korea expressing alarm.',
  'Rudenko has been involved in developing Russian ties with North Korea after Moscow launched its full-scale invasion.',
  'He was also a member of the Russian delegations at peace negotiations with Ukraine early in the war.',
].join('\n\n');

function article(text: string, title = 'China, Russia Discuss Ukraine Crisis'): Fingerprint {
  const full: Article = { id: 'a', title, text, caption: '', credit: '', date: '', url: '', externalId: '', source: { file: 'a.txt', start: 0, end: 10, line: 1 } };
  return fingerprint(full);
}

/**
 * Stories of distinct words, so none is a copy of another and story n is kept as number n: the index must
 * grow past its first arrays.
 */
function findsCopiesAmongThousands(index: DuplicateIndex): void {
  const story = (n: number) => Array.from({ length: 60 }, (_, w) => `w${(n * 7919 + w * 104729) % 1_000_003}`).join(' ');
  for (let n = 0; n < 4500; n++) expect(index.check(article(story(n), `Story ${n}`))).toBeUndefined();
  expect(index.keptCount).toBe(4500);
  expect(index.check(article(`${story(5)} w1 w2`, 'Story 5'))).toMatchObject({ kept: 5, kind: 'near' });
  expect(index.check(article(`w3 ${story(4400)}`, 'Story 4400'))).toMatchObject({ kept: 4400, kind: 'near' });
  expect(index.check(article(story(12), 'Story 12'))).toMatchObject({ kept: 12, kind: 'exact' });
  expect(index.keptCount).toBe(4500);
}

describe('dedupe', () => {
  it('test_dedupe_exact_copy_differing_in_typography_is_exact_duplicate', () => {
    const index = new DuplicateIndex();
    expect(index.check(article(BODY))).toBeUndefined();
    expect(index.check(article(BODY.replaceAll("'", '’').replaceAll('\n\n', '\n  \n')))).toEqual({ kept: 0, kind: 'exact', similarity: 1 });
  });

  it('test_dedupe_edited_version_is_near_duplicate', () => {
    const index = new DuplicateIndex();
    index.check(article(BODY));
    const edited = article(`${BODY.replace('on Wednesday', 'on Wednesday in Beijing')}\n\nThe ministry did not comment further.`);
    const found = index.check(edited);
    expect(found).toMatchObject({ kept: 0, kind: 'near' });
    expect(found?.similarity).toBeGreaterThanOrEqual(0.8);
    expect(found?.similarity).toBeLessThan(1);
  });

  it('test_dedupe_different_story_on_same_topic_is_kept', () => {
    const index = new DuplicateIndex();
    index.check(article(BODY));
    const other = BODY.split('\n\n').slice(0, 2).join(' ') + ' Iran plans to hold talks about its disputed nuclear program with three European powers on Nov. 29 in Geneva, Japan said. Officials called various measures such as activating numerous new and advanced centrifuges.';
    expect(index.check(article(other, 'Iran to Hold Talks'))).toBeUndefined();
  });

  it('test_dedupe_third_copy_points_at_the_first', () => {
    const index = new DuplicateIndex();
    index.check(article(BODY));
    index.check(article('An unrelated story about the weather in Lisbon, where it rained all week.', 'Rain'));
    index.check(article(BODY));
    expect(index.check(article(BODY))?.kept).toBe(0);
    expect(index.keptCount).toBe(2);
  });

  it('test_dedupe_finds_near_copies_of_early_and_late_stories_among_thousands_kept', () => {
    findsCopiesAmongThousands(new DuplicateIndex());
  });

  it('test_dedupe_with_signatures_and_bands_in_files_finds_the_same_copies', async () => {
    await inTempDir(async (dir) => {
      const signatures = new RowFile(path.join(dir, 'signatures.bin'), SIGNATURE_LENGTH);
      // Runs of 500: the early stories are on disk, the latest still in memory.
      const bands = new BandRuns(path.join(dir, 'bands.bin'), 500);
      try {
        findsCopiesAmongThousands(new DuplicateIndex(signatures, bands));
      } finally {
        signatures.close();
        bands.close();
      }
    });
  });
});
