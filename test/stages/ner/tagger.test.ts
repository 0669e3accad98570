import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { linearModel } from '../../../src/language/model/linear-model.js';
import { FeatureBuffer, tokenFeatures, WORD_FEATURES, WordCache } from '../../../src/stages/ner/features.js';
import { readTokens } from '../../../src/stages/ner/find.js';
import { loadNerModel } from '../../../pipelines/stages.js';
import { nerModel } from '../../../src/stages/ner/model-file.js';
import { Decoder, TAG_COUNT, TAGS, type Weights } from '../../../src/stages/ner/tagger.js';
import { createTokenizer } from '../../../src/stages/tokenize/index.js';
import type { Tokens } from '../../../src/core/types.js';
import { SAMPLES, testModels } from '../../helpers.js';

/** `[from, to)` token ranges of the sentences. */
function sentenceRanges(tokens: Tokens): [number, number][] {
  const ranges: [number, number][] = [];
  for (let from = 0, i = 1; i <= tokens.starts.length; i++) {
    if (i < tokens.starts.length && tokens.sentence[i] === tokens.sentence[i - 1]) continue;
    ranges.push([from, i]);
    from = i;
  }
  return ranges;
}

describe('ner: tagger', () => {
  const { lexicon, pos } = testModels();
  const tokenize = createTokenizer(lexicon, pos);
  const texts = SAMPLES.map((file) => readFileSync(file, 'utf8'));

  it('test_ner_emissions_with_the_words_own_features_summed_once_equal_the_full_sums', () => {
    const shipped = loadNerModel();
    const cache = new WordCache(lexicon);
    // One model for all texts: the words met again take their kept sums.
    const keeping = nerModel(linearModel(shipped.data));
    const summing = nerModel(linearModel(shipped.data));
    // The same words in other roles ("that", "said", "Ohio"), so that a feature of the context would show.
    const roles = 'Smith said that the plan failed. That plan was said to fail. The Ohio plan is the plan that Ohio backs.';
    for (const text of [...texts, roles]) {
      const tokens = tokenize(text);
      const features = tokenFeatures({ text, tokens }, lexicon, cache);
      const { hashes, offsets, words = [] } = features;
      // What is kept with a word is the same wherever the word stands.
      const rowOf = new Map<object, string>();
      words.forEach((word, i) => {
        const row = hashes.subarray(offsets[i], (offsets[i] as number) + WORD_FEATURES).join();
        expect(rowOf.get(word) ?? row).toBe(row);
        rowOf.set(word, row);
      });
      for (const [from, to] of sentenceRanges(tokens)) {
        expect([...keeping.emissions(features, from, to)]).toEqual([...summing.emissions({ hashes, offsets }, from, to)]);
      }
    }
  });

  it('test_ner_the_tagger_reads_only_tokens_near_a_capital_other_than_an_opening_function_word', () => {
    const text = 'The plan failed in the end. He said it was over. Oh, it was close. But the iPhone sold well in the end, said the company in a statement on its website.';
    const tokens = tokenize(text);
    const reads = readTokens(tokens, lexicon);
    const read = (sentence: number) => Array.from(tokens.starts, (start, i) => [text.slice(start, tokens.ends[i]), i] as const).filter(([, i]) => tokens.sentence[i] === sentence && reads[i] === 1).map(([word]) => word);
    expect([read(0), read(1), read(2)]).toEqual([[], [], []]);
    expect(read(3)).toEqual(['But', 'the', 'iPhone', 'sold', 'well']);
    const features = tokenFeatures({ text, tokens, reads }, lexicon, new WordCache(lexicon));
    const rows = Array.from({ length: tokens.starts.length }, (_, i) => (features.offsets[i + 1] as number) - (features.offsets[i] as number));
    expect(rows.map((row, i) => (row === 0) === (reads[i] === 0))).not.toContain(false);
  });

  it('test_ner_decoder_and_model_reused_across_sentences_tag_as_fresh_ones', () => {
    const shipped = loadNerModel();
    const text = texts[0] as string;
    const tokens = tokenize(text);
    const features = tokenFeatures({ text, tokens }, lexicon, new WordCache(lexicon));
    // Longest first: every shorter sentence then meets tables that hold another sentence's numbers.
    const ranges = sentenceRanges(tokens).sort(([a, b], [c, d]) => d - c - (b - a));
    expect(ranges.length).toBeGreaterThan(10);
    const decoder = new Decoder();
    const found = new Set<number>();
    for (const [from, to] of ranges) {
      const fresh = nerModel(linearModel(shipped.data));
      // Exact sums: a left-over sum of the sentence before is small once scaled, and may not change a tag.
      expect([...shipped.emissions(features, from, to)]).toEqual([...fresh.emissions(features, from, to)]);
      const reused = [...decoder.decode(shipped, features, from, to)];
      expect(reused).toEqual([...new Decoder().decode(fresh, features, from, to)]);
      reused.forEach((tag) => found.add(tag));
    }
    // Not all "O": the sentences name people and places.
    expect(found.size).toBeGreaterThan(2);
  });

  it('test_ner_stretches_split_where_the_sentence_decodes_outside_any_name_decode_as_the_sentence_does', () => {
    const shipped = loadNerModel();
    const text = texts[0] as string;
    const tokens = tokenize(text);
    const features = tokenFeatures({ text, tokens }, lexicon, new WordCache(lexicon));
    const decoder = new Decoder();
    let splits = 0;
    for (const [from, to] of sentenceRanges(tokens)) {
      const whole = [...decoder.decode(shipped, features, from, to)];
      // The best path through a token tagged O is the best path of the stretch before it ending before an O, then O,
      // then the best of the stretch after it starting after an O: exactly what the tagger decodes.
      for (let p = from + 1; p < to - 1; p++) {
        if (whole[p - from] !== 0) continue;
        const before = [...decoder.decode(shipped, features, from, p, { afterOutside: false, beforeOutside: true })];
        const after = [...decoder.decode(shipped, features, p + 1, to, { afterOutside: true, beforeOutside: false })];
        expect([...before, 0, ...after]).toEqual(whole);
        splits++;
      }
    }
    expect(splits).toBeGreaterThan(100);
  });

  it('test_ner_decoder_never_starts_a_sentence_inside_a_name_even_when_the_scores_favour_it', () => {
    // Two tokens; the first may be anything but I-PER, which the second wants: only B-PER leads there.
    const emission = Float64Array.from({ length: 2 * TAG_COUNT }, (_, i) => (i === TAG_COUNT + TAGS.indexOf('I-PER') ? 10 : -50));
    const weights: Weights = { emissions: () => emission, transitions: new Float64Array((TAG_COUNT + 1) * TAG_COUNT) };
    const decoder = new Decoder();
    for (let run = 0; run < 2; run++) {
      const tags = [...decoder.decode(weights, { hashes: new Uint32Array(0), offsets: new Uint32Array(3) }, 0, 2)];
      expect(tags.map((k) => TAGS[k])).toEqual(['B-PER', 'I-PER']);
    }
  });

  it('test_ner_feature_buffer_reused_for_another_text_gives_its_own_features', () => {
    const cache = new WordCache(lexicon);
    const buffer = new FeatureBuffer();
    const [long, short] = [...texts].sort((a, b) => b.length - a.length) as [string, string];
    tokenFeatures({ text: long, tokens: tokenize(long) }, lexicon, cache, buffer);
    const reused = tokenFeatures({ text: short, tokens: tokenize(short) }, lexicon, cache, buffer);
    const fresh = tokenFeatures({ text: short, tokens: tokenize(short) }, lexicon, cache);
    expect([...reused.hashes]).toEqual([...fresh.hashes]);
    expect([...reused.offsets]).toEqual([...fresh.offsets]);
  });
});
