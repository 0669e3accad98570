import type { Lexicon } from '../../language/lexicon/index.js';
import { decodeLinearModel, type LinearModel } from '../../language/model/linear-model.js';
import { FIELDS, type ArticleStage, type Field, type Tokens } from '../../core/types.js';
import { POS_FEATURE_VERSION, PosWordCache, tagHashes, tagSentence } from './pos.js';
import { sentenceOf } from './sentences.js';
import { tokenSpans } from './tokens.js';

export const POS_MODEL_KIND = 'whosaid-pos';

/** The POS model with its dictionary of unambiguous words (word → tag index). */
export interface PosModel {
  readonly model: LinearModel;
  readonly dictionary: ReadonlyMap<string, number>;
}

/** The POS model from the bytes of its file (`name` is for messages). */
export function decodePosModel(bytes: Buffer, name: string): PosModel {
  return posModel(decodeLinearModel(bytes, name, { kind: POS_MODEL_KIND, featureVersion: POS_FEATURE_VERSION, tags: [] }, 'npm run train'));
}

export function posModel(model: LinearModel): PosModel {
  return { model, dictionary: new Map(Object.entries((model.header.about['dictionary'] ?? {}) as Record<string, number>)) };
}

/**
 * The tokenize stage: each field becomes tokens (offsets), sentences and universal parts of speech, as flat
 * arrays. Everything here is a function of the field's text alone, so an article is tokenized the same way
 * whatever was read before it (wink-nlp's tokenizer and tagger are not: their cache learns from the text
 * they read, so that "Clinton's" is split or not depending on earlier articles).
 */
export function tokenizeStage(tokenize: Tokenizer): ArticleStage<never, 'tokens'> {
  return {
    name: 'tokenize',
    requires: [],
    assigns: ['tokens'],
    run(doc) {
      const tokens = Object.fromEntries(FIELDS.map((field) => [field, tokenize(doc.article[field])])) as Record<Field, Tokens>;
      return { ...doc, tokens };
    },
  };
}

export type Tokenizer = (text: string) => Tokens;

/** Tags of a word that may be the subject right before its verb. */
const SUBJECT_TAGS: ReadonlySet<string> = new Set(['PROPN', 'PRON']);
/** Tags of a noun. */
const NOUN_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
/** The articles: a determiner such as "both" or "which" may stand before a verb ("has both endorsed Mr. Trump"). */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** A past participle's ending, and an adverb's. */
const PARTICIPLE = /(?:ed|en)$/u;
const ADVERB = /\p{L}ly$/u;
/**
 * An adverb made from an adjective or a participle ("jokingly", "reportedly", "seriously", "similarly"): the
 * tagger, which rarely saw them, reads some as nouns or names, and "Trump jokingly said" has no subject.
 */
const DERIVED_ADVERB = /^\p{L}{3,}(?:ing|ed|ous|ful|ic|ical|ive|ent|ant|ate|less|ab|al|ar)ly$/u;
/** Articles of one thing, after which a noun and a verb's bare form are one compound noun ("a conference call"). */
const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

export function createTokenizer(lexicon: Lexicon, pos: PosModel): Tokenizer {
  const { titles, starters } = lexicon.tokens;
  const tags = pos.model.header.tags;
  const hashes = tagHashes(tags);
  const cache = new PosWordCache();
  return (text) => {
    const spans = tokenSpans(text, lexicon.tokens);
    const sentence = sentenceOf(text, spans, { titles, starters });
    const words = spans.starts.map((start, i) => text.slice(start, spans.ends[i]));
    const upos: string[] = new Array<string>(words.length);
    let from = 0;
    for (let i = 1; i <= words.length; i++) {
      if (i < words.length && sentence[i] === sentence[i - 1]) continue;
      tagSentence(words.slice(from, i), pos.model, pos.dictionary, hashes, cache).forEach((tag, k) => {
        upos[from + k] = tags[tag] as string;
      });
      from = i;
    }
    // "Trump jokingly said": an adverb made from an adjective or a participle, whatever the tagger read.
    words.forEach((word, i) => {
      if (upos[i] !== 'ADV' && word.endsWith('ly') && DERIVED_ADVERB.test(word.toLowerCase())) upos[i] = 'ADV';
    });
    // '"…," Smith wrote.': a verb in the past tense right after a name or a pronoun is its verb, though the
    // tagger, trained on wire copy that writes "said", read a noun. "The Asahi daily reported": an outlet's noun
    // between a noun and a verb is that noun, though the tagger read an adverb. "On a conference call that": a
    // speech verb's bare form after "a" and a noun is a noun (no verb's bare form agrees with "a" noun).
    // Each test reads the tags first: a word is lower-cased only where they match (this runs on every token).
    const lower = (i: number) => (words[i] as string).toLowerCase();
    for (let i = 1; i < words.length; i++) {
      if (sentence[i] !== sentence[i - 1]) continue;
      if (upos[i] === 'NOUN' && SUBJECT_TAGS.has(upos[i - 1] as string) && lexicon.pastTenses.has(lower(i))) upos[i] = 'VERB';
      else if (upos[i] === 'ADV' && NOUN_TAGS.has(upos[i - 1] as string) && upos[i + 1] === 'VERB' && sentence[i + 1] === sentence[i] && lexicon.cues.heads.get(lower(i)) === 'outlet') upos[i] = 'NOUN';
      else if (upos[i] === 'VERB' && upos[i - 1] === 'NOUN' && sentence[i - 2] === sentence[i] && INDEFINITE_ARTICLES.has(lower(i - 2)) && upos[i - 3] !== 'VERB' && lexicon.cues.verbs.get(lower(i))?.lemma === lower(i)) upos[i] = 'NOUN';
      else if (upos[i] === 'VERB' && upos[i + 1] === 'PROPN' && sentence[i + 1] === sentence[i] && PARTICIPLE.test(lower(i))) {
        // "a visibly shaken Senator Tom Daschle told": a participle between an article (and an adverb in -ly,
        // which the tagger may read as a noun) and a name modifies the name, as an adjective does.
        const adverb = ADVERB.test(lower(i - 1)) && sentence[i - 1] === sentence[i];
        const article = adverb ? i - 2 : i - 1;
        if (sentence[article] === sentence[i] && ARTICLES.has(lower(article))) {
          upos[i] = 'ADJ';
          if (adverb) upos[i - 1] = 'ADV';
        }
      }
    }
    const count = sentence.length === 0 ? 0 : (sentence[sentence.length - 1] as number) + 1;
    const sentenceStarts = new Int32Array(count);
    const sentenceEnds = new Int32Array(count);
    for (let t = words.length - 1; t >= 0; t--) sentenceStarts[sentence[t] as number] = spans.starts[t] as number;
    for (let t = 0; t < words.length; t++) sentenceEnds[sentence[t] as number] = spans.ends[t] as number;
    return { starts: Int32Array.from(spans.starts), ends: Int32Array.from(spans.ends), words, pos: upos, sentence, sentenceStarts, sentenceEnds };
  };
}
