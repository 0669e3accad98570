import type { SourceLine } from '../types.js';

/**
 * Finds the stories in a news dump. A story starts with a header: the headline, its photo caption (often
 * twice), an optional `TT` line, then the headline and caption again; the body follows until the next header.
 * The repeat of the headline is what marks a header, so the layout is found without trusting blank lines.
 */
export interface DumpStory {
  /** Index in `lines` of the headline, or of the first line of text before any header. */
  readonly first: number;
  readonly headline: string;
  readonly captions: readonly string[];
  /** Body lines, index range `[bodyStart, bodyEnd)` in `lines`, without blank lines at either end. */
  readonly bodyStart: number;
  readonly bodyEnd: number;
}

/** How far the repeated headline may be from the first one. */
const HEADER_WINDOW = 16;
/** Longer lines are paragraphs, not headlines. */
const MAX_HEADLINE_CHARS = 300;
/** A repeated line with only blank lines between it and its twin is a header only if it says this much. */
const MIN_BARE_HEADLINE_WORDS = 3;
const SEPARATOR = 'TT';

interface Header {
  readonly first: number;
  readonly headline: string;
  readonly captions: readonly string[];
  readonly bodyStart: number;
}

export function splitDump(lines: readonly SourceLine[]): DumpStory[] {
  const trimmed = lines.map((line) => line.text.trim());
  const headers = findHeaders(trimmed);
  const stories: DumpStory[] = [];
  const firstText = trimmed.findIndex((text) => text !== '');
  const firstHeader = headers[0]?.first ?? trimmed.length;
  if (firstText !== -1 && firstText < firstHeader) {
    stories.push(headers.length === 0 ? headerlessStory(trimmed) : bodyOnly(trimmed, firstText, firstHeader));
  }
  headers.forEach((header, i) => {
    const next = headers[i + 1]?.first ?? trimmed.length;
    const [bodyStart, bodyEnd] = trimBlank(trimmed, header.bodyStart, next);
    stories.push({ first: header.first, headline: header.headline, captions: header.captions, bodyStart, bodyEnd });
  });
  return stories;
}

function findHeaders(trimmed: readonly string[]): Header[] {
  const headers: Header[] = [];
  for (let i = 0; i < trimmed.length; i++) {
    const header = headerAt(trimmed, i);
    if (header === undefined) continue;
    headers.push(header);
    i = header.bodyStart - 1;
  }
  return headers;
}

function headerAt(trimmed: readonly string[], i: number): Header | undefined {
  const headline = trimmed[i] ?? '';
  if (headline === '' || headline === SEPARATOR || headline.length > MAX_HEADLINE_CHARS) return undefined;
  const limit = Math.min(trimmed.length, i + HEADER_WINDOW);
  for (let j = i + 1; j < limit; j++) {
    if (trimmed[j] !== headline) continue;
    const between = trimmed.slice(i + 1, j).filter((text) => text !== '');
    const captions = [...new Set(between.filter((text) => text !== SEPARATOR))];
    if (!isHeader(trimmed, i, j, headline, between, captions)) return undefined;
    const skip = new Set([headline, SEPARATOR, '', ...captions]);
    let bodyStart = j + 1;
    while (bodyStart < trimmed.length && skip.has(trimmed[bodyStart] ?? '')) bodyStart++;
    return { first: i, headline, captions, bodyStart };
  }
  return undefined;
}

/**
 * What between the headline and its repeat makes it a header: a `TT` line, or captions that are repeated
 * after it too, or nothing at all if the headline is long enough not to be a chance repeat.
 */
function isHeader(trimmed: readonly string[], i: number, repeat: number, headline: string, between: readonly string[], captions: readonly string[]): boolean {
  if (between.includes(SEPARATOR)) return true;
  // Twin lines right after each other are a repeated caption, not a headline.
  if (captions.length === 0) return repeat > i + 1 && headline.split(/\s+/u).length >= MIN_BARE_HEADLINE_WORDS;
  const after = new Set(trimmed.slice(repeat + 1, repeat + HEADER_WINDOW));
  return captions.every((caption) => after.has(caption));
}

/**
 * A file without any header is one story: its first line is the headline when it is short and followed by
 * more text; lines repeated right after it are captions.
 */
function headerlessStory(trimmed: readonly string[]): DumpStory {
  const first = trimmed.findIndex((text) => text !== '');
  const headline = trimmed[first] ?? '';
  const [nextText] = trimBlank(trimmed, first + 1, trimmed.length);
  if (headline.length > MAX_HEADLINE_CHARS || nextText >= trimmed.length) return bodyOnly(trimmed, first, trimmed.length);
  const captions: string[] = [];
  let bodyStart = nextText;
  while (bodyStart + 1 < trimmed.length && trimmed[bodyStart] !== '' && trimmed[bodyStart] === trimmed[bodyStart + 1]) {
    captions.push(trimmed[bodyStart] ?? '');
    const skip = trimmed[bodyStart];
    while (bodyStart < trimmed.length && (trimmed[bodyStart] === skip || trimmed[bodyStart] === '')) bodyStart++;
  }
  const [start, end] = trimBlank(trimmed, bodyStart, trimmed.length);
  return { first, headline, captions, bodyStart: start, bodyEnd: end };
}

function bodyOnly(trimmed: readonly string[], first: number, last: number): DumpStory {
  const [bodyStart, bodyEnd] = trimBlank(trimmed, first, last);
  return { first, headline: '', captions: [], bodyStart, bodyEnd };
}

function trimBlank(trimmed: readonly string[], start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from < to && trimmed[from] === '') from++;
  while (to > from && trimmed[to - 1] === '') to--;
  return [from, to];
}
