import { ConfigError } from '../../core/errors.js';
import { sha256Hex } from '../../core/hash.js';
import { cachedLexicon } from './cache.js';
import { FIRST_NAMES_FILE, WORD_CLUSTERS_FILE } from './sources.js';
import { compromiseVocabulary, compromiseWords } from './compromise-words.js';
import { type Cues, formsOf, loadCues } from './cues.js';
import { readList, readTable } from '../../io/data-files.js';
import { nameInitials, nameKey } from './normalize.js';
import { compromise, releasePackages } from './packages.js';
import { kindBit, PhraseTable } from './phrases.js';
import { WordClusters } from './word-clusters.js';
import { loadPlaces, type Places } from './places.js';

export type { Cue, CueFrame, Cues, HeadKind } from './cues.js';
export type { City, Country } from './places.js';
export { isShouted, MOJIBAKE_LETTER, nameInitials, nameKey, plainTypography, repairMojibake } from './normalize.js';
export { kindBit, MAX_PHRASE_TOKENS, PHRASE_KINDS, type PhraseKind } from './phrases.js';

/** Everything the language stages look up, loaded once through `loadLexicon` and passed to the stages. */
export interface Lexicon {
  readonly places: Places;
  /** Names of every kind, for NER features and rules. */
  readonly phrases: PhraseTable;
  /** Role titles, as written before a name (`data/lexicons/titles.txt`). */
  readonly titles: readonly string[];
  /** Words allowed before a title, by name key (`data/lexicons/role-modifiers.tsv`): `former`, `majority`. */
  readonly roleModifiers: ReadonlySet<string>;
  /** Those of them that say which office, and so are part of the role: "Majority Leader", "Deputy Secretary". */
  readonly officeModifiers: ReadonlySet<string>;
  /** Those that say a lower rank of the office ("Deputy", "Vice"): a description without it is of another office. */
  readonly rankModifiers: ReadonlySet<string>;
  /** Words in photo credits that name no one (`Pool`, `File`). */
  readonly creditWords: ReadonlySet<string>;
  /**
   * Organizations found by name wherever the tagger missed them, as written: `organizations.txt`, which the NER
   * model's gazetteer features read too, and `outlets.txt`, which only the rules read (no retrain).
   */
  readonly organizations: ReadonlySet<string>;
  /** News outlets by name key (`outlets.txt`): they pass on news ("The Hill reported"). */
  readonly outlets: ReadonlySet<string>;
  /** Last words that make a name an organization ("Holdings", "Ministry"), as written. */
  readonly organizationWords: ReadonlySet<string>;
  /** Words after a person's name in what is named after them ("Foundation"), lower case (`data/lexicons/eponym-words.txt`). */
  readonly eponymWords: ReadonlySet<string>;
  /** Nouns that after "the" and one name say whose time in power it is ("the Bush administration"): `tenure-nouns.txt`. */
  readonly tenureNouns: ReadonlySet<string>;
  /** Last words that make a name a place ("Pershing Square"), as written (`data/lexicons/place-words.txt`). */
  readonly placeWords: ReadonlySet<string>;
  /** Nouns for a settlement or a country's division that "of" and its name follow ("the village of"): `place-nouns.txt`. */
  readonly placeNouns: ReadonlySet<string>;
  /** Last words that make a name a place unless a given name opens it ("Capitol Hill", not "Anita Hill"), as written. */
  readonly placeOrSurnameWords: ReadonlySet<string>;
  /** Words that head an organization's name before what it is for ("Commission on Presidential Debates"), as written. */
  readonly organizationHeads: ReadonlySet<string>;
  /** Heads that make "demonym + head" an institution ("foreign ministry", "state TV"), by name key. */
  readonly institutions: ReadonlySet<string>;
  /** Organizations one word names on its own ("House"), as written (`data/lexicons/one-word-organizations.txt`). */
  readonly oneWordOrganizations: ReadonlySet<string>;
  /** Other names of organizations by name key, and the name their entity carries ("dnc" → Democratic National Committee): `gazetteer/organization-aliases.tsv`. */
  readonly organizationAliases: ReadonlyMap<string, string>;
  /** Name keys of words that are never a reported entity ("God willing"). */
  readonly notNames: ReadonlySet<string>;
  /** The phrases of several words among them ("State of the Union"), in which no name is one, as one pattern. */
  readonly notNamePhrases: RegExp;
  /** Last words of names of laws, treaties and eras, which are no entity (`document-words.txt`). */
  readonly documentWords: ReadonlySet<string>;
  /** Words before a storm's name ("Hurricane", "Typhoon"), as written: the name after one is no person's. */
  readonly stormWords: ReadonlySet<string>;
  /** Heads of an organization phrase that may stand for any organization ("the company"): `generic-organization-heads.txt`. */
  readonly genericOrganizationHeads: ReadonlySet<string>;
  /** Heads of a description that mean the person the story is about ("the candidate"): `principal-heads.txt`. */
  readonly principalHeads: ReadonlySet<string>;
  /** Words after a person's name that tell a son from his father ("Jr.", "III"), lower case without a period. */
  readonly nameSuffixes: ReadonlySet<string>;
  /** Nouns for one who speaks for an organization ("an Intel spokeswoman"): `spokesperson-nouns.txt`. */
  readonly spokespersonNouns: ReadonlySet<string>;
  /** Nouns for those who speak for one person after the person's name ("Trump's campaign"): `agent-nouns.txt`. */
  readonly agentNouns: ReadonlySet<string>;
  /** Possessive pronouns of one person and their gender ("his"): `possessive-pronouns.tsv`. */
  readonly possessivePronouns: ReadonlyMap<string, 'male' | 'female'>;
  /** Short words inside or opening a name in other languages ("ten Hag", "bin Salman", "De Niro"): `name-particles.txt`. */
  readonly nameParticles: ReadonlySet<string>;
  /** Particles for "son of" that only people's names hold ("bin Laden"): `patronymic-particles.txt`. */
  readonly patronymicParticles: ReadonlySet<string>;
  /** Words right before ("shares of") or after ("'s shares") a name that say it is an organization's: `organization-contexts.tsv`. */
  readonly organizationContexts: { readonly before: readonly string[]; readonly after: readonly string[] };
  /** Nouns for one member of a party, by name key: "the New York Democrat" is a person described (`data/lexicons/party-members.txt`). */
  readonly partyMembers: ReadonlySet<string>;
  /** Nouns for one person of a nation, by name key: "the Frenchman" is a person described (`data/lexicons/nationality-nouns.txt`). */
  readonly nationalityNouns: ReadonlySet<string>;
  /**
   * Closed-class words and sentence adverbs, lower case ("well", "why", "moreover"): capitalised only for
   * opening a sentence, never a name alone there. From compromise's lexicon.
   */
  readonly functionWords: ReadonlySet<string>;
  /** Every one-word entry of compromise's lexicon: a word it lists is known English or a known name. */
  readonly vocabulary: ReadonlySet<string>;
  /**
   * Prepositions that compromise has as adjectives ("outside", "near"), lower case: a sentence they open
   * names no one in them ("Outside Carrier's plant"), though names may hold them ("Near East").
   */
  readonly prepositions: ReadonlySet<string>;
  /** Verbs in their plain form (compromise's): "Listen," and "Imagine," open a sentence, they name no one. */
  readonly infinitives: ReadonlySet<string>;
  /** Verbs in the past tense (compromise's): "wrote" after a name is the name's verb, whatever the tagger read. */
  readonly pastTenses: ReadonlySet<string>;
  /** Words after a hyphen that end a compound, not a name ("Iran-backed", "Trump-era"), lower case. */
  readonly compoundHeads: ReadonlySet<string>;
  /** The cluster of a lower-case word by its contexts (`data/models/word-clusters.tsv.gz`, from `npm run train`). */
  readonly wordClusters: WordClusters;
  /** Cue verbs and what goes with them, for the quotes stage. */
  readonly cues: Cues;
  /** Words of the relations stage: meeting verbs (every form) and nouns, and the words that make an outlet. */
  readonly relations: {
    readonly meetingVerbs: ReadonlyMap<string, MeetingVerb>;
    readonly meetingNouns: ReadonlySet<string>;
    readonly outletWords: ReadonlySet<string>;
  };
  /** What the tokenizer and the POS tagger read. */
  readonly tokens: {
    /** Abbreviations that keep their period (compromise's list, lower case, no period). */
    readonly abbreviations: ReadonlySet<string>;
    /** Abbreviations that keep their period before a number only ("No. 2"). */
    readonly numbered: ReadonlySet<string>;
    /** Abbreviations that never end a sentence: titles and honorifics. */
    readonly titles: ReadonlySet<string>;
    /** Words that start a sentence after an abbreviation that ends one. */
    readonly starters: ReadonlySet<string>;
    /** Penn tag → universal part of speech, for training and scoring the tagger on Penn-tagged data. */
    readonly universal: ReadonlyMap<string, string>;
    /** Forms of be, have and do, which are AUX. */
    readonly auxiliaries: ReadonlySet<string>;
    /** Time zones, upper case ("BST", "ET"): after a clock time, no name, and their period ends a sentence. */
    readonly timeZones: ReadonlySet<string>;
  };
  /** Honorifics written only before a person's name ("mr", lower case, no period) and the gender they tell. */
  readonly honorifics: ReadonlyMap<string, 'male' | 'female' | 'any'>;
  /** Month names that are no other word (compromise's: not "may", "march"), lower case. */
  readonly months: ReadonlySet<string>;
  /** Words that name a time (`data/lexicons/time-words.txt`, and compromise's days, months and dates), lower case. */
  readonly timeWords: ReadonlySet<string>;
  /** Nouns before a person's name that tell the gender ("widow", "congressman"), lower case. */
  readonly genderedNouns: ReadonlyMap<string, 'male' | 'female'>;
  /** Pronouns that tell the gender of the subject they follow in its sentence ("he", "his", "she"). */
  readonly genderedPronouns: ReadonlyMap<string, 'male' | 'female'>;
  /** Gender of first names where compromise's lexicon knows it, by name key. */
  readonly firstNameGender: ReadonlyMap<string, 'male' | 'female'>;
  /**
   * Given names that are surely names before a surname ("Rand Paul"): compromise's first names and those of
   * `data/lexicons/first-names.tsv`, not the US records', which hold words too ("Sir", "Pastor", "Chief").
   */
  readonly givenNames: ReadonlySet<string>;
  /** Abbreviated title words and the word they stand for ("sen" → senator), lower case, no period. */
  readonly titleAbbreviations: ReadonlyMap<string, string>;
  /** Title and country of well-known office holders, by name key (`data/lexicons/office-holders.tsv`). */
  readonly officeHolders: ReadonlyMap<string, { readonly title: string; readonly country: string }>;
  /** Their surnames, which news writes alone ("Trump", "Erdogan") and compromise's lists mostly lack, as name keys. */
  readonly officeHolderSurnames: ReadonlySet<string>;
  /** SHA-256 of the phrase table: a trained NER model records the one it was trained with. */
  readonly fingerprint: string;
}

/** The words of `organization-contexts.tsv` by the side of the name they stand on. */
function organizationContexts(rows: readonly { side: string; words: string }[]): Lexicon['organizationContexts'] {
  return { before: rows.filter((row) => row.side === 'before').map((row) => row.words), after: rows.filter((row) => row.side === 'after').map((row) => row.words) };
}

/** compromise's tags of words that are not names when they stand alone at the start of a sentence. */
const FUNCTION_WORD_TAGS = ['Adverb', 'QuestionWord', 'Conjunction', 'Expression', 'Preposition', 'Determiner', 'Pronoun'] as const;

/** The honorific a word is ("Mr.", "mrs", "Dr"), by `data/lexicons/honorifics.tsv`, with the gender it tells. */
export function honorificOf(lexicon: Pick<Lexicon, 'honorifics'>, word: string): 'male' | 'female' | 'any' | undefined {
  return lexicon.honorifics.get(nameKey(word).replace(/\.$/u, ''));
}

/** The initials an organization's name goes by: "GMC" and "GM" for "General Motors Corp.", whose company word may be left out. */
export function organizationInitials(lexicon: Pick<Lexicon, 'organizationWords'>, name: string): string[] {
  const words = name.split(' ');
  const bare = lexicon.organizationWords.has(words.at(-1) as string) ? words.slice(0, -1).join(' ') : name;
  return [nameInitials(name), nameInitials(bare)];
}

/** A party member's noun ("Republican") or a nationality's ("Frenchman"): after "the" or "a", one person described. */
export function describesOnePerson(lexicon: Pick<Lexicon, 'partyMembers' | 'nationalityNouns'>, word: string): boolean {
  const key = nameKey(word);
  return lexicon.partyMembers.has(key) || lexicon.nationalityNouns.has(key);
}

/**
 * True for a word or name the lexicon knows as a person's: a first name, a last name, a famous person ("obama"),
 * or an office holder's surname ("trump").
 */
export function isPersonName(lexicon: Pick<Lexicon, 'phrases' | 'officeHolderSurnames'>, key: string): boolean {
  return lexicon.phrases.is(key, 'first') || lexicon.phrases.is(key, 'last') || lexicon.phrases.is(key, 'person') || lexicon.officeHolderSurnames.has(key);
}

/** True for a word that tells a son from his father after a person's name: "Jr.", "Sr.", "III" (any case). */
export function isNameSuffix(lexicon: Pick<Lexicon, 'nameSuffixes'>, word: string): boolean {
  return lexicon.nameSuffixes.has(word.toLowerCase().replace(/\.$/u, ''));
}

/**
 * True when a name key is what the people of a country or a US state are called, in the plural ("kenyans",
 * "iowans"): a group of people, no one's name (CoNLL tags it MISC).
 */
export function isPeopleOfPlace(lexicon: Pick<Lexicon, 'places'>, key: string): boolean {
  const singular = key.endsWith('s') ? key.slice(0, -1) : '';
  return singular !== '' && (lexicon.places.countryByDemonym.has(singular) || lexicon.places.stateByDemonym.has(singular));
}

/** Gazetteer kinds of places: a country, a region (state, province) or a city. */
const PLACE_KINDS = kindBit('country') | kindBit('region') | kindBit('city');

/** True for a word or name the gazetteer knows as a place's: a country, a region or a city ("texas", "des moines"). */
export function isPlaceName(lexicon: Pick<Lexicon, 'phrases'>, key: string): boolean {
  return (lexicon.phrases.kindsOf(key) & PLACE_KINDS) !== 0;
}

/** True for a title written before a name, in full or abbreviated ("senator", "sen."), as a name key. */
export function isTitleWord(lexicon: Pick<Lexicon, 'phrases' | 'titleAbbreviations'>, key: string): boolean {
  return lexicon.phrases.is(key, 'title') || lexicon.titleAbbreviations.has(key.replace(/\.$/u, ''));
}

/** One case-blind pattern of whole phrases (none: a pattern that never matches, not one that matches everywhere). */
function phrasePattern(phrases: readonly string[]): RegExp {
  const escaped = phrases.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  return new RegExp(escaped.length === 0 ? '(?!)' : `\\b(?:${escaped.join('|')})\\b`, 'giu');
}

/** A clock time and white space before a word: "21:40 ", "8 p.m. ", "1500 ". */
const CLOCK_BEFORE = /(?:\d|[ap]\.m\.|[AP]M)\s+$/u;

/** True for the time zone written at `[start, end)` of `text` right after a clock time: "BST" of "at 21:40 BST". */
export function isTimeZoneAt(timeZones: ReadonlySet<string>, text: string, start: number, end: number): boolean {
  return timeZones.has(text.slice(start, end)) && CLOCK_BEFORE.test(text.slice(Math.max(0, start - 6), start));
}

/** True for the name of an organization that passes on news: a known agency or outlet, or one whose name says so ("Iranian state TV"). */
export function isOutletName(lexicon: Pick<Lexicon, 'phrases' | 'relations' | 'outlets'>, name: string): boolean {
  const key = nameKey(name);
  return lexicon.phrases.is(key, 'agency') || lexicon.outlets.has(key) || key.split(/[\s-]+/u).some((word) => lexicon.relations.outletWords.has(word));
}

/** The lexicon, from the cache of built lexicons when it has this one (see `cachedLexicon`), else built. */
export function loadLexicon(): Lexicon {
  return cachedLexicon(buildLexicon);
}

/** Builds the lexicon from every lexicon and gazetteer of `data/` and the packages. Throws a ConfigError on a broken file. */
export function buildLexicon(): Lexicon {
  const clusterRows = readTable(WORD_CLUSTERS_FILE, ['word', 'cluster']);
  const wordClusters = WordClusters.of(clusterRows.map(({ word, cluster }) => [word, Number(cluster)]));
  const places = loadPlaces();
  const phrases = new PhraseTable();
  for (const country of places.countries) phrases.add(country.name, 'country');
  for (const key of places.countryByName.keys()) phrases.add(key, 'country');
  for (const key of places.countryByDemonym.keys()) phrases.add(key, 'demonym');
  for (const key of places.cityByName.keys()) phrases.add(key, 'city');
  compromiseWords('Country').forEach((word) => phrases.add(word, 'country'));
  compromiseWords('City').forEach((word) => phrases.add(word, 'city'));
  compromiseWords('Region').forEach((word) => phrases.add(word, 'region'));
  compromiseWords('Demonym').forEach((word) => phrases.add(word, 'demonym'));
  compromiseWords('Organization').forEach((word) => phrases.add(word, 'organization'));
  compromiseWords('SportsTeam').forEach((word) => phrases.add(word, 'team'));
  compromiseWords('Person').forEach((word) => phrases.add(word, 'person'));
  for (const tag of ['FirstName', 'MaleName', 'FemaleName'] as const) compromiseWords(tag).forEach((word) => phrases.add(word, 'first'));
  compromiseWords('LastName').forEach((word) => phrases.add(word, 'last'));
  compromiseWords('Honorific').forEach((word) => phrases.add(word, 'honorific'));
  readList('lexicons/agencies.txt').forEach((name) => phrases.add(name, 'agency'));
  const organizations = readList('lexicons/organizations.txt');
  organizations.forEach((name) => phrases.add(name, 'organization'));
  const outlets = readList('lexicons/outlets.txt');
  const titles = readList('lexicons/titles.txt');
  const notNames = readList('lexicons/not-names.txt');
  const organizationWords = new Set(readList('lexicons/organization-words.txt'));
  const titleAbbreviations = new Map(readTable('lexicons/title-abbreviations.tsv', ['abbreviation', 'word']).map(({ abbreviation, word }) => [abbreviation, word]));
  const honorificGenders = labelled('lexicons/honorifics.tsv', 'gender', ['male', 'female', 'any']);
  // Abbreviated titles and honorifics keep their period and never end a sentence: "Del. Stacey Plaskett".
  const titleWords = [...compromiseWords('Honorific'), ...titleAbbreviations.keys(), ...honorificGenders.keys()];
  titles.forEach((title) => phrases.add(title, 'title'));
  const timeWords = new Set([...readList('lexicons/time-words.txt'), ...compromiseWords('WeekDay'), ...compromiseWords('Month'), ...compromiseWords('Date')]);
  const officeHolders = new Map(
    readTable('lexicons/office-holders.tsv', ['name', 'title', 'country']).map(({ name, title, country }) => [nameKey(name), { title, country }]),
  );
  const roleModifiers = labelled('lexicons/role-modifiers.tsv', 'kind', ['time', 'office', 'rank']);
  const modifiersOf = (...kinds: string[]) => new Set([...roleModifiers].filter(([, kind]) => kinds.includes(kind)).map(([word]) => nameKey(word)));
  // Names compromise leaves out or gets wrong (`data/lexicons/first-names.tsv`): for genders and given names both.
  const curatedFirstNames = labelled('lexicons/first-names.tsv', 'gender', ['male', 'female', 'any']);
  const lexicon: Lexicon = {
    places,
    phrases,
    titles,
    roleModifiers: new Set([...roleModifiers.keys()].map(nameKey)),
    officeModifiers: modifiersOf('office', 'rank'),
    rankModifiers: modifiersOf('rank'),
    creditWords: new Set(readList('lexicons/credit-words.txt').map(nameKey)),
    organizations: new Set([...organizations, ...outlets]),
    outlets: new Set(outlets.map(nameKey)),
    organizationWords,
    eponymWords: new Set(readList('lexicons/eponym-words.txt')),
    tenureNouns: new Set(readList('lexicons/tenure-nouns.txt')),
    placeWords: new Set(readList('lexicons/place-words.txt')),
    placeNouns: new Set(readList('lexicons/place-nouns.txt')),
    placeOrSurnameWords: new Set(readList('lexicons/place-or-surname-words.txt')),
    organizationHeads: new Set(readList('lexicons/organization-heads.txt')),
    institutions: new Set(readList('lexicons/institutions.txt').map(nameKey)),
    oneWordOrganizations: new Set(readList('lexicons/one-word-organizations.txt')),
    organizationAliases: new Map(readTable('gazetteer/organization-aliases.tsv', ['alias', 'name']).map(({ alias, name }) => [nameKey(alias), name])),
    notNames: new Set(notNames.map(nameKey)),
    notNamePhrases: phrasePattern(notNames.filter((name) => name.includes(' '))),
    documentWords: new Set(readList('lexicons/document-words.txt')),
    stormWords: new Set(readList('lexicons/storm-words.txt')),
    partyMembers: new Set(readList('lexicons/party-members.txt').map(nameKey)),
    nationalityNouns: new Set(readList('lexicons/nationality-nouns.txt').map(nameKey)),
    principalHeads: new Set(readList('lexicons/principal-heads.txt')),
    nameSuffixes: new Set(readList('lexicons/name-suffixes.txt')),
    nameParticles: new Set(readList('lexicons/name-particles.txt')),
    patronymicParticles: new Set(readList('lexicons/patronymic-particles.txt')),
    spokespersonNouns: new Set(readList('lexicons/spokesperson-nouns.txt')),
    agentNouns: new Set(readList('lexicons/agent-nouns.txt')),
    possessivePronouns: labelled('lexicons/possessive-pronouns.tsv', 'gender', ['male', 'female']),
    organizationContexts: organizationContexts(readTable('lexicons/organization-contexts.tsv', ['side', 'words'])),
    genericOrganizationHeads: new Set(readList('lexicons/generic-organization-heads.txt')),
    functionWords: new Set(FUNCTION_WORD_TAGS.flatMap((tag) => compromiseWords(tag))),
    vocabulary: new Set(compromiseVocabulary()),
    prepositions: new Set(readList('lexicons/prepositions.txt')),
    infinitives: new Set(compromiseWords('Infinitive')),
    pastTenses: new Set(compromiseWords('PastTense')),
    compoundHeads: new Set(readList('lexicons/compound-heads.txt')),
    wordClusters,
    tokens: {
      abbreviations: new Set([
        ...Object.keys((compromise().model() as { one: { abbreviations: Record<string, unknown> } }).one.abbreviations),
        ...titleWords,
        ...[...organizationWords].filter((word) => word.endsWith('.')).map((word) => word.slice(0, -1).toLowerCase()),
      ]),
      numbered: new Set(readList('lexicons/numbered-abbreviations.txt')),
      titles: new Set(titleWords),
      starters: new Set(readList('lexicons/sentence-starters.txt')),
      universal: new Map(readTable('lexicons/penn-to-universal.tsv', ['penn', 'universal']).map(({ penn, universal }) => [penn, universal])),
      auxiliaries: new Set(readList('lexicons/auxiliaries.txt')),
      timeZones: new Set(readList('lexicons/time-zones.txt')),
    },
    cues: loadCues(titles, timeWords),
    relations: {
      meetingVerbs: meetingVerbs(),
      meetingNouns: new Set(readList('lexicons/meeting-nouns.txt').map(nameKey)),
      outletWords: new Set(readList('lexicons/outlet-words.txt').map(nameKey)),
    },
    firstNameGender: firstNameGender(curatedFirstNames),
    givenNames: new Set([...compromiseWords('FirstName'), ...compromiseWords('MaleName'), ...compromiseWords('FemaleName'), ...[...curatedFirstNames].filter(([, gender]) => gender !== 'any').map(([name]) => name)]),
    honorifics: honorificGenders,
    genderedNouns: labelled('lexicons/gendered-nouns.tsv', 'gender', ['male', 'female']),
    genderedPronouns: labelled('lexicons/gendered-pronouns.tsv', 'gender', ['male', 'female']),
    months: new Set(compromiseWords('Month')),
    timeWords,
    titleAbbreviations,
    officeHolders,
    officeHolderSurnames: new Set([...officeHolders.keys()].map((name) => name.split(' ').at(-1) as string)),
    fingerprint: sha256Hex([...phrases.entries(), ...clusterRows.map(({ word, cluster }) => `${word}\t${Number(cluster)}`)].join('\n')),
  };
  releasePackages();
  return lexicon;
}

/** A table of words and one label each (`word<TAB>gender`, `word<TAB>kind`); a label not `allowed` is a mistake in the file. */
function labelled<const L extends string>(file: string, label: string, allowed: readonly L[]): Map<string, L> {
  const isAllowed = (value: string): value is L => (allowed as readonly string[]).includes(value);
  return new Map(
    readTable(file, ['word', label]).map((row) => {
      const word = row.word as string;
      const value = row[label] as string;
      if (!isAllowed(value)) throw new ConfigError(`data/${file}: "${word}" has ${label} "${value}"; write ${allowed.join(', ')}`);
      return [word, value];
    }),
  );
}

/** How a meeting verb names who met (see `data/lexicons/meeting-verbs.tsv`). */
export interface MeetingVerb {
  /** "X met Y" (`direct`) or "X talked with Y" (`with`). */
  readonly object: 'direct' | 'with';
  /** Whether "X and Y met" says they met each other. */
  readonly together: boolean;
}

/** Every form of every meeting verb, with how it names who met. */
function meetingVerbs(): Map<string, MeetingVerb> {
  const verbs = new Map<string, MeetingVerb>();
  for (const { lemma, object, together } of readTable('lexicons/meeting-verbs.tsv', ['lemma', 'object', 'together'])) {
    if ((object !== 'direct' && object !== 'with') || (together !== 'yes' && together !== 'no')) {
      throw new ConfigError(`data/lexicons/meeting-verbs.tsv: "${lemma}" has object "${object}" and together "${together}"; expected direct or with, and yes or no`);
    }
    for (const form of formsOf(lemma, [])) verbs.set(form, { object, together: together === 'yes' });
  }
  return verbs;
}

/**
 * Names compromise lists as male or as female (a name on both lists has no gender); then, for names it does not
 * list, the gender the US Social Security records give (`FIRST_NAMES_FILE`); then `curated`
 * (`data/lexicons/first-names.tsv`): names it leaves out because they are also words ("Bill", "Mark"), and names
 * whose gender depends on who bears them ("Kim", `any`).
 */
function firstNameGender(curated: ReadonlyMap<string, 'male' | 'female' | 'any'>): Map<string, 'male' | 'female'> {
  const male = new Set(compromiseWords('MaleName'));
  const female = new Set(compromiseWords('FemaleName'));
  const byName = new Map<string, 'male' | 'female'>();
  male.forEach((name) => female.has(name) || byName.set(name, 'male'));
  female.forEach((name) => male.has(name) || byName.set(name, 'female'));
  for (const [name, gender] of labelled(FIRST_NAMES_FILE, 'gender', ['male', 'female'])) {
    if (!male.has(name) && !female.has(name)) byName.set(name, gender);
  }
  for (const [name, gender] of curated) {
    if (gender === 'any') byName.delete(name);
    else byName.set(name, gender);
  }
  return byName;
}
