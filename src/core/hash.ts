import { createHash } from 'node:crypto';

/** Hex digits kept in ids: 64 bits, collision-free for any realistic number of articles or entities. */
const ID_HEX_DIGITS = 16;

/** A stable id: `prefix` + the first 64 bits of the SHA-256 of the parts joined by NUL. */
export function stableId(prefix: string, ...parts: readonly (string | number)[]): string {
  return prefix + sha256Hex(parts.join('\0')).slice(0, ID_HEX_DIGITS);
}

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** 32-bit FNV-1a of `text`, continuing from `seed` so that several strings can be hashed as one. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Order-dependent combination of two 32-bit hashes (MurmurHash3's finaliser over a multiply-xor). */
export function combineHashes(a: number, b: number): number {
  return fmix32(Math.imul(a, 0x01000193) ^ b);
}

/** MurmurHash3's finaliser: a cheap, well-mixed 32-bit permutation. */
export function fmix32(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
