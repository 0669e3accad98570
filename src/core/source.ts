import type { SourceRange } from './types.js';

/** A place in an input as the tables write it: `file:start-end`, a half-open byte range of the file. */
export function sourceLabel(source: SourceRange): string {
  return `${source.file}:${source.start}-${source.end}`;
}
