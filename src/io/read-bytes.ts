import { readFileSync } from 'node:fs';

/**
 * Reads a whole input file, with a blocking call: it runs in the thread that analyses the input (see
 * SyncFileSink). The error, if any, is returned for the caller to report.
 */
export function readBytes(absolute: string): { bytes: Uint8Array } | { error: NodeJS.ErrnoException } {
  try {
    return { bytes: readFileSync(absolute) };
  } catch (error) {
    return { error: error as NodeJS.ErrnoException };
  }
}
