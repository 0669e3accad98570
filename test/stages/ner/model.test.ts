import { describe, expect, it } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import { ConfigError } from '../../../src/core/errors.js';
import { loadLexicon } from '../../../src/language/lexicon/index.js';
import { loadNerModel } from '../../../pipelines/stages.js';
import { decodeNerModel, encodeNerModel } from '../../../src/stages/ner/model-file.js';
import { Decoder, TAG_COUNT } from '../../../src/stages/ner/tagger.js';

describe('ner: model file', () => {
  it('test_ner_shipped_model_was_trained_with_the_current_gazetteer', () => {
    // Editing a gazetteer or lexicon changes the features: retrain with `npm run train`.
    expect(loadNerModel().header.about.lexiconFingerprint).toBe(loadLexicon().fingerprint);
  });

  it('test_ner_model_round_trips_through_its_file_format_with_any_feature_count', () => {
    const features = new Map([
      [7, Float32Array.from({ length: TAG_COUNT }, (_, k) => (k === 1 ? 2 : -0.5))],
      [4_000_000_000, Float32Array.from({ length: TAG_COUNT }, (_, k) => (k === 3 ? 1.5 : 0))],
      // An odd number of features: the arrays after the weights must still be aligned.
      [12345, Float32Array.from({ length: TAG_COUNT }, () => 0.25)],
    ]);
    const transitions = new Float32Array((TAG_COUNT + 1) * TAG_COUNT);
    const model = decodeNerModel(encodeNerModel({ lexiconFingerprint: 'x', training: {} }, features, transitions), 'test');
    const tags = new Decoder().decode(model, { hashes: Uint32Array.from([7, 4_000_000_000]), offsets: Uint32Array.from([0, 1, 2]) }, 0, 2);
    expect([...tags]).toEqual([1, 3]);
  });

  it('test_ner_broken_model_file_is_a_config_error', () => {
    expect(() => decodeNerModel(Buffer.from('not gzip'), 'm.bin.gz')).toThrow(ConfigError);
    expect(() => decodeNerModel(gzipSync(Buffer.from('WSNER0\nrest')), 'm.bin.gz')).toThrow(/not a whosaid model file/u);
  });
});
