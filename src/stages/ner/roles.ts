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
  const abbreviated = [...lexicon.titleAbbreviations.keys()].map((abbreviation) => `${abbreviation.charAt(0).toUpperCase()}${abbreviation.slice(1)}.`);
  const titles = new Map([...abbreviated, ...lexicon.titles].map((title) => [nameKey(title), title]));
  const roles = new Map<string, Role[]>();
  for (const { field, text, tokens } of fields) {
    const inField = mentions.filter((mention) => mention.field === field);
    for (const person of inField.filter((mention) => mention.type === 'PERSON' && mention.form === 'name')) {
      const role = roleBefore(person, text, tokens, inField, titles, lexicon);
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
    const rank = text.slice(tokens.starts[titleStart - 1], tokens.ends[titleStart - 1]);
    if (!rank.endsWith('.') || !lexicon.titleAbbreviations.has(nameKey(rank).slice(0, -1))) break;
    titleStart--;
    title = `${unabbreviated(rank, lexicon)} ${title}`;
  }
  // "Senate Majority Leader", "executive director": a modifier that says which office is part of the role.
  while (titleStart > 0 && tokens.sentence[titleStart - 1] === sentence) {
    const modifier = text.slice(tokens.starts[titleStart - 1], tokens.ends[titleStart - 1]);
    if (!lexicon.officeModifiers.has(nameKey(modifier))) break;
    titleStart--;
    title = `${modifier.charAt(0).toUpperCase()}${modifier.slice(1)} ${title}`;
  }
  let before = titleStart - 1;
  while (before >= 0 && tokens.sentence[before] === sentence && lexicon.roleModifiers.has(nameKey(text.slice(tokens.starts[before], tokens.ends[before])))) before--;
  const phraseStart = (at: number) => ({ field: person.field, start: at, end: person.end });
  if (before >= 0 && tokens.sentence[before] === sentence) {
    const wordBefore = text.slice(tokens.starts[before], tokens.ends[before]);
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
      return full === undefined ? word : `${full.charAt(0).toUpperCase()}${full.slice(1)}`;
    })
    .join(' ');
}

function tokenStartingAt(tokens: Tokens, offset: number): number {
  const t = tokenAt(tokens.ends, offset);
  return tokens.starts[t] === offset ? t : -1;
}
