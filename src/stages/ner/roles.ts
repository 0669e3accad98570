import { type Lexicon, nameKey } from '../../language/lexicon/index.js';
import type { Field, Mention, Role, Tokens } from '../../core/types.js';
import { tokenAt } from '../../core/token-at.js';
import { countryKey, entityId, placeIdentity } from './resolve.js';

/** One field as the role finder reads it. */
export interface RoleField {
  readonly field: Field;
  readonly text: string;
  readonly tokens: Tokens;
}

/** Longest title looked for, in tokens ("Deputy Foreign Minister"). */
const MAX_TITLE_TOKENS = 5;
const POSSESSIVE = /^['’]s?$/u;
/** A lawmaker's party and state after the name: "Ted Cruz (R-Texas)", "Cruz (R-TX)", "John Lewis, D-Ga.,". */
const PARTY_AND_STATE = /^(?: ?\(|, )[RDI]-(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)(?=[),])/u;

/**
 * Roles stated right before a person's name: [country or demonym or place/org + 's] [modifier] TITLE NAME,
 * as in "Chinese Foreign Minister Wang Yi", "Iran’s Supreme Leader Ali Khamenei", "US President-elect Donald
 * Trump", "former President Joe Biden". Titles come from `data/lexicons/titles.txt`. When the article names no
 * country for the role, a well-known office holder's country is used if the title is the one on record.
 */
export function findRoles(fields: readonly RoleField[], mentions: readonly Mention[], lexicon: Lexicon): Map<string, Role[]> {
  // An abbreviated title reads as the title ("Sens. Rand Paul and Jeff Merkley": each a senator).
  const abbreviated = [...lexicon.titleAbbreviations.keys()].map((abbreviation) => `${capitalised(abbreviation)}.`);
  const titles = new Map([...abbreviated, ...lexicon.titles].map((title) => [nameKey(title), title]));
  const roles = new Map<string, Role[]>();
  for (const { field, text, tokens } of fields) {
    const inField = mentions.filter((mention) => mention.field === field);
    const holders = placesAndOrganizations(inField);
    for (const person of inField.filter((mention) => mention.type === 'PERSON' && mention.form === 'name')) {
      const role = roleBefore(person, text, tokens, inField, titles, lexicon) ?? roleInApposition(person, text, tokens, holders, titles, lexicon);
      if (role !== undefined) roles.set(person.entityId, [...(roles.get(person.entityId) ?? []), role]);
    }
  }
  return roles;
}

function roleBefore(
  person: Mention,
  text: string,
  tokens: Tokens,
  mentions: readonly Mention[],
  titles: ReadonlyMap<string, string>,
  lexicon: Lexicon,
): Role | undefined {
  const first = tokenStartingAt(tokens, person.start);
  if (first <= 0) return undefined;
  const sentence = tokens.sentence[first];
  let titleStart = -1;
  let title = '';
  for (let from = Math.max(0, first - MAX_TITLE_TOKENS); from < first; from++) {
    if (tokens.sentence[from] !== sentence) continue;
    const found = titles.get(nameKey(text.slice(tokens.starts[from], tokens.ends[first - 1])));
    if (found !== undefined) {
      titleStart = from;
      title = unabbreviated(found, lexicon);
      break;
    }
  }
  if (titleStart === -1) return undefined;
  // "Lt. Gov.": an abbreviated rank before the title is part of the office.
  while (titleStart > 0 && tokens.sentence[titleStart - 1] === sentence) {
    const rank = tokens.words[titleStart - 1] ?? '';
    if (!rank.endsWith('.') || !lexicon.titleAbbreviations.has(nameKey(rank).slice(0, -1))) break;
    titleStart--;
    title = `${unabbreviated(rank, lexicon)} ${title}`;
  }
  // "Senate Majority Leader", "executive director": a modifier that says which office is part of the role.
  while (titleStart > 0 && tokens.sentence[titleStart - 1] === sentence) {
    const modifier = tokens.words[titleStart - 1] ?? '';
    if (!lexicon.officeModifiers.has(nameKey(modifier))) break;
    titleStart--;
    title = `${capitalised(modifier)} ${title}`;
  }
  let before = titleStart - 1;
  while (before >= 0 && tokens.sentence[before] === sentence && lexicon.roleModifiers.has(nameKey(tokens.words[before] ?? ''))) before--;
  const phraseStart = (at: number) => ({ field: person.field, start: at, end: person.end });
  if (before >= 0 && tokens.sentence[before] === sentence) {
    const wordBefore = tokens.words[before] ?? '';
    // "What would a President Sanders do?": a title after "a" is what someone might become, not a role held.
    if (['a', 'an'].includes(wordBefore.toLowerCase())) return undefined;
    const possessive = POSSESSIVE.test(wordBefore);
    const ownerEnd = possessive ? (tokens.starts[before] as number) : (tokens.ends[before] as number);
    const owner = mentions.find((mention) => mention.end === ownerEnd && mention.type !== 'PERSON');
    if (owner !== undefined) return { role: title, ofId: owner.entityId, of: owner.canonical, ofSource: 'text', ...phraseStart(owner.start) };
  }
  const start = tokens.starts[titleStart] as number;
  // "Senator John Cornyn of Texas", "Representative Lee Zeldin, Republican of New York": the place after the name.
  const of = ofAfter(person, text, mentions, lexicon);
  if (of !== undefined) return { role: title, ofId: of.entityId, of: of.canonical, ofSource: 'text', ...phraseStart(start) };
  // "Sen. Ted Cruz (R-Texas)": the state after the party is the one the lawmaker serves.
  const state = stateAfter(text, person.end, lexicon);
  if (state !== undefined) {
    const place = placeIdentity(state, lexicon);
    return { role: title, ofId: entityId('PLACE', place.key), of: place.name, ofSource: 'text', ...phraseStart(start) };
  }
  const onRecord = lexicon.officeHolders.get(nameKey(person.canonical));
  const country = onRecord !== undefined && nameKey(onRecord.title) === nameKey(title) ? lexicon.places.countryByCode.get(onRecord.country) : undefined;
  return country === undefined
    ? { role: title, ofId: '', of: '', ofSource: 'none', ...phraseStart(start) }
    : { role: title, ofId: entityId('PLACE', countryKey(country.code)), of: country.name, ofSource: 'record', ...phraseStart(start) };
}

/** A field's names of places and organizations by where they start and end: what a role may be of. */
interface PlacesAndOrganizations {
  readonly byStart: ReadonlyMap<number, Mention>;
  readonly byEnd: ReadonlyMap<number, Mention>;
}

function placesAndOrganizations(mentions: readonly Mention[]): PlacesAndOrganizations {
  // Last to first, so that the first of each offset stays, as a search from the start would find it.
  const named = mentions.filter((mention) => mention.type !== 'PERSON' && mention.form === 'name').reverse();
  return { byStart: new Map(named.map((m) => [m.start, m])), byEnd: new Map(named.map((m) => [m.end, m])) };
}

/** Articles that open a role in apposition: "Liz Truss, the foreign secretary,". */
const APPOSITION_DETERMINERS = new Set(['the', 'a', 'an']);

/**
 * A role stated in apposition to a person's name, between commas: after it ("Rahm Emanuel, the mayor of Chicago,
 * said", "Liz Truss, the foreign secretary, was") or before it ("The mayor of Chicago, Rahm Emanuel, met",
 * "Iran's foreign minister, Mohammad Javad Zarif, said"). The phrase is a title of `titles.txt` with the words
 * that say which office ("deputy", "majority") or when ("former"), and the place or organization it is of;
 * anything else in it ("the president's daughter", "the general manager") makes it no role.
 */
function roleInApposition(person: Mention, text: string, tokens: Tokens, holders: PlacesAndOrganizations, titles: ReadonlyMap<string, string>, lexicon: Lexicon): Role | undefined {
  const first = tokenStartingAt(tokens, person.start);
  const last = tokenAt(tokens.ends, person.end - 1);
  if (first < 0) return undefined;
  const sentence = tokens.sentence[first];
  const word = (t: number) => (t >= 0 && t < tokens.starts.length && tokens.sentence[t] === sentence ? (tokens.words[t] ?? '') : '');
  const mentionEndingAt = (t: number) => holders.byEnd.get(tokens.ends[t] as number);
  const mentionStartingAt = (t: number) => holders.byStart.get(tokens.starts[t] as number);
  const closesApposition = (t: number) => [',', '.', ';', ''].includes(word(t));
  const isModifier = (t: number) => lexicon.roleModifiers.has(nameKey(word(t))) || lexicon.officeModifiers.has(nameKey(word(t)));
  /** The longest title over tokens `[from, to]` that starts at `from`, as the last token of it. */
  const titleFrom = (from: number, to: number) => {
    for (let end = Math.min(to, from + MAX_TITLE_TOKENS - 1); end >= from; end--) {
      if (tokens.sentence[end] === sentence && titles.has(nameKey(text.slice(tokens.starts[from], tokens.ends[end])))) return end;
    }
    return -1;
  };
  // As before a name, words that say which office are the role's ("the majority leader" is Majority Leader), those
  // that say when are not ("the former governor" is Governor).
  const role = (modifiersStart: number, titleStart: number, titleEnd: number, of: Mention | undefined, start: number, end: number): Role => {
    const office: string[] = [];
    for (let t = modifiersStart; t < titleStart; t++) if (lexicon.officeModifiers.has(nameKey(word(t)))) office.push(capitalised(word(t)));
    const title = unabbreviated(titles.get(nameKey(text.slice(tokens.starts[titleStart], tokens.ends[titleEnd]))) as string, lexicon);
    return { role: [...office, title].join(' '), ofId: of?.entityId ?? '', of: of?.canonical ?? '', ofSource: of === undefined ? 'none' : 'text', field: person.field, start, end };
  };
  // After the name: ", [the] [modifiers] TITLE [of|for [the] PLACE-OR-ORGANIZATION]," (or the sentence's end).
  if (word(last + 1) === ',') {
    let t = last + 2;
    if (APPOSITION_DETERMINERS.has(word(t).toLowerCase())) t++;
    const modifiersStart = t;
    while (isModifier(t) && titleFrom(t, t + MAX_TITLE_TOKENS) === -1) t++;
    const titleEnd = titleFrom(t, t + MAX_TITLE_TOKENS);
    if (titleEnd !== -1) {
      let end = titleEnd;
      let of: Mention | undefined;
      if (['of', 'for'].includes(word(end + 1))) {
        const at = word(end + 2).toLowerCase() === 'the' ? end + 3 : end + 2;
        of = mentionStartingAt(at);
        if (of !== undefined) end = tokenAt(tokens.ends, of.end - 1);
      }
      if (closesApposition(end + 1)) return role(modifiersStart, t, titleEnd, of, person.start, tokens.ends[end] as number);
    }
  }
  // Before the name: "[The] [PLACE's] [modifiers] TITLE [of [the] PLACE-OR-ORGANIZATION], NAME,".
  if (word(first - 1) !== ',' || !closesApposition(last + 1)) return undefined;
  let end = first - 2;
  let of: Mention | undefined;
  const ofEnding = mentionEndingAt(end);
  if (ofEnding !== undefined) {
    let before = tokenStartingAt(tokens, ofEnding.start) - 1;
    if (word(before).toLowerCase() === 'the') before--;
    if (word(before) === 'of') {
      of = ofEnding;
      end = before - 1;
    }
  }
  for (let titleStart = Math.max(0, end - MAX_TITLE_TOKENS + 1); titleStart <= end; titleStart++) {
    if (titleFrom(titleStart, end) !== end) continue;
    let opening = titleStart - 1;
    while (isModifier(opening)) opening--;
    const modifiersStart = opening + 1;
    const possessive = POSSESSIVE.test(word(opening)) ? mentionEndingAt(opening - 1) : undefined;
    const owner = possessive ?? of;
    if (possessive !== undefined) opening = tokenStartingAt(tokens, possessive.start) - 1;
    const determined = possessive !== undefined || APPOSITION_DETERMINERS.has(word(opening).toLowerCase());
    if (possessive === undefined && determined) opening--;
    // One that opens the sentence, or has its determiner ("met with the mayor of Chicago, Rahm Emanuel,"): nothing of
    // it is left out. Not one after a comma, which may be a list ("the president, the vice president, Susan Rice").
    if (word(opening) !== '' && (!determined || word(opening) === ',')) return undefined;
    return role(modifiersStart, titleStart, end, owner, tokens.starts[opening + 1] as number, person.end);
  }
  return undefined;
}

/** Words between a name and the place it is of: " of ", ", Republican of ", ", a Democrat from ". */
const OF_PLACE = /^(?:,? (?:a )?(\p{L}+))? (?:of|from) $/u;

/** Words between a name and the organization it is of: " of the ", " from ". */
const OF_ORGANIZATION = /^ (?:of|from) (?:the )?$/u;

/**
 * The place or organization a titled person's name is followed by as its holder's ("Gov. Jerry Brown of
 * California", "Sen. Bob Casey, a Pennsylvania Democrat", "Archbishop Aris Shirvanian of the Armenian Patriarchate").
 */
function ofAfter(person: Mention, text: string, mentions: readonly Mention[], lexicon: Lexicon): Mention | undefined {
  const next = mentions.find((mention) => mention.start > person.end && mention.start <= person.end + 20);
  // Not a first word of a longer organization's name ("Mayor Frank G. Jackson of Cleveland" beside Cleveland Jobs With Justice).
  const opensLonger = next !== undefined && nameKey(next.canonical).startsWith(`${nameKey(next.text)} `);
  if (next?.type === 'ORGANIZATION' && next.form === 'name') return OF_ORGANIZATION.test(text.slice(person.end, next.start)) && !opensLonger ? next : undefined;
  if (next === undefined || next.type !== 'PLACE' || next.form !== 'name') return undefined;
  // "Senator Bob Casey, a Pennsylvania Democrat": the place of a party's member in apposition.
  const member = /^ (\p{L}+)/u.exec(text.slice(next.end, next.end + 20))?.[1];
  if (/^, (?:a|the) $/u.test(text.slice(person.end, next.start)) && member !== undefined && lexicon.partyMembers.has(nameKey(member))) return next;
  const between = OF_PLACE.exec(text.slice(person.end, next.start));
  if (between === null) return undefined;
  // Only a party's member may stand between: "Zeldin, Republican of New York", not "Smith, a lawyer from Ohio".
  return between[1] === undefined || lexicon.partyMembers.has(nameKey(between[1])) ? next : undefined;
}

/** The US state of a party-and-state note at `offset` ("(R-TX)", ", D-Ga.,", "(I-Vermont)"), by its code, abbreviation or name. */
function stateAfter(text: string, offset: number, lexicon: Lexicon): string | undefined {
  const written = PARTY_AND_STATE.exec(text.slice(offset, offset + 24))?.[1];
  if (written === undefined) return undefined;
  const key = nameKey(written);
  return lexicon.places.stateByCode.get(written) ?? lexicon.places.stateByAbbreviation.get(key) ?? (lexicon.phrases.is(key, 'region') ? written : undefined);
}

/** A title with its abbreviations written out, so that one role has one name: "Sen." is "Senator", "Lt. Gov." "Lieutenant Governor". */
function unabbreviated(title: string, lexicon: Lexicon): string {
  return title
    .split(' ')
    .map((word) => {
      const full = word.endsWith('.') ? lexicon.titleAbbreviations.get(nameKey(word).slice(0, -1)) : undefined;
      return full === undefined ? word : capitalised(full);
    })
    .join(' ');
}

/** The word with its first letter in upper case: "deputy" is "Deputy" in a role. */
function capitalised(word: string): string {
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}

function tokenStartingAt(tokens: Tokens, offset: number): number {
  const t = tokenAt(tokens.ends, offset);
  return tokens.starts[t] === offset ? t : -1;
}
