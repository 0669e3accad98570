import Database from 'better-sqlite3';
import { ConfigError } from '../core/errors.js';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js';

export type Db = Database.Database;

/**
 * Opens (creating it if need be) the store at `file` and brings its schema to this build's version, running
 * the missing migrations in one transaction. A store written by a newer whosaid is refused: this build
 * cannot know what its tables mean, and mixing rows of two schemas would corrupt it.
 */
export function openStore(file: string, options: { readonly readonly?: boolean } = {}): Db {
  const db = new Database(file, { readonly: options.readonly === true, fileMustExist: options.readonly === true });
  try {
    // WAL: readers (an export) see a consistent store while a run commits; NORMAL sync is durable at every
    // checkpoint and never corrupts on a crash, which is what a store rebuilt from its inputs needs.
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = OFF');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new ConfigError(`${file} was written by a newer whosaid (store version ${version}; this one reads up to ${SCHEMA_VERSION}); run that version, or start a new output folder`);
    }
    if (version < SCHEMA_VERSION) {
      if (options.readonly) throw new ConfigError(`${file} is at store version ${version}; run whosaid on the folder once to bring it to version ${SCHEMA_VERSION}`);
      db.transaction(() => {
        for (let next = version; next < SCHEMA_VERSION; next++) db.exec(MIGRATIONS[next] as string);
        db.pragma(`user_version = ${SCHEMA_VERSION}`);
      })();
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
