/**
 * CoNLL-2003 (CoNLL++) documents, rebuilt as running text so that the real pipeline reads them as it reads
 * news: tokens joined with spaces except before closing punctuation and clitics, one sentence a line.
 * Each gold entity keeps its token range and gets the character range it has in the rebuilt text.
 */

export type ConllType = 'PER' | 'LOC' | 'ORG' | 'MISC';

export interface ConllEntity {
  readonly type: ConllType;
  readonly start: number;
  readonly end: number;
}

export interface ConllDocument {
  readonly text: string;
  /** Character range of every token in `text`. */
  readonly tokenStarts: readonly number[];
  readonly tokenEnds: readonly number[];
  /** Penn Treebank part-of-speech tag of every token. */
  readonly tokenPos: readonly string[];
  /** Gold entities as character ranges of `text`. */
  readonly entities: readonly ConllEntity[];
}

/** Tokens written without a space before them. */
const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]+|'s|'S|n't|N'T|'re|'ve|'ll|'d|'m|'|\.\.\.)$/u;
/** Tokens written without a space after them. */
const NO_SPACE_AFTER = /^[([{$]$/u;

export function parseConll(content: string): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let sentences: ConllToken[][] = [];
  let sentence: ConllToken[] = [];
  const endSentence = () => {
    if (sentence.length > 0) sentences.push(sentence);
    sentence = [];
  };
  const endDocument = () => {
    endSentence();
    if (sentences.length > 0) documents.push(rebuild(sentences));
    sentences = [];
  };
  for (const line of content.split('\n')) {
    const parts = line.trim().split(' ');
    if (parts[0] === '-DOCSTART-') endDocument();
    else if (parts.length < 2 || parts[0] === '') endSentence();
    else sentence.push({ word: parts[0] as string, pos: parts[1] as string, tag: parts[parts.length - 1] as string });
  }
  endDocument();
  return documents;
}

interface ConllToken {
  readonly word: string;
  readonly pos: string;
  readonly tag: string;
}

function rebuild(sentences: readonly (readonly ConllToken[])[]): ConllDocument {
  let text = '';
  const tokenStarts: number[] = [];
  const tokenEnds: number[] = [];
  const tokenPos: string[] = [];
  const entities: ConllEntity[] = [];
  let open: { type: ConllType; start: number } | undefined;
  let quoteOpen = false;
  const close = (end: number) => {
    if (open) entities.push({ type: open.type, start: open.start, end });
    open = undefined;
  };
  for (const sentence of sentences) {
    if (text !== '') text += '\n';
    let glue = true;
    for (const { word, pos, tag } of sentence) {
      const isQuote = word === '"';
      const noSpace = glue || NO_SPACE_BEFORE.test(word) || (isQuote && quoteOpen);
      if (!noSpace) text += ' ';
      const start = text.length;
      text += word;
      const [prefix, type] = tag.split('-') as [string, ConllType | undefined];
      if (prefix === 'B' || (prefix === 'I' && open?.type !== type)) {
        close(tokenEnds[tokenEnds.length - 1] ?? start);
        open = { type: type as ConllType, start };
      } else if (prefix === 'O') close(tokenEnds[tokenEnds.length - 1] ?? start);
      tokenStarts.push(start);
      tokenEnds.push(text.length);
      tokenPos.push(pos);
      glue = NO_SPACE_AFTER.test(word) || (isQuote && !quoteOpen);
      if (isQuote) quoteOpen = !quoteOpen;
    }
    close(tokenEnds[tokenEnds.length - 1] ?? text.length);
    quoteOpen = false;
  }
  return { text, tokenStarts, tokenEnds, tokenPos, entities };
}
