/**
 * Typed errors, thrown only for configuration and programming errors. Bad input never throws: it becomes a
 * `Diagnostic`. Each message says what it is about, what was expected, what arrived and how to fix it.
 */

/** Base class: `code` is stable and named in the README; `exitCode` is what the CLI exits with. */
export class WhosaidError extends Error {
  readonly code: string;
  readonly exitCode: number;

  constructor(code: string, message: string, options: { cause?: unknown; exitCode?: number } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.exitCode = options.exitCode ?? 2;
  }
}

/** A command-line option or argument is wrong. Exit code 2. */
export class UsageError extends WhosaidError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('E_USAGE', message, options);
  }
}

/** A data file in `data/` or a model is missing or malformed, or the output folder cannot be written. Exit code 2. */
export class ConfigError extends WhosaidError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('E_CONFIG', message, options);
  }
}

/** Stages are composed in an order where one needs a layer that no earlier stage assigns. */
export class PipelineOrderError extends WhosaidError {
  constructor(message: string) {
    super('E_PIPELINE_ORDER', message);
  }
}

/** Another run holds the output folder. Exit code 75 (EX_TEMPFAIL): try again later, or pass --wait. */
export class FolderBusyError extends WhosaidError {
  constructor(message: string) {
    super('E_BUSY', message, { exitCode: 75 });
  }
}

/**
 * Writing the output folder failed during the run (disk full, an I/O error). Exit code 74 (EX_IOERR): the tables
 * from before stay whole and the store consistent; free the space and run again.
 */
export class OutputIoError extends WhosaidError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('E_IO', message, { ...options, exitCode: 74 });
  }
}

/**
 * The fleet's Redis cannot be reached, or went away during the run, or refused the password. Exit code 2: the
 * store keeps every input committed before, and the next run goes on from there.
 */
export class FleetUnavailableError extends WhosaidError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('E_FLEET', message, options);
  }
}

/** A fleet worker was given batches of another analysis version (other code, data or models) than its own. Exit code 2. */
export class FleetVersionError extends WhosaidError {
  constructor(message: string) {
    super('E_FLEET_VERSION', message);
  }
}
