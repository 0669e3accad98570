import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseConll } from '../eval/conll.js';

/** A real news article of the evaluation data: headline and body. */
export interface BenchArticle {
  readonly title: string;
  readonly text: string;
}

/**
 * The real articles of `../shared/data`: PolNeAR's (US political news of 2016, first line the headline) and
 * CoNLL++'s (Reuters, 1996, first sentence the headline), train and dev, in a fixed order.
 */
export function loadRealArticles(shared: string): BenchArticle[] {
  const articles: BenchArticle[] = [];
  for (const split of ['train', 'dev']) {
    const dir = path.join(shared, 'data/polnear', split, 'text');
    for (const name of readdirSync(dir).sort()) {
      const [title = '', ...rest] = readFileSync(path.join(dir, name), 'utf8').split('\n');
      articles.push({ title: title.trim(), text: rest.join('\n').trim() });
    }
  }
  for (const split of ['train.txt', 'dev.txt']) {
    for (const document of parseConll(readFileSync(path.join(shared, 'data/conllpp', split), 'utf8'))) {
      const [title = '', ...rest] = document.text.split('\n');
      articles.push({ title, text: rest.join('\n') });
    }
  }
  return articles.filter((article) => article.title !== '' && article.text !== '');
}

/** A seeded generator of whole numbers below `n`: the same corpus every time. */
function generator(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state % n;
  };
}

/** One JSONL line of an article, as a feed delivers it. */
export function jsonlLine(article: BenchArticle & { readonly date?: string }): string {
  return JSON.stringify({ title: article.title, date: article.date ?? '', text: article.text });
}

/** Words of a text, counted the same way for every program of the bench. */
export function wordsIn(text: string): number {
  return text.match(/\S+/gu)?.length ?? 0;
}

/**
 * The speed corpus: the first `count` real articles, with one in twenty followed by an exact copy of an
 * earlier one (republished), so that dedupe has its share of the work.
 */
export function speedCorpus(pool: readonly BenchArticle[], count: number): BenchArticle[] {
  const random = generator(7);
  const corpus: BenchArticle[] = [];
  for (const article of pool.slice(0, count)) {
    corpus.push(article);
    if (corpus.length % 20 === 19) corpus.push(corpus[random(corpus.length)] as BenchArticle);
  }
  return corpus;
}

/** An article published again: where in its night, the article as first published, and whether it was edited. */
export interface Republished {
  readonly index: number;
  readonly original: BenchArticle;
  readonly edited: boolean;
}

/** A night of the nightly benchmark: its articles, and the republished ones with the article they repeat. */
export interface Night {
  readonly date: string;
  readonly articles: readonly (BenchArticle & { readonly date: string })[];
  /** Index in `articles` of each republished article, and the article (as first published) it repeats. */
  readonly republished: readonly Republished[];
}

/** A made-up article of a night: runs of consecutive paragraphs of a few real articles, about a real one's length. */
const SOURCES = 3;
const RUN_PARAGRAPHS = 7;

/**
 * `count` nights of `perNight` articles each. Real news does not hold 30,000 distinct articles, so a night's
 * new articles are made of real paragraphs drawn from the whole pool under a real headline; `republish` of
 * each night (from the second on) are articles of earlier nights published again, half of them edited (a
 * sentence added), which dedupe must find as duplicates of the night that first had them.
 */
export function nights(pool: readonly BenchArticle[], count: number, perNight: number, republish = 0.05): Night[] {
  const random = generator(11);
  const paragraphs = pool.map((article) => article.text.split(/\n\s*\n|\n/u).filter((p) => p.trim().length > 60)).filter((ps) => ps.length > 0);
  const published: BenchArticle[] = [];
  const result: Night[] = [];
  for (let n = 0; n < count; n++) {
    const date = new Date(Date.UTC(2026, 9, 1 + n)).toISOString().slice(0, 10);
    const again = n === 0 ? 0 : Math.round(perNight * republish);
    const articles: (BenchArticle & { date: string })[] = [];
    const republished: Republished[] = [];
    for (let i = 0; i < perNight - again; i++) {
      const headline = (pool[random(pool.length)] as BenchArticle).title;
      const text = Array.from({ length: SOURCES }, () => {
        const source = paragraphs[random(paragraphs.length)] as string[];
        const from = random(source.length);
        return source.slice(from, from + RUN_PARAGRAPHS).join('\n\n');
      }).join('\n\n');
      articles.push({ title: `${headline} (${date} ${i})`, text, date });
    }
    // The republished come last in the night's file: where they stand does not change what dedupe finds.
    for (let i = 0; i < again; i++) {
      const original = published[random(published.length)] as BenchArticle;
      const edited = i % 2 === 1;
      republished.push({ index: articles.length, original, edited });
      articles.push({ title: original.title, text: edited ? `${original.text}\n\nThis story has been updated with more details.` : original.text, date });
    }
    published.push(...articles.slice(0, perNight - again));
    result.push({ date, articles, republished });
  }
  return result;
}

/** An article that lists `count` different people in one sentence (a roster, an honours list), then says something. */
export function rosterText(count: number): string {
  const first = ['James', 'Maria', 'Robert', 'Linda', 'Michael', 'Susan', 'David', 'Karen', 'Thomas', 'Nancy', 'Daniel', 'Lisa'];
  const last = ['Smith', 'Garcia', 'Johnson', 'Brown', 'Miller', 'Davis', 'Wilson', 'Moore', 'Taylor', 'Clark', 'Lewis', 'Walker', 'Hall', 'Young', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams'];
  const pairs = first.length * last.length;
  const names = Array.from({ length: count }, (_, i) => `${first[i % first.length]} ${last[Math.floor(i / first.length) % last.length]}${i >= pairs ? ` ${String.fromCharCode(65 + Math.floor(i / pairs))}.` : ''}`);
  return `The following people met with the mayor on Monday: ${names.join(', ')}. "We met everyone," the mayor said.`;
}
