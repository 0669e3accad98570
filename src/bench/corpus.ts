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
 * Stories from the sample dumps' neighbours in the evaluation data: PolNeAR articles (first line the
 * headline) and CoNLL++ documents (first sentence the headline), in a fixed order.
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

/** Paragraphs per made-up story. */
const PARAGRAPHS = 6;
/** One story in this many is an exact copy of an earlier one, so that dedupe has work. */
const COPY_EVERY = 20;

/**
 * `count` stories made from the pool: each a headline of the pool and paragraphs drawn from the whole pool
 * by a seeded generator, so that stories are new (not duplicates) yet read like news; every COPY_EVERY-th
 * repeats an earlier story. The same arguments always give the same corpus.
 */
export function makeCorpus(pool: readonly BenchStory[], count: number, seed = 1): BenchStory[] {
  const paragraphs = pool.flatMap((story) => story.body.split(/\n\s*\n|\n/u).filter((p) => p.trim().length > 40));
  let state = seed;
  const random = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state % n;
  };
  const stories: BenchStory[] = [];
  for (let i = 0; i < count; i++) {
    if (i % COPY_EVERY === COPY_EVERY - 1) {
      stories.push(stories[random(i)] as BenchStory);
      continue;
    }
    const base = pool[random(pool.length)] as BenchStory;
    const body = Array.from({ length: PARAGRAPHS }, () => paragraphs[random(paragraphs.length)]).join('\n\n');
    stories.push({ title: `${base.title} (${i})`, caption: `${base.title}. (Reuters)`, body });
  }
  return stories;
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
