import type { InputFormat } from '../core/types.js';

/** One line of an input file, decoded, without its line end; bytes are `[byteStart, byteEnd)` of the file. */
export interface SourceLine {
  /** 1-based line number. */
  readonly number: number;
  readonly text: string;
  readonly byteStart: number;
  readonly byteEnd: number;
}

/** What the read stage makes of one input file. */
export interface SourceFile {
  /** The path as given, relative to the working directory, with `/` separators. */
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
  /** The encoding the bytes were decoded with. */
  readonly encoding: Encoding;
  readonly format: InputFormat;
  readonly lineEnding: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
  readonly lines: readonly SourceLine[];
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
