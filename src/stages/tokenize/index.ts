import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { FIELDS, type ArticleStage, type Field, type Tokens } from '../../types.js';

/**
 * The tokenize stage: wink-nlp splits each field into tokens and sentences and tags parts of speech; this
 * stage turns its output into flat arrays of character offsets into the field. White-space tokens are
 * dropped, and a line break always ends a sentence (a dump's lines are paragraphs).
 */
export function tokenizeStage(): ArticleStage {
  const tokenizer = createTokenizer();
  return {
    name: 'tokenize',
    requires: [],
    assigns: ['tokens'],
    run(doc) {
      const tokens = Object.fromEntries(FIELDS.map((field) => [field, tokenizer(doc.article[field])])) as Record<Field, Tokens>;
      return { ...doc, tokens };
    },
  };
}

export type Tokenizer = (text: string) => Tokens;

export function createTokenizer(): Tokenizer {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  return (text) => tokenize(nlp, text);
}

function tokenize(nlp: WinkMethods, text: string): Tokens {
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out();
  const tags = doc.tokens().out(its.pos);
  const sentenceOf = new Int32Array(values.length);
  (doc.sentences().out(its.span) as unknown as [number, number][]).forEach(([first, last], s) => sentenceOf.fill(s, first, last + 1));

  const starts: number[] = [];
  const ends: number[] = [];
  const pos: string[] = [];
  const sentence: number[] = [];
  let cursor = 0;
  let current = -1;
  let lastWinkSentence = -1;
  let lineBreak = false;
  values.forEach((value, i) => {
    const at = text.indexOf(value, cursor);
    if (at === -1) return; // wink normalised the token; it cannot be placed, so it is left out.
    cursor = at + value.length;
    if (value.trim() === '') {
      lineBreak ||= value.includes('\n') || value.includes('\r');
      return;
    }
    const winkSentence = sentenceOf[i] ?? 0;
    // wink-nlp ends sentences at some abbreviations ("(D-Mass.) said"): a sentence that opens with a closing
    // bracket or a lower-case word goes on the one before.
    const continues = /^[)\]}\p{Ll}]/u.test(value);
    if (current === -1 || lineBreak || (winkSentence !== lastWinkSentence && !continues)) current++;
    lineBreak = false;
    lastWinkSentence = winkSentence;
    starts.push(at);
    ends.push(cursor);
    pos.push(tags[i] ?? 'X');
    sentence.push(current);
  });
  const sentenceStarts = new Int32Array(current + 1);
  const sentenceEnds = new Int32Array(current + 1);
  for (let t = starts.length - 1; t >= 0; t--) sentenceStarts[sentence[t] as number] = starts[t] as number;
  for (let t = 0; t < starts.length; t++) sentenceEnds[sentence[t] as number] = ends[t] as number;
  return {
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    pos,
    sentence: Int32Array.from(sentence),
    sentenceStarts,
    sentenceEnds,
  };
}
