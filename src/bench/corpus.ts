import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseConll } from '../eval/conll.js';

/** A story for the bench corpus. */
export interface BenchStory {
  readonly title: string;
  readonly caption: string;
  readonly body: string;
}

/**
 * Stories from the evaluation data: PolNeAR articles (first line the headline) and CoNLL++ documents (first
 * sentence the headline), in a fixed order so that every bench run reads the same corpus.
 */
export function loadBenchStories(shared: string): BenchStory[] {
  const stories: BenchStory[] = [];
  for (const split of ['train', 'dev']) {
    const dir = path.join(shared, 'data/polnear', split, 'text');
    for (const name of readdirSync(dir).sort()) {
      const [title = '', ...rest] = readFileSync(path.join(dir, name), 'utf8').split('\n');
      stories.push({ title: title.trim(), caption: '', body: rest.join('\n').trim() });
    }
  }
  for (const split of ['train.txt', 'dev.txt']) {
    for (const document of parseConll(readFileSync(path.join(shared, 'data/conllpp', split), 'utf8'))) {
      const [title = '', ...rest] = document.text.split('\n');
      stories.push({ title, caption: '', body: rest.join('\n') });
    }
  }
  return stories.filter((story) => story.title !== '' && story.body !== '');
}

/** Stories written in the layout of the sample dumps: headline, caption twice, TT, headline and caption again, body. */
export function toDump(stories: readonly BenchStory[]): string {
  return stories
    .map(({ title, caption, body }) => {
      const captions = caption === '' ? '' : `${caption}\n${caption}\n`;
      return `${title}\n\n${captions}TT\n\n${title}\n\n${captions}\n${body}\n`;
    })
    .join('\n\n\n');
}
