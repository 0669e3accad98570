import { gunzipSync, gzipSync } from 'node:zlib';
import { ConfigError } from '../../core/errors.js';
import { InlineTable, type InlineTableData } from './inline-table.js';

/**
 * The file of a linear model (the NER and POS taggers): per feature hash, one weight per tag, plus an extra
 * float array (the NER's tag transitions). Layout: magic line, header length (uint32), header JSON, feature
 * hashes (uint32, sorted), extra (float32), weights (int16, one row of `tags.length` per feature), all
 * little-endian, gzipped. The int16 weights come last so every array starts aligned to its element size.
 */
export interface LinearModelHeader {
  /** What the model is, e.g. `whosaid-ner`. */
  readonly kind: string;
  readonly featureVersion: number;
  readonly tags: readonly string[];
  readonly features: number;
  readonly extra: number;
  /** Weights are stored as int16; multiply by this to get them back. */
  readonly scale: number;
  /** Anything else the model wants to record: how it was trained, what it was trained with. */
  readonly about: Readonly<Record<string, unknown>>;
}

const MAGIC = 'WSLIN1\n';

export function encodeLinearModel(
  header: Pick<LinearModelHeader, 'kind' | 'featureVersion' | 'tags' | 'about'>,
  features: ReadonlyMap<number, ArrayLike<number>>,
  extra: Float32Array,
): Buffer {
  const width = header.tags.length;
  const keys = Uint32Array.from([...features.keys()].sort((a, b) => a - b));
  let max = 0;
  for (const row of features.values()) for (let k = 0; k < width; k++) max = Math.max(max, Math.abs(row[k] as number));
  const scale = max / 32767 || 1;
  const weights = new Int16Array(keys.length * width);
  keys.forEach((key, i) => {
    const row = features.get(key) as ArrayLike<number>;
    for (let k = 0; k < width; k++) weights[i * width + k] = Math.round((row[k] as number) / scale);
  });
  const full: LinearModelHeader = { ...header, features: keys.length, extra: extra.length, scale };
  const json = Buffer.from(JSON.stringify(full));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  return gzipSync(Buffer.concat([Buffer.from(MAGIC), length, json, Buffer.from(keys.buffer), Buffer.from(extra.buffer), Buffer.from(weights.buffer)]), { level: 9 });
}

/** A decoded model as plain data, which worker threads share: the weight table is in shared memory. */
export interface LinearModelData {
  readonly header: LinearModelHeader;
  readonly extra: Float32Array;
  readonly table: InlineTableData;
}

/** A loaded linear model: rows of weights found by feature hash. */
export interface LinearModel {
  readonly header: LinearModelHeader;
  readonly extra: Float32Array;
  /** What `linearModel` makes this model from, in this thread or another. */
  readonly data: LinearModelData;
  /**
   * Adds the weights of the feature `hash` to `scores[offset ...]` (`tags.length` of them), in stored units:
   * multiply the sums by `header.scale`. Unknown features add nothing.
   */
  addTo(hash: number, scores: Float64Array, offset: number): void;
}

export function linearModel(data: LinearModelData): LinearModel {
  const table = new InlineTable(data.table);
  return { header: data.header, extra: data.extra, data, addTo: (hash, scores, offset) => void table.addTo(hash, scores, offset) };
}

/**
 * Reads a model file; a file that is not one, or was made for another kind, feature version or tag set,
 * is a ConfigError that says how to get a good one.
 */
export function decodeLinearModel(file: Buffer, name: string, expected: Pick<LinearModelHeader, 'kind' | 'featureVersion' | 'tags'>, retrain: string): LinearModel {
  const fail = (what: string, cause?: unknown) => new ConfigError(`${name}: ${what}; retrain it with \`${retrain}\` or restore it from the repository`, { cause });
  let bytes: Buffer;
  try {
    bytes = gunzipSync(file);
  } catch (error) {
    throw fail('not a gzip file', error);
  }
  if (bytes.subarray(0, MAGIC.length).toString() !== MAGIC) throw fail('not a whosaid model file');
  const headerEnd = MAGIC.length + 4 + bytes.readUInt32LE(MAGIC.length);
  const header = JSON.parse(bytes.subarray(MAGIC.length + 4, headerEnd).toString()) as LinearModelHeader;
  if (header.kind !== expected.kind) throw fail(`holds a ${header.kind} model, expected ${expected.kind}`);
  if (header.featureVersion !== expected.featureVersion) throw fail(`made for feature version ${header.featureVersion}, the code has ${expected.featureVersion}`);
  if (expected.tags.length > 0 && header.tags.join() !== expected.tags.join()) throw fail(`made for tags ${header.tags.join()}, the code has ${expected.tags.join()}`);
  const aligned = new Uint8Array(bytes.subarray(headerEnd)); // a copy at offset 0, so typed arrays are aligned
  const width = header.tags.length;
  const n = header.features;
  const expectedBytes = n * 4 + header.extra * 4 + n * width * 2;
  if (aligned.length !== expectedBytes) throw fail(`expected ${expectedBytes} bytes of weights, found ${aligned.length}`);
  const keys = new Uint32Array(aligned.buffer, 0, n);
  const extra = new Float32Array(aligned.buffer, n * 4, header.extra);
  const quantised = new Int16Array(aligned.buffer, n * 4 + header.extra * 4, n * width);
  return linearModel({ header, extra: Float32Array.from(extra), table: InlineTable.build(keys, quantised, width).data });
}
