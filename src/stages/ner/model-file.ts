import { gunzipSync, gzipSync } from 'node:zlib';
import { ConfigError } from '../../errors.js';
import { FEATURE_VERSION } from './features.js';
import { TAG_COUNT, TAGS, type Weights } from './tagger.js';
import { HashIndex } from './weights-table.js';

/** What the model file says about itself. */
export interface ModelHeader {
  readonly format: 'whosaid-ner';
  readonly featureVersion: number;
  /** Fingerprint of the gazetteer the model was trained with (`Lexicon.fingerprint`). */
  readonly lexiconFingerprint: string;
  readonly tags: readonly string[];
  readonly features: number;
  /** Weights are stored as int16; multiply by this to get them back. */
  readonly scale: number;
  /** How it was trained: data file and its sha256, epochs, seed. */
  readonly training: Readonly<Record<string, string | number>>;
}

const MAGIC = 'WSNER2\n';

/**
 * The model file: magic line, header length (uint32), header JSON, then feature hashes (uint32, sorted),
 * transitions (float32) and weights (int16, TAG_COUNT a feature), all little-endian, gzipped. The int16
 * weights come last so that every array starts at an offset that is a multiple of its element size.
 */
export function encodeModel(
  header: Omit<ModelHeader, 'format' | 'features' | 'scale' | 'tags' | 'featureVersion'>,
  features: ReadonlyMap<number, Float32Array>,
  transitions: Float32Array,
): Buffer {
  const keys = Uint32Array.from([...features.keys()].sort((a, b) => a - b));
  let max = 0;
  for (const row of features.values()) for (const value of row) max = Math.max(max, Math.abs(value));
  const scale = max / 32767 || 1;
  const weights = new Int16Array(keys.length * TAG_COUNT);
  keys.forEach((key, i) => (features.get(key) as Float32Array).forEach((value, k) => (weights[i * TAG_COUNT + k] = Math.round(value / scale))));
  const full: ModelHeader = { format: 'whosaid-ner', featureVersion: FEATURE_VERSION, tags: [...TAGS], features: keys.length, scale, ...header };
  const json = Buffer.from(JSON.stringify(full));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  return gzipSync(Buffer.concat([Buffer.from(MAGIC), length, json, Buffer.from(keys.buffer), Buffer.from(transitions.buffer), Buffer.from(weights.buffer)]), { level: 9 });
}

/** A loaded model: the tagger's weights and the header that says what it was trained with. */
export interface LoadedModel extends Weights {
  readonly header: ModelHeader;
}

/** Reads a model file; a file that is not one, or was made for other features or tags, is a ConfigError. */
export function decodeModel(file: Buffer, name: string): LoadedModel {
  const fail = (what: string, cause?: unknown) =>
    new ConfigError(`${name}: ${what}; retrain it with \`npm run train:ner\` or restore it from the repository`, { cause });
  let bytes: Buffer;
  try {
    bytes = gunzipSync(file);
  } catch (error) {
    throw fail('not a gzip file', error);
  }
  if (bytes.subarray(0, MAGIC.length).toString() !== MAGIC) throw fail('not a whosaid NER model');
  const headerLength = bytes.readUInt32LE(MAGIC.length);
  const headerEnd = MAGIC.length + 4 + headerLength;
  const header = JSON.parse(bytes.subarray(MAGIC.length + 4, headerEnd).toString()) as ModelHeader;
  if (header.featureVersion !== FEATURE_VERSION) throw fail(`made for feature version ${header.featureVersion}, the code has ${FEATURE_VERSION}`);
  if (header.tags.join() !== TAGS.join()) throw fail(`made for tags ${header.tags.join()}, the code has ${TAGS.join()}`);
  const aligned = new Uint8Array(bytes.subarray(headerEnd)); // a copy at offset 0, so typed arrays are aligned
  const n = header.features;
  const expected = n * 4 + n * TAG_COUNT * 2 + (TAG_COUNT + 1) * TAG_COUNT * 4;
  if (aligned.length !== expected) throw fail(`expected ${expected} bytes of weights, found ${aligned.length}`);
  const keys = new Uint32Array(aligned.buffer, aligned.byteOffset, n);
  const transitions = new Float32Array(aligned.buffer, aligned.byteOffset + n * 4, (TAG_COUNT + 1) * TAG_COUNT);
  const quantised = new Int16Array(aligned.buffer, aligned.byteOffset + n * 4 + (TAG_COUNT + 1) * TAG_COUNT * 4, n * TAG_COUNT);
  const weights = Float32Array.from(quantised, (value) => value * header.scale);
  const index = new HashIndex(keys);
  return {
    header,
    transitions: Float64Array.from(transitions),
    emissions({ hashes, offsets }, from, to) {
      const scores = new Float64Array((to - from) * TAG_COUNT);
      for (let i = from; i < to; i++) {
        const out = (i - from) * TAG_COUNT;
        for (let f = offsets[i] as number; f < (offsets[i + 1] as number); f++) {
          const row = index.get(hashes[f] as number);
          if (row === -1) continue;
          const at = row * TAG_COUNT;
          for (let k = 0; k < TAG_COUNT; k++) scores[out + k] = (scores[out + k] as number) + (weights[at + k] as number);
        }
      }
      return scores;
    },
  };
}
