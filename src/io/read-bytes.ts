import { readFile } from 'node:fs/promises';

/** Reads a whole input file; the error, if any, is returned for the caller to report. */
export async function readBytes(absolute: string): Promise<{ bytes: Uint8Array } | { error: NodeJS.ErrnoException }> {
  try {
    return { bytes: await readFile(absolute) };
  } catch (error) {
    return { error: error as NodeJS.ErrnoException };
  }
}
