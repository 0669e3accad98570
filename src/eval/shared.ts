import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { PACKAGE_ROOT } from '../io/paths.js';

/** Where the evaluation and training data is looked for when neither --shared nor WHOSAID_SHARED says. */
export const DEFAULT_SHARED = path.join(PACKAGE_ROOT, '../shared');

/**
 * The folder of gold answers and evaluation data (`../shared`, or `--shared DIR`, or `WHOSAID_SHARED`), with
 * the files `command` reads checked first: a missing one ends the command with one line that says what was
 * looked for where, and how to point elsewhere, instead of a stack trace halfway through.
 */
export function sharedFolder(command: string, given: string | undefined, needs: readonly string[]): string {
  const dir = sharedRoot(given);
  const missing = needs.filter((file) => !existsSync(path.join(dir, file)));
  if (missing.length > 0) {
    process.stderr.write(`${command}: needs ${missing.join(', ')} under ${dir}, which is not there; pass --shared DIR or set WHOSAID_SHARED to the folder that holds them\n`);
    process.exit(2);
  }
  return dir;
}

/** The folder of gold answers and evaluation data: `given`, else WHOSAID_SHARED, else `../shared`. */
export function sharedRoot(given?: string): string {
  return path.resolve(given ?? process.env['WHOSAID_SHARED'] ?? DEFAULT_SHARED);
}

/**
 * The options of a tool (`eval`, `train`, `bench`): `--help` prints `usage` and exits 0; an option the tool
 * does not know ends it with one line and exit 2, not a stack trace.
 */
export function toolOptions<const O extends NonNullable<ParseArgsConfig['options']>>(command: string, usage: string, options: O): ReturnType<typeof parseArgs<{ options: O }>>['values'] {
  try {
    const { values } = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h' } } });
    if ((values as Record<string, unknown>)['help'] === true) {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    }
    return values as ReturnType<typeof parseArgs<{ options: O }>>['values'];
  } catch (error) {
    process.stderr.write(`${command}: ${(error as Error).message}; see npm run ${command} -- --help\n`);
    process.exit(2);
  }
}
