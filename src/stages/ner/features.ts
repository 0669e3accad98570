import { kindBit, type Lexicon, MAX_PHRASE_TOKENS, nameKey, PHRASE_KINDS, type PhraseKind } from '../../lexicon/index.js';
import { fnv1a } from '../../hash.js';
import type { Tokens } from '../../types.js';

/**
 * Features of every token for the NER tagger, hashed to 32-bit integers. Changing a template changes what a
 * trained model means: bump FEATURE_VERSION and retrain (`npm run train:ner`).
 */
export const FEATURE_VERSION = 1;

/** Features of one token: a run of hashes. */
export type TokenFeatures = Uint32Array;

/** Kinds a name may be matched against even when written in lower case ("foreign minister"). */
const CASELESS_KINDS = kindBit('title') | kindBit('demonym');

/** One field's tokens with what the features are computed from. */
export interface FeatureSource {
  readonly text: string;
  readonly tokens: Tokens;
}

export function tokenFeatures(source: FeatureSource, lexicon: Lexicon): TokenFeatures[] {
  const { text, tokens } = source;
  const count = tokens.starts.length;
  const words = Array.from({ length: count }, (_, i) => text.slice(tokens.starts[i], tokens.ends[i]));
  const lower = words.map((word) => word.toLowerCase());
  const shapes = words.map(shapeOf);
  const keys = words.map(nameKey);
  const gazetteer = gazetteerTags(source, keys, words, lexicon);
  const lowerInDoc = new Set(words.filter((word) => /^\p{Ll}/u.test(word)));
  const upperSentence = sentenceCaps(tokens, words);

  const features: TokenFeatures[] = [];
  for (let i = 0; i < count; i++) {
    const f: number[] = [];
    const add = (template: string, value: string) => f.push(hashFeature(template, value));
    const at = (j: number, values: readonly string[]) => (j < 0 || tokens.sentence[j] !== tokens.sentence[i] ? '<s>' : j >= count ? '</s>' : (values[j] ?? '</s>'));
    const word = words[i] as string;
    const low = lower[i] as string;
    add('b', '');
    add('w', low);
    add('W', word);
    add('s', shapes[i] as string);
    for (let n = 1; n <= 3; n++) add(`p${n}`, low.slice(0, n));
    for (let n = 2; n <= 4; n++) add(`x${n}`, low.slice(-n));
    add('t', tokens.pos[i] as string);
    add('w-1', at(i - 1, lower));
    add('w+1', at(i + 1, lower));
    add('w-2', at(i - 2, lower));
    add('w+2', at(i + 2, lower));
    add('s-1', at(i - 1, shapes));
    add('s+1', at(i + 1, shapes));
    add('t-1', at(i - 1, tokens.pos));
    add('t+1', at(i + 1, tokens.pos));
    add('t-1t', `${at(i - 1, tokens.pos)}|${tokens.pos[i]}`);
    add('tt+1', `${tokens.pos[i]}|${at(i + 1, tokens.pos)}`);
    add('w-1w', `${at(i - 1, lower)}|${low}`);
    add('ww+1', `${low}|${at(i + 1, lower)}`);
    add('s-1s+1', `${at(i - 1, shapes)}|${shapes[i]}|${at(i + 1, shapes)}`);
    for (const tag of gazetteer[i] ?? []) add('g', tag);
    for (const tag of i > 0 && tokens.sentence[i - 1] === tokens.sentence[i] ? (gazetteer[i - 1] ?? []) : []) add('g-1', tag);
    for (const tag of i + 1 < count && tokens.sentence[i + 1] === tokens.sentence[i] ? (gazetteer[i + 1] ?? []) : []) add('g+1', tag);
    if (i === 0 || tokens.sentence[i - 1] !== tokens.sentence[i]) add('first', '');
    if (upperSentence[tokens.sentence[i] as number]) add('caps', shapes[i] as string);
    if (/^\p{Lu}/u.test(word) && lowerInDoc.has(low)) add('doclow', '');
    features.push(Uint32Array.from(f));
  }
  return features;
}

/**
 * Gazetteer tags of each token: `kind:B` / `kind:I` for the longest phrase of each kind that covers it,
 * looked up by the tokens' name keys. Phrases start at a capitalised token, except titles and demonyms.
 */
function gazetteerTags(source: FeatureSource, keys: readonly string[], words: readonly string[], lexicon: Lexicon): string[][] {
  const { tokens } = source;
  const count = keys.length;
  const tags: string[][] = Array.from({ length: count }, () => []);
  const covered = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const capitalised = /^\p{Lu}/u.test(words[i] as string);
    let key = '';
    const spans: { end: number; bits: number }[] = [];
    for (let j = i; j < Math.min(count, i + MAX_PHRASE_TOKENS); j++) {
      if (tokens.sentence[j] !== tokens.sentence[i]) break;
      key = j === i ? (keys[j] as string) : `${key}${(tokens.starts[j] as number) > (tokens.ends[j - 1] as number) ? ' ' : ''}${keys[j]}`;
      const bits = lexicon.phrases.kindsOf(key) & (capitalised ? ~0 : CASELESS_KINDS);
      if (bits !== 0) spans.push({ end: j + 1, bits });
    }
    for (const { end, bits } of spans.reverse()) {
      PHRASE_KINDS.forEach((kind: PhraseKind, k) => {
        const bit = 1 << k;
        if ((bits & bit) === 0 || (covered[i] as number) & bit) return;
        for (let t = i; t < end; t++) {
          tags[t]?.push(`${kind}:${t === i ? 'B' : 'I'}`);
          covered[t] = (covered[t] as number) | bit;
        }
      });
    }
  }
  return tags;
}

/** A word's shape with runs collapsed: `Wang` → `Xx`, `U.S.` → `X.X.`, `1996-08-30` → `d-d-d`. */
export function shapeOf(word: string): string {
  let shape = '';
  let last = '';
  for (const char of word) {
    const kind = /\p{Lu}/u.test(char) ? 'X' : /\p{Ll}/u.test(char) ? 'x' : /\p{N}/u.test(char) ? 'd' : char;
    if (kind !== last) shape += kind;
    last = kind;
  }
  return shape;
}

/** True for sentences written in capitals (headlines in wire copy), where case tells little. */
function sentenceCaps(tokens: Tokens, words: readonly string[]): boolean[] {
  const letters = new Map<number, { upper: number; all: number }>();
  words.forEach((word, i) => {
    const s = tokens.sentence[i] as number;
    const count = letters.get(s) ?? { upper: 0, all: 0 };
    for (const char of word) {
      if (/\p{Lu}/u.test(char)) count.upper++;
      if (/\p{L}/u.test(char)) count.all++;
    }
    letters.set(s, count);
  });
  return Array.from({ length: tokens.sentenceStarts.length }, (_, s) => {
    const count = letters.get(s);
    return count !== undefined && count.all >= 8 && count.upper / count.all > 0.7;
  });
}

/** A feature's hash: the template name, a separator, the value. */
function hashFeature(template: string, value: string): number {
  return fnv1a(value, fnv1a(`${template}\u001f`));
}
