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
