import type { Messages } from '../../core/diagnostics.js';
import type { Article, SourceRange } from '../../core/types.js';
import type { SourceFile, SourceLine } from '../types.js';
import { articleId } from '../fingerprint.js';
import { findCredits } from '../../core/credit.js';
import { type DumpStory, splitDump } from './dump.js';
import { parseJsonl } from './jsonl.js';
import { unwrapHardLines } from './unwrap.js';

/** The split stage: one decoded input becomes its articles, in file order. */
export function splitSource(source: SourceFile, messages: Messages): Article[] {
  const articles = source.format === 'jsonl' ? splitJsonl(source, messages) : splitDumpFile(source, messages);
  if (articles.length === 0) {
    messages.report('split/no-article', 'no article was found; expected a headline and a body, or JSONL lines with "text"');
  }
  return articles;
}

function splitJsonl(source: SourceFile, messages: Messages): Article[] {
  return parseJsonl(source.lines, messages).map((record) => withId({
    title: record.title,
    caption: record.caption,
    credit: creditOf(record.caption),
    text: bodyOf(record.text, record.line, messages),
    date: record.date,
    url: record.url,
    externalId: record.id,
    source: range(source, record.line, record.line),
  }));
}

function withId(article: Omit<Article, 'id'>): Article {
  return { id: articleId(article), ...article };
}

function splitDumpFile(source: SourceFile, messages: Messages): Article[] {
  const { lines } = source;
  // A "story" without a letter or digit (a file of quote marks) is noise, not an article.
  const hasWords = (story: DumpStory) => /[\p{L}\p{N}]/u.test(story.headline + story.captions.join('') + lines.slice(story.bodyStart, story.bodyEnd).map((l) => l.text).join(''));
  return splitDump(lines).filter(hasWords).map((story) => {
    const firstLine = lines[story.first] as SourceLine;
    if (story.headline === '') {
      messages.report('split/preamble', `line ${firstLine.number}: text without a headline; kept as an article without title`, {
        line: firstLine.number,
        byte: firstLine.byteStart,
      });
    } else if (story.bodyEnd <= story.bodyStart) {
      messages.report('split/no-body', `line ${firstLine.number}: "${story.headline}" has no body`, { line: firstLine.number, byte: firstLine.byteStart });
    }
    const lastIndex = story.bodyEnd > story.bodyStart ? story.bodyEnd - 1 : Math.max(story.first, story.bodyStart - 1);
    const caption = story.captions.join('\n');
    return withId({
      title: story.headline,
      caption,
      credit: creditOf(caption),
      // Trailing white space is layout, not content; line ends are normalised to LF.
      text: bodyOf(lines.slice(story.bodyStart, story.bodyEnd).map((line) => line.text.trimEnd()).join('\n'), firstLine, messages),
      date: '',
      url: '',
      externalId: '',
      source: range(source, firstLine, lines[lastIndex] as SourceLine),
    });
  });
}

/** An article's body with the line ends of its hard wrapping read as spaces, reported once an article. */
function bodyOf(text: string, line: SourceLine, messages: Messages): string {
  const unwrapped = unwrapHardLines(text);
  if (unwrapped.wraps > 0) {
    messages.report('split/hard-wrapped', `line ${line.number}: the text is hard-wrapped; ${unwrapped.wraps} line ends inside its paragraphs are read as spaces`, { line: line.number, byte: line.byteStart });
  }
  return unwrapped.text;
}

function creditOf(caption: string): string {
  return findCredits(caption)
    .map((credit) => caption.slice(credit.start, credit.end))
    .join('; ');
}

function range(source: SourceFile, first: SourceLine, last: SourceLine): SourceRange {
  return { file: source.path, start: first.byteStart, end: last.byteEnd, line: first.number };
}
