import { stableId } from '../../core/hash.js';
import { type City, isNameSuffix, isPersonName, isPlaceName, isShouted, type Lexicon, nameKey, organizationInitials, repairMojibake } from '../../language/lexicon/index.js';
import type { ArticleEntity, EntityType, Mention } from '../../core/types.js';
import { isCompanyName } from './rules.js';
import type { FoundSpan } from './spans.js';

/** A span with its text, on its way to becoming a mention. */
export interface Named extends FoundSpan {
  readonly text: string;
  readonly sentence: number;
  /** The gender an honorific before a person's name tells ("Mr. Clinton"). */
  readonly gender?: 'male' | 'female';
  /** The title word before a person's name, in full and lower case ("President Clinton", "Sen. Clinton" as senator). */
  readonly title?: string;
}

/** What an entity is known as inside one article, before roles are added. */
export interface ResolvedEntity {
  readonly id: string;
  readonly type: EntityType;
  /** As first written, or as first written in mixed case where that was in capitals ("ROME", then "Rome"). */
  name: string;
  readonly surfaces: Set<string>;
  readonly country: string;
  readonly geonamesId: string;
  mentions: number;
}

/**
 * Resolution inside one article, by one rule: **a name is the entity of the longest name of the article that
 * holds it as a run of whole words** ("Wang" → Wang Yi, "Khamenei" → Ali Khamenei), the nearest such name
 * before it winning a tie (or else after it), but the first named of people who share a surname. A word run
 * of a person's name is that person, whatever type the tagger gave it. Places go through the gazetteer first:
 * "US", "U.S." and "United States" are the same country; a demonym is its country; a city is its most populous
 * namesake or the city its exonym names.
 *
 * Ids are stable: a hash of the type and of the ISO code (countries), GeoNames id (cities) or name key.
 */
export function resolveArticle(found: readonly Named[], lexicon: Lexicon): { mentions: Mention[]; entities: ResolvedEntity[] } {
  const spans = peopleNotPlaces(companiesNotPeople(surnamesNotDemonyms(found), lexicon), lexicon);
  const entities = new Map<string, ResolvedEntity>();
  const words = new Map(spans.map((span) => [span, nameKey(span.text).split(' ')]));
  const position = new Map(spans.map((span, i) => [span, i]));
  const byWord = (of: (span: Named) => boolean) => {
    const index = new Map<string, Named[]>();
    for (const span of spans) {
      if (!of(span)) continue;
      for (const word of new Set(words.get(span))) {
        const holders = index.get(word);
        if (holders === undefined) index.set(word, [span]);
        else holders.push(span);
      }
    }
    return index;
  };
  const context: Context = {
    spans,
    words,
    position,
    lexicon,
    entities,
    people: byWord((span) => span.type === 'PERSON' && span.form === 'name'),
    organizations: byWord((span) => span.type === 'ORGANIZATION' && span.form !== 'demonym'),
    titles: titlesByName(spans, words),
    acronyms: acronymsOf(spans, lexicon),
    states: statesNamed(spans, lexicon),
    surnameGenders: surnameGenders(spans, words),
  };
  const resolved = spans.map((span, index) => {
    const entity = entityOf(span, index, context);
    entity.mentions++;
    if (span.form !== 'demonym') entity.surfaces.add(span.text);
    return { span, entity };
  });
  // Named once every mention is read: a later mention may name the entity better.
  const mentions = resolved.map(({ span, entity }) => ({
    field: span.field,
    start: span.start,
    end: span.end,
    text: span.text,
    type: entity.type,
    form: span.form,
    sentence: span.sentence,
    canonical: entity.name,
    entityId: entity.id,
  }));
  return { mentions, entities: [...entities.values()] };
}

/**
 * A name tagged a person's that opens the name of a company the article gives in full is that company's, unless
 * the company is named after someone: "Jones Medical" beside Jones Medical Industries Inc, not "Hillary Clinton"
 * beside the Hillary Clinton Foundation.
 */
function companiesNotPeople(spans: readonly Named[], lexicon: Lexicon): readonly Named[] {
  const companies = spans.filter((span) => span.type === 'ORGANIZATION' && span.form === 'name' && isCompanyName(span.text, lexicon));
  if (companies.length === 0) return spans;
  const keys = companies.map((company) => nameKey(company.text));
  return spans.map((span) => {
    if (span.type !== 'PERSON' || span.form !== 'name') return span;
    const key = nameKey(span.text);
    const opens = keys.some((company) => company.startsWith(`${key} `) && !company.slice(key.length + 1).split(' ').some((word) => lexicon.eponymWords.has(word)));
    return opens ? { ...span, type: 'ORGANIZATION' } : span;
  });
}

/**
 * A name tagged a place's that no gazetteer knows, which opens with a given name and ends in a surname, is a
 * person's: "Chad Sweet, the Cruz campaign's chairman", "Ivanka Trump's den" where the article names Trump. The
 * surname is one a person of the article bears or one the lexicon knows, and no word that makes a place ("Scott
 * County"); "Trent Bridge" stays a place, as no one bears "Bridge".
 */
function peopleNotPlaces(spans: readonly Named[], lexicon: Lexicon): readonly Named[] {
  const surnames = new Set(spans.filter((span) => span.type === 'PERSON' && span.form === 'name').map((span) => nameKey(span.text.split(/\s+/u).at(-1) ?? '')));
  return spans.map((span) => {
    const words = span.text.split(/\s+/u);
    const last = words.at(-1) as string;
    if (span.type !== 'PLACE' || span.form !== 'name' || words.length < 2 || isPlaceName(lexicon, nameKey(span.text))) return span;
    if (lexicon.placeWords.has(last) || lexicon.placeOrSurnameWords.has(last) || !lexicon.givenNames.has(nameKey(words[0] as string))) return span;
    const surname = nameKey(last);
    return surnames.has(surname) || lexicon.phrases.is(surname, 'last') ? { ...span, type: 'PERSON' } : span;
  });
}

/** A demonym that ends a person's name in the article is that surname ("Cuban" where Mark Cuban is named). */
function surnamesNotDemonyms(spans: readonly Named[]): readonly Named[] {
  const surnames = new Set(spans.filter((span) => span.type === 'PERSON' && span.form === 'name' && /\s/u.test(span.text)).map((span) => nameKey(span.text.split(/\s+/u).at(-1) ?? '')));
  return spans.map((span) => {
    if (span.form !== 'demonym' || !surnames.has(nameKey(span.text))) return span;
    const { country: _country, ...name } = span;
    return { ...name, type: 'PERSON', form: 'name' };
  });
}

/** What resolution needs of the whole article: spans, their name-key words and positions, people, lexicon. */
interface Context {
  readonly spans: readonly Named[];
  readonly words: ReadonlyMap<Named, readonly string[]>;
  readonly position: ReadonlyMap<Named, number>;
  /** People's and organizations' names by each word they hold: where the longer names holding a name are. */
  readonly people: ReadonlyMap<string, readonly Named[]>;
  readonly organizations: ReadonlyMap<string, readonly Named[]>;
  readonly lexicon: Lexicon;
  /** Entities by type and name key. */
  readonly entities: Map<string, ResolvedEntity>;
  /** The titles written before each person's name, by its words ("president" for "bill clinton"). */
  readonly titles: ReadonlyMap<string, ReadonlySet<string>>;
  /** Organizations' names of several words by their initials ("DNC" for the Democratic National Committee). */
  readonly acronyms: ReadonlyMap<string, Named>;
  /** The US states the article names (postal codes): where its towns are. */
  readonly states: ReadonlySet<string>;
  /** The one gender the honorifics before a surname alone tell, by its words joined ("male" for "Mr. Obama"). */
  readonly surnameGenders: ReadonlyMap<string, 'male' | 'female'>;
}

/** An acronym as news writes it: "DNC", "F.B.I.", "U.N.". */
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;

/** The first organization's name of the field for each initials it goes by: "FBI" for "Federal Bureau of Investigation", "GM" for "General Motors Corp.". */
function acronymsOf(spans: readonly Named[], lexicon: Lexicon): Map<string, Named> {
  const acronyms = new Map<string, Named>();
  for (const span of spans) {
    if (span.type !== 'ORGANIZATION' || span.form !== 'name') continue;
    for (const initials of organizationInitials(lexicon, span.text)) if (initials.length > 1 && !acronyms.has(initials)) acronyms.set(initials, span);
  }
  return acronyms;
}

/** The titles the article writes before each person's name, by the name's words joined. */
function titlesByName(spans: readonly Named[], words: ReadonlyMap<Named, readonly string[]>): Map<string, Set<string>> {
  const titles = new Map<string, Set<string>>();
  for (const span of spans) {
    if (span.title === undefined) continue;
    const key = (words.get(span) ?? []).join(' ');
    titles.set(key, (titles.get(key) ?? new Set()).add(span.title));
  }
  return titles;
}

/**
 * The gender the honorifics before each surname alone tell, where they all tell one: "Mr. Obama" fifteen times
 * and no "Mrs. Obama" make "President Obama" and "Obama" a man too.
 */
function surnameGenders(spans: readonly Named[], words: ReadonlyMap<Named, readonly string[]>): Map<string, 'male' | 'female'> {
  const told = new Map<string, Set<'male' | 'female'>>();
  for (const span of spans) {
    const key = (words.get(span) ?? []).join(' ');
    if (span.gender !== undefined && span.type === 'PERSON' && !key.includes(' ')) told.set(key, (told.get(key) ?? new Set()).add(span.gender));
  }
  return new Map([...told].filter(([, genders]) => genders.size === 1).map(([key, genders]) => [key, [...genders][0] as 'male' | 'female']));
}

function entityOf(span: Named, index: number, context: Context): ResolvedEntity {
  const { people, organizations, lexicon, entities } = context;
  const get = (type: EntityType, key: string, name: string, country = '', geonamesId = '') => {
    // Keyed by type and key, so that the id (a SHA-256) is computed once per entity, not once per mention.
    const known = `${type}\t${key}`;
    let entity = entities.get(known);
    if (entity === undefined) {
      // Named as a reader reads it, where the dump mis-decoded its letters ("PeÃ±a" is Peña).
      entity = { id: entityId(type, key), type, name: repairMojibake(name), surfaces: new Set(), country, geonamesId, mentions: 0 };
      entities.set(known, entity);
    } else if (isShouted(entity.name, type) && !isShouted(name, type)) {
      entity.name = repairMojibake(name);
    }
    return entity;
  };
  const key = nameKey(span.text);
  if (span.form === 'demonym' && span.country !== undefined) {
    const country = lexicon.places.countryByCode.get(span.country);
    if (country !== undefined) return get('PLACE', countryKey(country.code), country.name, country.code);
  }
  const country = lexicon.places.countryByName.get(key);
  const city = lexicon.places.cityByName.get(key);
  const person = span.form === 'name' ? longestHolder(span, index, people, context, true) : undefined;
  // "Magna" or "Apic Yamada" tagged a person where the article names Magna International Inc or Apic Yamada
  // Corp and no person of that name, nor does the lexicon know one ("Obama" beside "the Obama Foundation").
  // But "Jones" beside Jones Medical Industries Inc is the company: a name that ends in a company's word.
  const knownPerson = isPersonName(lexicon, key) || isPersonName(lexicon, key.replace(/s$/u, ''));
  const organization = person === span ? longestHolder(span, index, organizations, context) : undefined;
  const organizationWords = organization === undefined ? [] : (context.words.get(organization) ?? []);
  const spanWords = context.words.get(span) ?? [];
  const opensOrganization = organizationWords.length > spanWords.length && spanWords.every((word, i) => organizationWords[i] === word);
  // But "Trayvon Martin" beside the Trayvon Martin Foundation, "Hillary" beside the Hillary Clinton Foundation,
  // is the person it is named after.
  const eponym = (spanWords.length > 1 || knownPerson) && organizationWords.slice(spanWords.length).some((word) => lexicon.eponymWords.has(word));
  const company = organization !== undefined && isCompanyName(organization.text, lexicon);
  if (opensOrganization && !eponym && (!knownPerson || company)) {
    return get('ORGANIZATION', nameKey((organization as Named).text), (organization as Named).text);
  }
  // A city the tagger read as a place is no person whose name it only opens ("Chicago" beside a person the
  // tagger ran on from "Chicago Alderman"); a surname it may be ("Washington").
  const cityOpening = span.type === 'PLACE' && city !== undefined && person !== undefined && !endsWith(context.words.get(person) ?? [], context.words.get(span) ?? []);
  if (person !== undefined && (person !== span || span.type === 'PERSON') && country === undefined && !cityOpening) {
    return get('PERSON', personKey(person.text), person.text);
  }
  if (span.type === 'PLACE' || (span.type !== 'PERSON' && country !== undefined)) {
    const place = placeIdentity(span.text, lexicon, context.states);
    // "Bucknell" beside Bucknell University, "Fox" beside Fox News: a place the gazetteer does not know, which the
    // article names an organization by with words of organizations after it, is that organization.
    const named = place.country === '' ? longestHolder(span, index, organizations, context) : undefined;
    if (named !== undefined && addsCompanyWords(span.text, named.text, lexicon)) return get('ORGANIZATION', nameKey(named.text), named.text);
    return get('PLACE', place.key, place.name, place.country, place.geonamesId);
  }
  if (span.type === 'ORGANIZATION') {
    // "GOP", "the F.B.I.": a name the gazetteer knows another name of is that name's entity, in every article.
    const alias = lexicon.organizationAliases.get(key);
    if (alias !== undefined) return get('ORGANIZATION', nameKey(alias), alias);
    // "the DNC" where the field names the Democratic National Committee is that committee.
    const expanded = ACRONYM.test(span.text) ? context.acronyms.get(span.text.replaceAll('.', '')) : undefined;
    if (expanded !== undefined) return entityOf(expanded, context.position.get(expanded) ?? index, context);
    // "Senate" beside "Senate Democrats", "House" beside "White House": a name the lexicon knows whole is that
    // organization, not one holding it.
    const whole = lexicon.organizations.has(span.text) || lexicon.oneWordOrganizations.has(span.text);
    const longer = whole ? undefined : longestHolder(span, index, organizations, context);
    // "Twitter" beside "Wilayat Twitter", "Boeing" beside "Boeing Business Jet": an organization the lexicon knows
    // by this name is itself, unless the longer name only says what kind of company it is ("Pfizer Inc.").
    const known = lexicon.phrases.is(key, 'organization');
    const holder = longer !== undefined && known && !addsCompanyWords(span.text, longer.text, lexicon) ? undefined : longer;
    return get('ORGANIZATION', nameKey(holder?.text ?? span.text), holder?.text ?? span.text);
  }
  return get('PERSON', personKey(span.text), span.text);
}

/** What identifies a place: its key (a country's code, a city's GeoNames id, or its name key), name, country and GeoNames id. */
export interface PlaceIdentity {
  readonly key: string;
  readonly name: string;
  readonly country: string;
  readonly geonamesId: string;
}

/** The postal codes of the US states among an article's names, by name or abbreviation ("Alexandria, Va."). */
function statesNamed(spans: readonly Named[], lexicon: Lexicon): Set<string> {
  const states = new Set<string>();
  for (const span of spans) {
    const state = span.type === 'PLACE' ? lexicon.places.usStates.get(nameKey(unabbreviated(span.text, lexicon))) : undefined;
    if (state !== undefined) states.add(state);
  }
  return states;
}

/** "Reno, Nev.": a US state's abbreviation is the state, as its name would be; other names stay as written. */
function unabbreviated(written: string, lexicon: Lexicon): string {
  return lexicon.places.stateByAbbreviation.get(nameKey(written)) ?? written;
}

/**
 * The place a name written so stands for: a country, a city, a US state (also by its abbreviation: "Reno,
 * Nev."), or the name itself. Of towns that share a name, the one in a US state the article names ("Manchester"
 * beside New Hampshire, "Burlington" beside Vermont), else the most populous; but a capital is itself ("Paris"
 * beside Texas is still France's).
 */
export function placeIdentity(written: string, lexicon: Lexicon, states: ReadonlySet<string> = new Set()): PlaceIdentity {
  const { places } = lexicon;
  const name = unabbreviated(written, lexicon);
  const key = nameKey(name);
  // "Georgia" is the US state where the article names another one, else the country.
  const stateCode = places.usStates.get(key);
  const amongStates = stateCode !== undefined && [...states].some((state) => state !== stateCode);
  const country = amongStates ? undefined : places.countryByName.get(key);
  if (country !== undefined) return { key: countryKey(country.code), name: country.name, country: country.code, geonamesId: '' };
  // A US state's name is the state's, not a namesake city's ("Florida" is no town in Cuba), unless an exonym says so.
  // Nor is a continent or another country's part ("Asia" is none in the Philippines, "Ontario" none in California).
  const noTown = (stateCode !== undefined && !places.exonyms.has(key)) || places.worldRegions.has(key) || places.regionCountry.has(key);
  const chosen = places.exonyms.has(key) || places.capitals.has(key) ? undefined : townNear(places.namesakes.get(key), states);
  const city = noTown ? undefined : (chosen ?? places.cityByName.get(key));
  // A dateline's "BUDAPEST" is named as the gazetteer writes the name (not "NEW YORK" as "New York City").
  const spelled = isShouted(name, 'PLACE') && nameKey(city?.name ?? '') === key;
  if (city !== undefined) return { key: `geonames:${city.geonamesId}`, name: spelled ? city.name : name, country: city.country, geonamesId: city.geonamesId };
  return { key, name, country: stateCode !== undefined ? 'US' : (places.regionCountry.get(key) ?? ''), geonamesId: '' };
}

/**
 * Of towns that share a name, the most populous in a US state the article names. Not one in a country it names:
 * news names the United States too often for that ("studied at Oxford" in a story that names it is England's).
 */
function townNear(towns: readonly City[] | undefined, states: ReadonlySet<string>): City | undefined {
  return towns?.find((town) => town.country === 'US' && states.has(town.region));
}

/** True when `longer` is `name` (in any case) and words of organizations after it: "Pfizer Inc.", "Centerview Partners", "FOX News". */
function addsCompanyWords(name: string, longer: string, lexicon: Lexicon): boolean {
  const rest = longer.slice(name.length).trim();
  return longer.toLowerCase().startsWith(`${name.toLowerCase()} `) && rest.split(/\s+/u).every((word) => lexicon.organizationWords.has(word));
}

/** A middle initial between a given name and a surname ("J." in "Donald J. Trump"). */
const MIDDLE_INITIAL = /^\p{Lu}\.?$/u;

/**
 * The key of a person: the name key without middle initials, which news writes or leaves out by house style:
 * "Donald J. Trump" and "Donald Trump", "Vladimir V. Putin" and "Vladimir Putin" are one person over the
 * articles. A double initial stays ("George H.W. Bush" is not George W. Bush).
 */
function personKey(name: string): string {
  const words = name.split(/\s+/u);
  return nameKey(words.length < 3 ? name : words.filter((word, i) => i === 0 || i === words.length - 1 || !MIDDLE_INITIAL.test(word)).join(' '));
}

/** The stable id of an entity: a hash of its type and key (`country:CN`, `geonames:524901`, or its name key). */
export function entityId(type: EntityType, key: string): string {
  return stableId(type === 'PERSON' ? 'p' : type === 'PLACE' ? 'l' : 'o', type, key);
}

/** The key of a country entity. */
export function countryKey(code: string): string {
  return `country:${code}`;
}

/**
 * The longest name among `candidates` that holds `span`'s words as a run, nearest before it on a tie. Of
 * people's names (`surnameFirst`), a longer one that ends in the words comes first, as a name alone in news is
 * most often a surname ("Obama" is Barack Obama, not a headline's "Obama Speech"); and of people with different
 * given names who share that surname, the one the article named first, after an honorific's gender has chosen.
 */
function longestHolder(span: Named, index: number, names: ReadonlyMap<string, readonly Named[]>, context: Context, surnameFirst = false): Named | undefined {
  const words = context.words.get(span) ?? [];
  // A holder holds every word of the span: the names that hold its rarest word are all there is to read.
  let candidates: readonly Named[] = [];
  words.forEach((word, i) => {
    const holders = names.get(word) ?? [];
    if (i === 0 || holders.length < candidates.length) candidates = holders;
  });
  // Of people's names, the longer ones that end in the span's words: those whose surname it may be.
  const surnames = surnameFirst
    ? candidates.filter((candidate) => {
        const holder = context.words.get(candidate) ?? [];
        const named = withoutSuffix(holder, context.lexicon);
        return named.length > words.length && endsWith(named, words) && !context.lexicon.patronymicParticles.has(named[named.length - words.length - 1] as string);
      })
    : [];
  const otherGender = holdersOfTheOtherGender(span, surnames, context);
  const ofSurname = new Set(surnames.filter((candidate) => !otherGender.has(candidate)));
  // "Mr. Obama" where the article names only Michelle Obama in full is no one the article names in full.
  if (surnames.length > 0 && ofSurname.size === 0) return undefined;
  // "Clinton" where the article names Hillary and Bill Clinton: the one it named first, whom it is about, not
  // the one named nearest; but "President Clinton" is the one the article gives that title.
  // People differ by given name and by a son's suffix: Donald Trump and Donald Trump Jr. are two.
  const givenNameAndSuffix = (candidate: Named) => {
    const holder = context.words.get(candidate) ?? [];
    return hasSuffix(holder, context.lexicon) ? `${holder[0]} ${holder.at(-1)}` : holder[0];
  };
  const shared = new Set([...ofSurname].map(givenNameAndSuffix)).size > 1;
  const nameOf = (candidate: Named) => (context.words.get(candidate) ?? []).join(' ');
  const titled = shared && span.title !== undefined ? [...ofSurname].filter((candidate) => context.titles.get(nameOf(candidate))?.has(span.title as string)) : [];
  if (new Set(titled.map(nameOf)).size === 1) return titled[0];
  const count = context.spans.length;
  let best: Named | undefined;
  let bestRank = [-1, 0, -Infinity];
  for (const candidate of candidates) {
    const holder = context.words.get(candidate) ?? [];
    if (holder.length < words.length || !containsRun(holder, words, context.lexicon)) continue;
    // "Donald Trump" is not Donald Trump Jr., though "Mr. Trump" may be where no one else is named so.
    if (words.length > 1 && hasSuffix(holder, context.lexicon) && !hasSuffix(words, context.lexicon)) continue;
    if (otherGender.has(candidate)) continue;
    const position = context.position.get(candidate) ?? 0;
    // Before the span counts as nearer than after it.
    const distance = position <= index ? index - position : count + position - index;
    const surname = ofSurname.has(candidate);
    const rank = shared && surname ? [1, 0, -position] : [surname ? 1 : 0, holder.length, -distance];
    if (isAbove(rank, bestRank)) {
      best = candidate;
      bestRank = rank;
    }
  }
  return best;
}

/**
 * "Mrs. Clinton" where the article names Bill and Hillary Clinton is Hillary: of the names whose surname the
 * span may be, those that do not fit the span's honorific (or with none, the gender all the article's honorifics
 * before that surname tell): a name whose honorific or first name tells the same
 * gender fits first, then one that tells none. When none fits, none is kept: "Mr. Obama" where the article
 * names only Michelle Obama is not her, though a first name misleads now and then ("Mr. Graham" and Lindsey
 * Graham): a name left alone is a smaller error than another person.
 */
function holdersOfTheOtherGender(span: Named, surnames: readonly Named[], context: Context): Set<Named> {
  const told = span.gender ?? context.surnameGenders.get((context.words.get(span) ?? []).join(' '));
  if (told === undefined) return new Set();
  const gender = (candidate: Named) => genderOf(candidate, context.words.get(candidate) ?? [], context.lexicon);
  // Those that tell the same gender when some do; else those that tell none.
  const same = surnames.filter((candidate) => gender(candidate) === told);
  const kept = same.length > 0 ? same : surnames.filter((candidate) => gender(candidate) === undefined);
  return new Set(surnames.filter((candidate) => !kept.includes(candidate)));
}

/** The gender of a person's full name: its honorific's ("Mrs. Hillary Clinton"), else its first name's. */
function genderOf(span: Named, words: readonly string[], lexicon: Lexicon): 'male' | 'female' | undefined {
  return span.gender ?? lexicon.firstNameGender.get(words[0] as string);
}

/** True when `a` comes before `b` in lexicographic order of descending values. */
function isAbove(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) > (b[i] as number);
  return false;
}

/** True for a name's words that end in a suffix telling a son from his father ("Jr."). */
function hasSuffix(words: readonly string[], lexicon: Lexicon): boolean {
  return words.length > 1 && isNameSuffix(lexicon, words.at(-1) as string);
}

/** A name's words without such a suffix: what ends in the surname. */
function withoutSuffix(words: readonly string[], lexicon: Lexicon): readonly string[] {
  return hasSuffix(words, lexicon) ? words.slice(0, -1) : words;
}

function endsWith(holder: readonly string[], words: readonly string[]): boolean {
  return words.every((word, j) => holder[holder.length - words.length + j] === word);
}

/**
 * True when the holder's name holds the words as a run, not right after a patronymic particle: in "Mohammed bin
 * Salman", "Salman" is his father's name ("King Salman"), not his.
 */
function containsRun(holder: readonly string[], words: readonly string[], lexicon: Lexicon): boolean {
  for (let i = 0; i + words.length <= holder.length; i++) {
    if (words.every((word, j) => holder[i + j] === word) && !lexicon.patronymicParticles.has(holder[i - 1] ?? '')) return true;
  }
  return false;
}

/** The entity as the article knows it, with the aliases it was written as. */
export function articleEntity(entity: ResolvedEntity, roles: ArticleEntity['roles'], country: string): ArticleEntity {
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: [...entity.surfaces].filter((surface) => surface !== entity.name).sort(),
    roles,
    country,
    geonamesId: entity.geonamesId,
    mentionCount: entity.mentions,
  };
}
