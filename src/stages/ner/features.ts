import { combineHashes, fnv1a } from '../../core/hash.js';
import { BoundedCache } from '../../language/model/bounded-cache.js';
import { kindBit, type Lexicon, MAX_PHRASE_TOKENS, nameKey, PHRASE_KINDS, plainTypography } from '../../language/lexicon/index.js';
import { WORD_CLUSTERS_PER_LEVEL } from '../../language/lexicon/sources.js';
import type { Tokens } from '../../core/types.js';

/**
 * Features of every token for the NER tagger, hashed to 32-bit integers. Values are hashed once per token
 * and combined with template numbers, so the hot loop builds no strings. Changing a template changes what a
 * trained model means: bump FEATURE_VERSION and retrain (`npm run train`).
 */
export const FEATURE_VERSION = 3;

/**
 * Features of a run of tokens, in compressed rows: token i has `hashes[offsets[i] .. offsets[i + 1])`. Where
 * `words` is given, the first WORD_FEATURES of a row depend on the token's word alone, and `words[i]` is that
 * word: the same object for the same word while the word cache holds it, so that a model may sum those
 * features once per word.
 */
export interface FeatureMatrix {
  readonly hashes: Uint32Array;
  readonly offsets: Uint32Array;
  readonly words?: readonly object[];
}

/** How many features of a token, first in its row, depend on its word alone (see `wordFeatures`). */
export const WORD_FEATURES = 13;

/** Kinds a name may be matched against even when written in lower case ("foreign minister"). */
const CASELESS_KINDS = kindBit('title') | kindBit('demonym');

/** One field's tokens with what the features are computed from. */
export interface FeatureSource {
  readonly text: string;
  readonly tokens: Tokens;
  /** Tokens (1 by index) the tagger reads; the others get no features. All when not given. */
  readonly reads?: Uint8Array;
}

const TEMPLATES = [
  'bias', 'word', 'raw', 'shape', 'prefix1', 'prefix2', 'prefix3', 'suffix2', 'suffix3', 'suffix4', 'pos',
  'word-1', 'word+1', 'word-2', 'word+2', 'shape-1', 'shape+1', 'pos-1', 'pos+1', 'pos-1|pos', 'pos|pos+1',
  'word-1|word', 'word|word+1', 'shape-1|shape|shape+1', 'gazetteer', 'gazetteer-1', 'gazetteer+1', 'first', 'caps', 'doclow',
  'cluster', 'coarse', 'coarse|shape', 'coarse-1', 'coarse+1', 'docupper', 'cluster-1', 'cluster+1', 'cluster|first',
] as const;
const T = Object.fromEntries(TEMPLATES.map((name) => [name, fnv1a(name)])) as Record<(typeof TEMPLATES)[number], number>;
const OUTSIDE = fnv1a('<s>');
const AFFIX_TEMPLATES = [T.prefix1, T.prefix2, T.prefix3, T.suffix2, T.suffix3, T.suffix4];
/** The cluster value of a word the clusters do not know (rare words, most of them names). */
const NO_CLUSTER = 0xffff;

/** What the features need of a word, computed once per distinct word. */
interface WordInfo {
  readonly lower: string;
  readonly key: string;
  readonly lowHash: number;
  readonly shapeHash: number;
  /**
   * The WORD_FEATURES features of the word alone: bias, the word, as written, its shape, its 1-, 2- and 3-letter
   * prefixes and 2-, 3- and 4-letter suffixes, its cluster, its coarse cluster, and that with its shape.
   */
  readonly wordFeatures: Uint32Array;
  readonly upper: boolean;
  readonly lowerStart: boolean;
  readonly capitals: number;
  readonly letters: number;
  /** The word's cluster and its coarse cluster (NO_CLUSTER for a word the clusters do not know). */
  readonly cluster: number;
  readonly coarse: number;
  /** The gazetteer kinds of the word alone, and whether a longer phrase starts with it. */
  readonly phraseKinds: number;
  readonly phraseContinues: boolean;
}

/** What the features need of each word, computed once per distinct word. */
export class WordCache extends BoundedCache<WordInfo> {
  constructor(lexicon: Lexicon) {
    super((written) => wordInfo(written, lexicon), WORD_CACHE_LIMIT);
  }
}

const WORD_CACHE_LIMIT = 20_000;

function wordInfo(written: string, lexicon: Lexicon): WordInfo {
  const word = plainTypography(written);
  const lower = word.toLowerCase();
  const key = nameKey(word);
  const cluster = lexicon.wordClusters.get(lower) ?? NO_CLUSTER;
  const shape = shapeOf(word);
  const lowHash = fnv1a(lower);
  const rawHash = fnv1a(word);
  const shapeHash = fnv1a(shape);
  const coarse = cluster === NO_CLUSTER ? NO_CLUSTER : Math.floor(cluster / WORD_CLUSTERS_PER_LEVEL);
  const affixes = [lower.slice(0, 1), lower.slice(0, 2), lower.slice(0, 3), lower.slice(-2), lower.slice(-3), lower.slice(-4)];
  const wordFeatures = Uint32Array.of(
    combineHashes(T.bias, 0),
    combineHashes(T.word, lowHash),
    combineHashes(T.raw, rawHash),
    combineHashes(T.shape, shapeHash),
    ...affixes.map((affix, a) => combineHashes(AFFIX_TEMPLATES[a] as number, fnv1a(affix))),
    combineHashes(T.cluster, cluster),
    combineHashes(T.coarse, coarse),
    combineHashes(T['coarse|shape'], combineHashes(coarse, shapeHash)),
  );
  let capitals = 0;
  let letters = 0;
  for (const char of word) {
    const kind = charKind(char);
    if (kind === 'X') capitals++;
    if (kind === 'X' || kind === 'x') letters++;
  }
  return {
    lower,
    key,
    lowHash,
    shapeHash,
    wordFeatures,
    upper: /^\p{Lu}/u.test(word),
    lowerStart: /^\p{Ll}/u.test(word),
    capitals,
    letters,
    cluster,
    coarse,
    phraseKinds: lexicon.phrases.kindsOf(key),
    phraseContinues: lexicon.phrases.mayContinue(key),
  };
}

/**
 * The features of every token of `source`. The matrix's hashes are in `hashes`, which a stage keeps from
 * field to field: they are valid until its next use.
 */
export function tokenFeatures(source: FeatureSource, lexicon: Lexicon, cache: WordCache, hashes = new FeatureBuffer()): FeatureMatrix {
  const { text, tokens } = source;
  const count = tokens.starts.length;
  // Filled in one loop: `Uint32Array.from` with a map function goes through V8's slow generic path.
  const infos: WordInfo[] = new Array(count);
  const lowHash = new Uint32Array(count);
  const shapeHash = new Uint32Array(count);
  const posHash = new Uint32Array(count);
  const cluster = new Uint32Array(count);
  const coarse = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const info = cache.get(tokens.words[i] as string);
    infos[i] = info;
    lowHash[i] = info.lowHash;
    shapeHash[i] = info.shapeHash;
    posHash[i] = fnv1a(tokens.pos[i] as string);
    cluster[i] = info.cluster;
    coarse[i] = info.coarse;
  }
  const gazetteer = gazetteerCodes(tokens, infos, lexicon, source.reads && sentencesRead(tokens, source.reads));
  const lowerInDoc = new Set(infos.filter((info) => info.lowerStart).map((info) => info.lower));
  // Words written with a capital inside a sentence somewhere in the field: names, whatever their place here.
  const upperInDoc = new Set(infos.filter((info, i) => info.upper && i > 0 && tokens.sentence[i - 1] === tokens.sentence[i] && /\p{L}/u.test(text.charAt(tokens.starts[i - 1] as number))).map((info) => info.lower));
  const upperSentence = sentenceCaps(tokens, infos);

  hashes.reset(count * TEMPLATES.length);
  const offsets = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++) {
    const sentence = tokens.sentence[i] as number;
    if (source.reads?.[i] === 0) {
      offsets[i + 1] = hashes.length;
      continue;
    }
    const info = infos[i] as WordInfo;
    for (let w = 0; w < WORD_FEATURES; w++) hashes.push(info.wordFeatures[w] as number);
    hashes.add(T.pos, posHash[i] as number);
    hashes.add(T['word-1'], near(tokens.sentence, sentence, i - 1, lowHash));
    hashes.add(T['word+1'], near(tokens.sentence, sentence, i + 1, lowHash));
    hashes.add(T['word-2'], near(tokens.sentence, sentence, i - 2, lowHash));
    hashes.add(T['word+2'], near(tokens.sentence, sentence, i + 2, lowHash));
    hashes.add(T['shape-1'], near(tokens.sentence, sentence, i - 1, shapeHash));
    hashes.add(T['shape+1'], near(tokens.sentence, sentence, i + 1, shapeHash));
    hashes.add(T['pos-1'], near(tokens.sentence, sentence, i - 1, posHash));
    hashes.add(T['pos+1'], near(tokens.sentence, sentence, i + 1, posHash));
    hashes.add(T['pos-1|pos'], combineHashes(near(tokens.sentence, sentence, i - 1, posHash), posHash[i] as number));
    hashes.add(T['pos|pos+1'], combineHashes(posHash[i] as number, near(tokens.sentence, sentence, i + 1, posHash)));
    hashes.add(T['word-1|word'], combineHashes(near(tokens.sentence, sentence, i - 1, lowHash), lowHash[i] as number));
    hashes.add(T['word|word+1'], combineHashes(lowHash[i] as number, near(tokens.sentence, sentence, i + 1, lowHash)));
    hashes.add(T['shape-1|shape|shape+1'], combineHashes(combineHashes(near(tokens.sentence, sentence, i - 1, shapeHash), shapeHash[i] as number), near(tokens.sentence, sentence, i + 1, shapeHash)));
    for (const code of gazetteer[i] ?? []) hashes.add(T.gazetteer, code);
    if (i > 0 && tokens.sentence[i - 1] === sentence) for (const code of gazetteer[i - 1] ?? []) hashes.add(T['gazetteer-1'], code);
    if (i + 1 < count && tokens.sentence[i + 1] === sentence) for (const code of gazetteer[i + 1] ?? []) hashes.add(T['gazetteer+1'], code);
    if (i === 0 || tokens.sentence[i - 1] !== sentence) hashes.add(T.first, 0);
    if (upperSentence[sentence]) hashes.add(T.caps, shapeHash[i] as number);
    if (!info.lowerStart && lowerInDoc.has(info.lower)) hashes.add(T.doclow, 0);
    if (info.upper && upperInDoc.has(info.lower)) hashes.add(T.docupper, 0);
    hashes.add(T['coarse-1'], near(tokens.sentence, sentence, i - 1, coarse));
    hashes.add(T['coarse+1'], near(tokens.sentence, sentence, i + 1, coarse));
    hashes.add(T['cluster-1'], near(tokens.sentence, sentence, i - 1, cluster));
    hashes.add(T['cluster+1'], near(tokens.sentence, sentence, i + 1, cluster));
    if (i === 0 || tokens.sentence[i - 1] !== sentence) hashes.add(T['cluster|first'], cluster[i] as number);
    offsets[i + 1] = hashes.length;
  }
  return { hashes: hashes.values(), offsets, words: infos };
}

/** `values[j]`, or OUTSIDE when token j is not in the sentence. */
function near(sentenceOf: ArrayLike<number>, sentence: number, j: number, values: Uint32Array): number {
  return j < 0 || j >= values.length || sentenceOf[j] !== sentence ? OUTSIDE : (values[j] as number);
}

/** Feature hashes as they are made, in a typed array that grows and is reused: no boxed numbers, little garbage. */
export class FeatureBuffer {
  private buffer = new Uint32Array(1024);
  length = 0;

  /** Starts again, with room for `expected` hashes; what `values` gave before is overwritten from here on. */
  reset(expected: number): void {
    this.length = 0;
    if (this.buffer.length < expected) this.buffer = new Uint32Array(expected);
  }

  add(template: number, value: number): void {
    this.push(combineHashes(template, value));
  }

  /** Adds a feature hash made already. */
  push(hash: number): void {
    if (this.length === this.buffer.length) {
      const grown = new Uint32Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = hash;
  }

  values(): Uint32Array {
    return this.buffer.subarray(0, this.length);
  }
}

/**
 * Gazetteer codes of each token: for the longest phrase of each kind that covers it, `2 × kind + 1` on its
 * first token and `2 × kind + 2` on the others. Phrases start at a capitalised token, except titles and demonyms.
 */
function gazetteerCodes(tokens: Tokens, infos: readonly WordInfo[], lexicon: Lexicon, sentences?: Uint8Array): (number[] | undefined)[] {
  const count = infos.length;
  const codes: (number[] | undefined)[] = new Array(count);
  const covered = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    // A phrase stays in its sentence, and a sentence the tagger reads none of needs none.
    if (sentences?.[tokens.sentence[i] as number] === 0) continue;
    const first = infos[i] as WordInfo;
    const allowed = first.upper ? ~0 : CASELESS_KINDS;
    if ((first.phraseKinds & allowed) === 0 && !first.phraseContinues) continue;
    const spans: { end: number; bits: number }[] = [];
    if ((first.phraseKinds & allowed) !== 0) spans.push({ end: i + 1, bits: first.phraseKinds & allowed });
    let key = first.key;
    let continues = first.phraseContinues;
    for (let j = i + 1; continues && j < Math.min(count, i + MAX_PHRASE_TOKENS) && tokens.sentence[j] === tokens.sentence[i]; j++) {
      key = `${key}${(tokens.starts[j] as number) > (tokens.ends[j - 1] as number) ? ' ' : ''}${(infos[j] as WordInfo).key}`;
      const bits = lexicon.phrases.kindsOf(key) & allowed;
      if (bits !== 0) spans.push({ end: j + 1, bits });
      continues = lexicon.phrases.mayContinue(key);
    }
    for (const { end, bits } of spans.reverse()) {
      for (let k = 0; k < PHRASE_KINDS.length; k++) {
        const bit = 1 << k;
        if ((bits & bit) === 0 || ((covered[i] as number) & bit) !== 0) continue;
        for (let t = i; t < end; t++) {
          (codes[t] ??= []).push(2 * k + (t === i ? 1 : 2));
          covered[t] = (covered[t] as number) | bit;
        }
      }
    }
  }
  return codes;
}

/** A word's shape with runs collapsed: `Wang` → `Xx`, `U.S.` → `X.X.`, `1996-08-30` → `d-d-d`. */
export function shapeOf(word: string): string {
  let shape = '';
  let last = '';
  for (const char of word) {
    const kind = charKind(char);
    if (kind !== last) shape += kind;
    last = kind;
  }
  return shape;
}

/** `X` upper-case letter, `x` other letter, `d` digit, else the character itself; ASCII without regexes. */
function charKind(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 128) {
    if (code >= 65 && code <= 90) return 'X';
    if (code >= 97 && code <= 122) return 'x';
    if (code >= 48 && code <= 57) return 'd';
    return char;
  }
  return /\p{Lu}/u.test(char) ? 'X' : /\p{L}/u.test(char) ? 'x' : /\p{N}/u.test(char) ? 'd' : char;
}

/** Sentences (1 by index) the tagger reads a token of. */
function sentencesRead(tokens: Tokens, reads: Uint8Array): Uint8Array {
  const sentences = new Uint8Array(tokens.sentenceStarts.length);
  reads.forEach((read, i) => {
    if (read === 1) sentences[tokens.sentence[i] as number] = 1;
  });
  return sentences;
}

/** True for sentences written in capitals (headlines in wire copy), where case tells little. */
function sentenceCaps(tokens: Tokens, infos: readonly WordInfo[]): boolean[] {
  const upper = new Int32Array(tokens.sentenceStarts.length);
  const letters = new Int32Array(tokens.sentenceStarts.length);
  infos.forEach((info, i) => {
    const s = tokens.sentence[i] as number;
    upper[s] = (upper[s] as number) + info.capitals;
    letters[s] = (letters[s] as number) + info.letters;
  });
  return Array.from(letters, (all, s) => all >= 8 && (upper[s] as number) / all > 0.7);
}
