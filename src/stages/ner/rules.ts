import { describesOnePerson, isPersonName, isPlaceName, isTimeZoneAt, isTitleWord, kindBit, type Lexicon, MAX_PHRASE_TOKENS, nameKey, organizationInitials } from '../../language/lexicon/index.js';
import type { EntityType, Field, Tokens } from '../../core/types.js';
import { tokenAt } from '../../core/token-at.js';
import { isHonorific, isHonorificTitleWord } from './honorific.js';
import type { FoundSpan } from './spans.js';

/** Most capitalised words taken as a name after an honorific the tagger passed over. */
const MAX_NAME_AFTER_HONORIFIC = 3;
/** Longest institution head after a demonym, in tokens ("state news agency"). */
const MAX_HEAD_TOKENS = 3;
/** Most capitalised words before an organization's head ("National Association for …"). */
const MAX_WORDS_BEFORE_HEAD = 3;
/** Words that join an organization's head to what it is for. */
const PURPOSE_WORDS = new Set(['on', 'for', 'to', 'against']);
/** A city at least this populous is news' place when named alone, more than any person who bears its name. */
const LARGE_CITY = 100_000;
/** The word right before a name, with its period: "Prince" of "Prince Sultan", "Mr." of "Mr. Justice". */
const WORD_BEFORE = /(\S+)\s+$/u;
/** A party's letter and a state, as news writes them after a lawmaker's name: "R-Texas", "D-N.Y.", "I-Vt.". */
const PARTY_AND_STATE = /^[RDI]-\p{Lu}/u;
/** " v. " between the parties of a court case, after the first and before the second (not a race's "vs."). */
const CASE_BEFORE = /^ v\. /u;
const CASE_AFTER = / v\. $/u;

/**
 * Names found by the lexicon rather than the tagger: organizations of `organizations.txt` written exactly
 * so ("BRICS"), people after an honorific ("Mr. Guajardo Villarreal"), a US state's abbreviation after a town
 * ("Alexandria, Va."), and institutions named by a demonym and a head ("Chinese foreign ministry", "Iranian
 * state TV"), which are organizations as a whole.
 */
export function lexiconSpans(field: Field, text: string, tokens: Tokens, lexicon: Lexicon): FoundSpan[] {
  const spans: FoundSpan[] = [];
  const count = tokens.starts.length;
  const slice = (from: number, to: number) => text.slice(tokens.starts[from], tokens.ends[to - 1]);
  // "The Atlantic hurricane season" opening a sentence is no outlet's name: a known name with its "The" there
  // does not go on into a common noun.
  const modifiesNounAtOpening = (i: number, j: number) =>
    (i === 0 || tokens.sentence[i - 1] !== tokens.sentence[i]) && tokens.words[i] === 'The' && tokens.pos[j] === 'NOUN' && /^\p{Ll}/u.test(tokens.words[j] ?? '');
  const knownOrganizationAt = (i: number) => {
    for (let j = Math.min(count, i + MAX_PHRASE_TOKENS); j > i; j--) {
      if (tokens.sentence[j - 1] !== tokens.sentence[i] || !lexicon.organizations.has(slice(i, j)) || modifiesNounAtOpening(i, j)) continue;
      spans.push({ field, start: tokens.starts[i] as number, end: tokens.ends[j - 1] as number, type: 'ORGANIZATION', form: 'name' });
      break;
    }
  };
  for (let i = 0; i < count; i++) {
    // Every name these rules find starts with a capital, but a known organization's may start with a particle
    // ("al-Qaeda", "al Qaeda").
    const written = slice(i, i + 1);
    if (!/^\p{Lu}/u.test(written)) {
      const dash = written.indexOf('-');
      if (lexicon.nameParticles.has(dash === -1 ? written : written.slice(0, dash))) knownOrganizationAt(i);
      continue;
    }
    // "Mr. Guajardo Villarreal": the capitalised words after an honorific are a person's name.
    if (isHonorific(written, lexicon)) {
      let last = i;
      // Not across a line break a dump flattened into spaces ("Cheers, Ms. Yellen  The Federal Reserve chairwoman").
      const goesOn = (t: number) => tokens.sentence[t] === tokens.sentence[i] && !/\s\s/u.test(text.slice(tokens.ends[t - 1], tokens.starts[t]));
      while (last + 1 < count && last - i < MAX_NAME_AFTER_HONORIFIC && goesOn(last + 1) && /^\p{Lu}\p{Ll}/u.test(tokens.words[last + 1] ?? '')) last++;
      // "Miss Universe Alicia Machado": the name starts after a word of the honorific's title.
      const first = last > i + 1 && isHonorificTitleWord(slice(i + 1, i + 2), slice(i + 2, i + 3), lexicon) ? i + 2 : i + 1;
      // But "Mr. President, …" addresses someone by a title, which names no one (`not-names.txt`).
      if (last >= first && !lexicon.notNames.has(nameKey(slice(first, last + 1)))) spans.push({ field, start: tokens.starts[first] as number, end: tokens.ends[last] as number, type: 'PERSON', form: 'name' });
      continue;
    }
    knownOrganizationAt(i);
    // "Alexandria, Va.", "Reno, Nev.,": a US state's abbreviation after a name and its comma is the state.
    if (i >= 2 && tokens.sentence[i - 2] === tokens.sentence[i] && slice(i - 1, i) === ',' && /^\p{Lu}/u.test(slice(i - 2, i - 1)) && written.endsWith('.') && lexicon.places.stateByAbbreviation.has(nameKey(written))) {
      spans.push({ field, start: tokens.starts[i] as number, end: tokens.ends[i] as number, type: 'PLACE', form: 'name' });
    }
    const headed = organizationWithPurpose(tokens, i, lexicon);
    if (headed !== undefined) spans.push({ field, start: tokens.starts[headed[0]] as number, end: tokens.ends[headed[1] - 1] as number, type: 'ORGANIZATION', form: 'name' });
    for (let d = i + 1; d <= Math.min(count, i + 2); d++) {
      if (!lexicon.places.countryByDemonym.has(nameKey(slice(i, d)))) continue;
      for (let h = Math.min(count, d + MAX_HEAD_TOKENS); h > d; h--) {
        if (tokens.sentence[h - 1] !== tokens.sentence[i] || !lexicon.institutions.has(nameKey(slice(d, h)))) continue;
        // "Chinese Foreign Ministry" is a name; "Chinese foreign ministry" describes the same institution.
        const form = /^\p{Lu}/u.test(text.charAt(tokens.starts[d] as number)) ? 'name' : 'description';
        spans.push({ field, start: tokens.starts[i] as number, end: tokens.ends[h - 1] as number, type: 'ORGANIZATION', form });
        break;
      }
    }
  }
  return spans;
}

/**
 * "Commission on Presidential Debates", "Center for American Progress": an organization's head (token `head`)
 * and the capitalised words after "on", "for", "to" or "against" name one organization with the capitalised
 * words before the head ("Senate Committee on Foreign Relations"), as tokens `[first, last)`. The tagger, taught
 * on 1996 Reuters, cuts such names at the preposition or misses them. A time ends the name: "the Council on Friday".
 */
function organizationWithPurpose(tokens: Tokens, head: number, lexicon: Lexicon): [number, number] | undefined {
  const word = (t: number) => (t >= 0 && t < tokens.starts.length && tokens.sentence[t] === tokens.sentence[head] ? (tokens.words[t] ?? '') : '');
  if (!lexicon.organizationHeads.has(word(head)) || !PURPOSE_WORDS.has(word(head + 1))) return undefined;
  const named = (t: number) => /^\p{Lu}/u.test(word(t)) && !lexicon.timeWords.has(nameKey(word(t))) && !lexicon.functionWords.has(nameKey(word(t)));
  let last = word(head + 2) === 'the' ? head + 3 : head + 2;
  if (!named(last)) return undefined;
  // "for the Advancement of Colored People", "for the Protection of the Constitution"; but "and" may start the next name of a list.
  const ofPhrase = (t: number) => (word(t) !== 'of' ? 0 : named(t + 1) ? 1 : word(t + 1) === 'the' && named(t + 2) ? 2 : 0);
  for (let next = last + 1; named(next) || ofPhrase(next) > 0; next = last + 1) last = named(next) ? next : next + ofPhrase(next);
  // "… Relations National Executive Director Nihad Awad": where a title follows, the tagger tells where the name ends.
  for (let t = head + 2; t <= last; t++) if (lexicon.phrases.is(nameKey(word(t)), 'title')) return undefined;
  let first = head;
  while (head - first < MAX_WORDS_BEFORE_HEAD && named(first - 1)) first--;
  return [first, last + 1];
}

/** True for a name of two words or more whose last is an organization's: "General Motors", "Ford Motor Co.". */
export function isCompanyName(name: string, lexicon: Lexicon): boolean {
  const words = name.split(' ');
  return words.length > 1 && lexicon.organizationWords.has(words.at(-1) as string);
}

/**
 * The tagger's spans with the lexicon's word on them: known organizations and agencies, and names ending
 * in an organization word ("Quorvia Holdings"), are organizations; non-names go, and so does a lone function
 * word that opens a sentence ("Well, ...", "Moreover"), capitalised for its place.
 */
export function corrected(field: Field, spans: readonly FoundSpan[], text: string, tokens: Tokens, lexicon: Lexicon): FoundSpan[] {
  const openers = sentenceOpeners(text, tokens);
  // "Jolly," opens a sentence as David Jolly's surname.
  const nameWords = laterNameWords(spans, text);
  // Names of lists whose parts the tagger read apart are one name: their parts are named alone nowhere.
  const listed = organizationsOfPlaces(organizationsOfLists(nounsJoinedToOrganizations(withNicknames(field, withPatronymics(field, spans, text, tokens, lexicon), text, lexicon), text, lexicon), text, lexicon), text, lexicon);
  const namedAlone = new Set(listed.map((span) => nameKey(text.slice(span.start, span.end))));
  const surnames = surnamesOf(spans, text, lexicon);
  // "the Clintons", "the Bushes": a family the field names a member of is no one person nor an organization.
  const family = (written: string, start: number) =>
    /^\p{Lu}\p{L}+s$/u.test(written) && /(?:^|\s)the\s$/iu.test(text.slice(Math.max(0, start - 4), start)) && [written.slice(0, -1), written.slice(0, -2)].some((stem) => surnames.has(nameKey(stem)));
  // "his final State of the Union address": the phrases of not-names.txt, where no name is one.
  const notNamePhrases = [...text.matchAll(lexicon.notNamePhrases)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  // The first of two names joined by "and" is a name where it opens a sentence too.
  const coordinated = new Set<number>();
  const correct = (span: FoundSpan): FoundSpan[] => {
    const written = text.slice(span.start, span.end);
    const key = nameKey(written);
    // "Senator, thanks for coming in": a title alone names no one (but after another it is a name: "Prince Sultan").
    const wordBefore = WORD_BEFORE.exec(text.slice(Math.max(0, span.start - 24), span.start))?.[1] ?? '';
    const titleAlone = span.type === 'PERSON' && !written.includes(' ') && isTitleWord(lexicon, key) && !surnames.has(key) && !isTitleWord(lexicon, nameKey(wordBefore));
    // "Hurricane Ian", "Storm Ciara": a storm's name.
    const storm = lexicon.stormWords.has(wordBefore) || lexicon.stormWords.has(/^(\S+)\s/u.exec(written)?.[1] ?? '');
    // A letter alone ("I.", a stray line) is an initial, never a whole name; "at 21:40 BST", "8 p.m. ET": a time zone.
    const inPhrase = notNamePhrases.some((phrase) => phrase.start <= span.start && span.end <= phrase.end);
    if (lexicon.notNames.has(key) || /^\p{Lu}\.?$/u.test(written) || family(written, span.start) || titleAlone || storm || inPhrase || isTimeZoneAt(lexicon.tokens.timeZones, text, span.start, span.end)) return [];
    // "Sen. Ted Cruz (R-Texas)": a party and a state after a lawmaker's name name no one; "Roe v. Wade", "Bush v.
    // Gore": the parties of a court case name the case.
    if (PARTY_AND_STATE.test(written) || CASE_BEFORE.test(text.slice(span.end, span.end + 4)) || CASE_AFTER.test(text.slice(Math.max(0, span.start - 4), span.start))) return [];
    // "the Affordable Care Act", "the First Amendment": a law or a treaty, not an organization.
    if (lexicon.documentWords.has(written.slice(written.lastIndexOf(' ') + 1))) return [];
    if (openers.has(span.start) && !coordinated.has(span.start) && !/\s/u.test(written) && !nameWords.has(key) && isOpeningWord(key, text.charAt(span.end), lexicon)) return [];
    // "Trump's spokeswoman": a person's surname with its possessive, which the tagger took for a company's name
    // ("McDonald's"), is that person.
    const possessor = POSSESSIVE_END.exec(written);
    if (span.type === 'ORGANIZATION' && possessor !== null && surnames.has(nameKey(possessor[1] as string))) return correct({ ...span, end: span.start + (possessor[1] as string).length, type: 'PERSON' });
    // The two names a word at `at` (of `width` characters with its spaces) joins, each read on its own; the second
    // of type `second`.
    const apart = (at: number, width: number, second = span.type) => [...correct({ ...span, end: span.start + at }), ...correct({ ...span, start: span.start + at + width, type: second })];
    // "Facebook or Twitter", "Cruz or Trump": "or" joins two names and is in none.
    const or = written.indexOf(' or ');
    if (or > 0) return apart(or, 4);
    // "Mr. Wang of Nan Ya", "Altman of Evercore": a person is of a place or an organization, whose name is no part
    // of the person's.
    const of = span.type === 'PERSON' ? written.indexOf(' of ') : -1;
    if (of > 0 && /^\p{Lu}/u.test(written.slice(of + 4))) return apart(of, 4, isPlaceName(lexicon, nameKey(written.slice(of + 4))) ? 'PLACE' : 'ORGANIZATION');
    const known = (name: string) => lexicon.phrases.is(nameKey(name), 'organization');
    const companyName = (name: string) => isCompanyName(name, lexicon) || known(name);
    // "the Asian Development Bank in Manila", "Lehigh University in Pennsylvania": a known place after an
    // organization's whole name and "in" is where it stands (but "Human Rights in China" is one name).
    const located = span.type === 'ORGANIZATION' ? written.lastIndexOf(' in ') : -1;
    const organizationNamed = (name: string) => companyName(name) || endsInOrganizationNoun(name, lexicon);
    if (located > 0 && isPlaceName(lexicon, nameKey(written.slice(located + 4))) && organizationNamed(written.slice(0, located))) return apart(located, 4, 'PLACE');
    // "Twitter and Facebook" where the field names each alone: two names ("Procter and Gamble" is one); and so
    // are two companies' names, each of words that end in an organization's or known as one ("General Motors and
    // Ford Motor Co.", "Sony and Dell"; but "Securities and Exchange Commission" is one).
    const and = written.indexOf(' and ');
    const companies = and > 0 && companyName(written.slice(0, and)) && companyName(written.slice(and + 5)) && !known(written);
    // "Bank of America and Wells Fargo": a name that ends in "of" and a country's or a state's name is whole
    // before "and".
    const beforeAnd = written.slice(0, Math.max(0, and));
    const ofPlace = and > 0 && beforeAnd.includes(' of ') && (lexicon.phrases.kindsOf(nameKey(beforeAnd.slice(beforeAnd.lastIndexOf(' of ') + 4))) & STATE_KINDS) !== 0 && !known(written);
    if (and > 0 && ((namedAlone.has(nameKey(beforeAnd)) && namedAlone.has(nameKey(written.slice(and + 5)))) || companies || ofPlace)) {
      coordinated.add(span.start);
      return apart(and, 5);
    }
    // "Although Trump ...": an English function word opening the sentence is no part of the name after it,
    // nor is one in lower case wherever it stands ("Apart from Facebook" is Facebook), nor a preposition that
    // compromise has as an adjective opening the sentence ("Outside Carrier's plant"); an article, or a short
    // word that other languages' names begin with, may be ("The Hague", "El Salvador", "de Blasio").
    const opener = /^(\S+)\s+/u.exec(written);
    const first = (opener?.[1] ?? '').toLowerCase();
    const lowerCase = opener !== null && first === opener[1];
    const functionWord = lexicon.functionWords.has(first) || (openers.has(span.start) && lexicon.prepositions.has(first));
    // A two-letter one only as English writes it, before no company's name ("As The Daily Caller reported"; not
    // "US Airways", "El Paso", "In Home Health Inc").
    const rest = written.slice(opener?.[0].length ?? 0);
    const cuttable = first.length > 2 || (/^\p{Lu}\p{Ll}$/u.test(opener?.[1] ?? '') && !lexicon.nameParticles.has(first) && !isCompanyName(rest, lexicon));
    if ((openers.has(span.start) || lowerCase) && opener !== null && functionWord && cuttable && first !== 'the' && first !== 'les') {
      return correct({ ...span, start: span.start + opener[0].length });
    }
    // "The Washington Post", "The Justice Department" at a sentence's start: "the" is no part of an
    // organization's name, as "the Washington Post" is not (but of places' it may be: "The Hague").
    // Nor is "a" any name's ("A Sony spokeswoman said"; but "An" is a given name: "An Marchal").
    // But a name known with its "The" keeps it ("The Hill", "The Atlantic").
    if (((first === 'the' && span.type === 'ORGANIZATION' && !lexicon.organizations.has(written)) || first === 'a') && opener !== null) return correct({ ...span, start: span.start + opener[0].length });
    const member = memberDescribed(span, written, text, lexicon);
    if (member !== span) return member === undefined ? [] : correct(member);
    const withWord = withOrganizationWord(span, text, tokens, lexicon);
    if (withWord !== span) return correct(withWord);
    const words = written.split(/\s+/u);
    const organization =
      span.form === 'name' &&
      (lexicon.phrases.is(key, 'agency') || lexicon.organizations.has(written) || (words.length > 1 ? endsOrganization(words, lexicon) : lexicon.organizationWords.has(COMPOUND_TAIL.exec(written)?.[1] ?? '')));
    const last = words.at(-1) as string;
    const placeWord = (lexicon.placeWords.has(last) && !inResults(text, span)) || (lexicon.placeOrSurnameWords.has(last) && !lexicon.firstNameGender.has(nameKey(words[0] as string)) && !isPersonName(lexicon, nameKey(words[0] as string)));
    // "Association for Relations Across the Taiwan Straits", "World Affairs Council of Orange County", "University of
    // North Carolina at Chapel Hill" are headed by what they are.
    const headed = words.some((word, i) => (lexicon.organizationHeads.has(word) && PURPOSE_WORDS.has(words[i + 1] as string)) || (words[i + 1] === 'of' && (lexicon.organizationHeads.has(word) || endsInOrganizationNoun(word, lexicon))));
    const place = !organization && span.form === 'name' && words.length > 1 && placeWord && !headed;
    // "the village of Beit Ummar": the name a place's noun and "of" stand before is that place.
    const ofPlaceNoun = span.form === 'name' && !known(written) && lexicon.placeNouns.has(PLACE_NOUN_OF.exec(text.slice(Math.max(0, span.start - 16), span.start))?.[1] ?? '');
    const typed = organization ? { ...span, type: 'ORGANIZATION' as const } : place || ofPlaceNoun ? { ...span, type: 'PLACE' as const } : oneWordRetyped(span, key, text, tokens, lexicon);
    if (typed.type === 'PERSON' || (!organization && !place && words.length > 1 && personAfterRole(span, key, tokens, lexicon))) return [withGivenName({ ...typed, type: 'PERSON' }, text, tokens, lexicon)];
    return typed.type === 'ORGANIZATION' && typed.form === 'name' ? [beforeTitle(typed, text, tokens, lexicon)] : [typed];
  };
  // The field-wide readings first (possessive company names, particles, lists, "said it", surnames and
  // initials of names the field gives in full), then each span on its own.
  const read = withParticles(possessiveOrganizations(listed, text, lexicon), text, lexicon).map((span) => withLetterInitials(span, text));
  // Organizations the tagger left out that their words say are ones ("Shares of Airbus") count as found.
  const organizations = [...read, ...organizationsInContext(field, read, text, tokens, lexicon)].sort((a, b) => a.start - b.start);
  return [...saidIt(coordinatedNames(organizations, text, lexicon), text, tokens, lexicon, nameWords), ...knownSurnames(field, read, text, tokens, lexicon), ...knownOrganizations(field, organizations, text, tokens, lexicon)].flatMap(correct);
}

/**
 * A name in a line of results, a team's ("Notts County 0 York 1", "Montrose v Ross County"): a score right after
 * it, or "v" beside it.
 */
function inResults(text: string, span: FoundSpan): boolean {
  return /^ (?:\d|v )/u.test(text.slice(span.end, span.end + 3)) || / v $/u.test(text.slice(Math.max(0, span.start - 3), span.start));
}

/** Initials written as capitals alone before a name, as Indian papers write them: "T S ", "M K ", "K " (not "A ", "I "). */
const LETTER_INITIALS = /(?:^|[^\p{L}\p{N}.'’])((?:\p{Lu} ){2,3}|[B-HJ-Z] )$/u;
/** A name of two or more such initials and a surname or two: "T S Thakur", "M K Stalin". */
const INITIALED_NAME = /^(?:\p{Lu} ){2,3}\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u;

/**
 * "Chief Justice T S Thakur", "K Chandrasekhar Rao": initials written without their stops before a name are
 * part of it, which the tagger left out or took for an organization's ("S Thakur").
 */
function withLetterInitials(span: FoundSpan, text: string): FoundSpan {
  const initials = LETTER_INITIALS.exec(text.slice(Math.max(0, span.start - 8), span.start))?.[1];
  const start = span.start - (initials?.length ?? 0);
  return INITIALED_NAME.test(text.slice(start, span.end)) || (initials !== undefined && span.type === 'PERSON') ? { ...span, start, type: 'PERSON' } : span;
}

/** A lower-case noun and "of" right before a name: "village of ". */
const PLACE_NOUN_OF = /(?:^|\s)(\p{Ll}+) of $/u;

/** A one-word name and the possessive after it: "Trump's". */
const POSSESSIVE_END = /^(\p{Lu}[\p{L}-]*)['’]s$/u;

/** A surname of one syllable as East Asian names write it first: "Xi", "Hu", "Wen". */
const EAST_ASIAN_SURNAME = /^\p{Lu}\p{Ll}{1,3}$/u;

/**
 * A surname with the given name right before it that the tagger left out ("Rand Paul", where the 1996 wire
 * copy it learnt from has "rand" as a currency): a capitalised word of the given-name lists, in the same
 * sentence, that is no title and no time ("Sen. Paul", "April"); or an East Asian surname written first.
 */
function withGivenName(span: FoundSpan, text: string, tokens: Tokens, lexicon: Lexicon): FoundSpan {
  const first = tokenAt(tokens.ends, span.start);
  const before = first - 1;
  if (/\s/u.test(text.slice(span.start, span.end)) || before < 0 || tokens.sentence[before] !== tokens.sentence[first] || text.slice(tokens.ends[before], span.start) !== ' ') return span;
  const written = tokens.words[before] ?? '';
  const key = nameKey(written);
  const word = /^\p{Lu}\p{Ll}+$/u.test(written) && !isTitleWord(lexicon, key) && !lexicon.timeWords.has(key);
  // "Xi Jinping visited": a short proper noun that opens the sentence is an East Asian surname the tagger let go.
  const opening = (before === 0 || tokens.sentence[before - 1] !== tokens.sentence[before]) && tokens.pos[before] === 'PROPN';
  const surname = opening && isEastAsianSurname(written, lexicon);
  return word && (lexicon.givenNames.has(key) || surname) ? { ...span, start: tokens.starts[before] as number } : span;
}

/** A short word written as an East Asian surname, and no word of English ("Like Allen") nor an honorific ("Mrs Yeltsin"). */
function isEastAsianSurname(written: string, lexicon: Lexicon): boolean {
  const key = nameKey(written);
  return EAST_ASIAN_SURNAME.test(written) && !lexicon.givenNames.has(key) && (lexicon.phrases.is(key, 'last') || !lexicon.vocabulary.has(key));
}

/**
 * A longer name right after a role's noun in lower case is the person who holds the role, whatever the tagger
 * read ("WTO chief Ngozi Okonjo-Iweala", "party leader Le Pen"); not a name a gazetteer or a list knows as a
 * place or an organization.
 */
function personAfterRole(span: FoundSpan, key: string, tokens: Tokens, lexicon: Lexicon): boolean {
  const before = tokenAt(tokens.ends, span.start) - 1;
  if (span.type === 'PERSON' || before < 0 || tokens.sentence[before] !== tokens.sentence[before + 1]) return false;
  const role = tokens.words[before] ?? '';
  // "the official People's Daily": after an article the word is the name's modifier; "state Appeals Court
  // Judge JoAnne Kloppenburg": a name before a capitalised word is another's modifier.
  const article = before > 0 && ONE_PERSON.test(` ${tokens.words[before - 1] ?? ''} `);
  const after = tokenAt(tokens.ends, span.end - 1) + 1;
  const modifier = after < tokens.starts.length && tokens.sentence[after] === tokens.sentence[before] && /^\p{Lu}/u.test(tokens.words[after] ?? '');
  if (!/^\p{Ll}+$/u.test(role) || article || modifier || tokens.pos[before] !== 'NOUN' || lexicon.cues.heads.get(role) !== 'role' || isPlaceName(lexicon, key)) return false;
  return !lexicon.phrases.is(key, 'organization') && !lexicon.phrases.is(key, 'agency');
}

/** Articles before a description of one person. */
const ONE_PERSON = /(?:^|\s)(?:the|a|an|one|another)\s+$/iu;

/**
 * "the New York Democrat", "a Blue Dog Democrat", "the Scot": a name that ends in a party member's or a
 * nationality's noun after an article describes a person; the place before the noun stays a place, the rest is
 * no name. So does one that opens with that noun and "of" ("Senator Joe Donnelly, Democrat of Indiana"): the
 * place after "of" stays. The span itself when it is no such description.
 */
function memberDescribed(span: FoundSpan, written: string, text: string, lexicon: Lexicon): FoundSpan | undefined {
  const memberOf = /^(\S+) of (.+)$/u.exec(written);
  if (memberOf !== null && describesOnePerson(lexicon, memberOf[1] as string) && isPlaceName(lexicon, nameKey(memberOf[2] as string))) {
    return { ...span, start: span.end - (memberOf[2] as string).length, type: 'PLACE' };
  }
  const words = written.split(/\s+/u);
  if (!describesOnePerson(lexicon, words.at(-1) as string) || !ONE_PERSON.test(text.slice(Math.max(0, span.start - 10), span.start))) return span;
  const before = words.slice(0, -1).join(' ');
  return before !== '' && isPlaceName(lexicon, nameKey(before)) ? { ...span, end: span.start + before.length, type: 'PLACE' } : undefined;
}

/** Particles between two names, or before one: " ten ", " von der ". */
function particlesOf(between: string, lexicon: Lexicon): boolean {
  const words = between.trim().split(' ');
  return /^ \S.* $/u.test(between) && words.every((word) => lexicon.nameParticles.has(word.toLowerCase()));
}

/** A particle, a hyphen and a capitalised surname after a space: " el-Sisi", " al-Assad". */
const GLUED_SURNAME = /^ (\p{Ll}+)-\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?/u;
/** Longest such surname read, in characters. */
const MAX_GLUED_SURNAME = 40;

/**
 * "Erik ten Hag", "Mohammed bin Salman", "Abdel Fattah el-Sisi": a person's name and the name its particles join
 * to it are one person, and the particles stay before the surname where the field writes it alone ("ten Hag
 * said", "Ten Hag left").
 */
function withParticles(spans: readonly FoundSpan[], text: string, lexicon: Lexicon): FoundSpan[] {
  const joined: FoundSpan[] = [];
  const surnames = new Set<string>();
  for (const span of spans) {
    const before = joined.at(-1);
    // The surname glued to its particle that the name before took in: "el-Sisi".
    if (before !== undefined && span.start < before.end) continue;
    const between = before === undefined ? '' : text.slice(before.end, span.start);
    if (before?.type === 'PERSON' && span.form === 'name' && between === between.toLowerCase() && particlesOf(between, lexicon)) {
      joined[joined.length - 1] = { ...before, end: span.end };
      surnames.add(nameKey(text.slice(before.end + 1, span.end)));
    } else joined.push(span);
    // "Abdel Fattah el-Sisi": a surname glued to its particle by a hyphen ends the name.
    const last = joined.at(-1) as FoundSpan;
    const glued = last.type === 'PERSON' ? GLUED_SURNAME.exec(text.slice(last.end, last.end + MAX_GLUED_SURNAME)) : null;
    if (glued !== null && lexicon.nameParticles.has(glued[1] as string)) joined[joined.length - 1] = { ...last, end: last.end + glued[0].length };
  }
  if (surnames.size === 0) return joined;
  return joined.map((span) => {
    const name = nameKey(text.slice(span.start, span.end));
    for (const surname of surnames) {
      const start = span.start - (surname.length - name.length);
      const written = start >= 0 && surname.endsWith(` ${name}`) && nameKey(text.slice(start, span.end)) === surname;
      if (span.type === 'PERSON' && written && !/\p{L}/u.test(text.charAt(start - 1))) return { ...span, start };
    }
    return span;
  });
}

/** Most given names read before a patronymic particle: "Abu Bakr Omar bin …". */
const MAX_GIVEN_NAMES = 3;

/**
 * "Osama bin Laden", "Bin Laden said": a patronymic particle (`patronymic-particles.txt`) and the capitalised
 * word after it are a person's name, with the given names before it back to a title, a place or a function word
 * ("Saudi Prince Alwaleed bin Talal"). The tagger, which learnt few such names, leaves them out or cuts them
 * ("Laden" is an English word too); a span it read over their words gives way.
 */
function withPatronymics(field: Field, spans: readonly FoundSpan[], text: string, tokens: Tokens, lexicon: Lexicon): readonly FoundSpan[] {
  const word = (t: number) => tokens.words[t] ?? '';
  const inSentence = (t: number, u: number) => u >= 0 && u < tokens.starts.length && tokens.sentence[u] === tokens.sentence[t];
  const nameWord = (u: number) => /^\p{Lu}/u.test(word(u)) && !lexicon.functionWords.has(word(u).toLowerCase()) && !lexicon.timeWords.has(nameKey(word(u)));
  const givenName = (u: number) => {
    const key = nameKey(word(u));
    return nameWord(u) && !isTitleWord(lexicon, key) && !isHonorific(word(u), lexicon) && !isPlaceName(lexicon, key) && !lexicon.phrases.is(key, 'demonym');
  };
  // Most fields hold no particle: one search of the text for each says so, and the tokens are not read.
  const lower = text.toLowerCase();
  if (![...lexicon.patronymicParticles].some((particle) => lower.includes(`${particle} `))) return spans;
  const names: FoundSpan[] = [];
  for (let t = 0; t < tokens.starts.length; t++) {
    if (!lexicon.patronymicParticles.has(word(t).toLowerCase()) || !inSentence(t, t + 1) || !nameWord(t + 1)) continue;
    let first = t;
    while (t - first < MAX_GIVEN_NAMES && inSentence(t, first - 1) && givenName(first - 1)) first--;
    // The father's name goes on as the tagger read it: "Mohamed bin Zayed Al Nahyan".
    const father = spans.find((span) => span.start === tokens.starts[t + 1] && span.type === 'PERSON');
    names.push({ field, start: tokens.starts[first] as number, end: Math.max(tokens.ends[t + 1] as number, father?.end ?? 0), type: 'PERSON', form: 'name' });
  }
  return replacedBy(spans, names);
}

/** A nickname of one to three capitalised words in marks and the capitalised word after it: ' "Chico" Manriquez'. */
const NICKNAME = / (["“'‘])\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}(["”'’]) \p{Lu}[\p{L}'’-]+/gu;
/** The given name (and initial) that ends the text before a nickname: "Juan", "Robert C.". */
const GIVEN_NAME_BEFORE = /(?<![\p{L}\p{M}.'’-])(\p{Lu}[\p{L}'’-]+)(?: \p{Lu}\.)?$/u;
/** The closing mark of each opening one. */
const CLOSING_MARK: Readonly<Record<string, string>> = { '"': '"', '“': '”', "'": "'", '‘': '’' };

/**
 * A person's name with a nickname in marks inside it is one name: the tagger reads the nickname as a quote's
 * words and cuts the name around it ("Juan", "Chico" an organization, "Manriquez of Oakland"). Only after a
 * given name the lexicon knows; the name runs on as the tagger read its last part.
 */
function withNicknames(field: Field, spans: readonly FoundSpan[], text: string, lexicon: Lexicon): readonly FoundSpan[] {
  const names: FoundSpan[] = [];
  for (const match of text.matchAll(NICKNAME)) {
    const [nickname, open = '', close = ''] = match;
    const given = GIVEN_NAME_BEFORE.exec(text.slice(Math.max(0, match.index - MAX_GIVEN_NAME), match.index));
    const key = nameKey(given?.[1] ?? '');
    if (given === null || CLOSING_MARK[open] !== close || !(lexicon.givenNames.has(key) || lexicon.firstNameGender.has(key))) continue;
    const end = match.index + nickname.length;
    const last = spans.find((span) => span.start === match.index + nickname.lastIndexOf(' ') + 1);
    names.push({ field, start: match.index - given[0].length, end: Math.max(end, last?.end ?? 0), type: 'PERSON', form: 'name' });
  }
  return replacedBy(spans, names);
}

/** Most characters of a given name and initial read before a nickname. */
const MAX_GIVEN_NAME = 24;

/** The spans with those that overlap any of `names` replaced by them, in text order. */
function replacedBy(spans: readonly FoundSpan[], names: readonly FoundSpan[]): readonly FoundSpan[] {
  if (names.length === 0) return spans;
  const overlaps = (span: FoundSpan) => names.some((name) => span.start < name.end && name.start < span.end);
  return [...spans.filter((span) => !overlaps(span)), ...names].sort((a, b) => a.start - b.start);
}

/** The capitalised words listed after a name, the last after "and": ", Film and Television", " and Urban Development". */
const LISTED_WORDS = /^(?:, \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*)*,? and \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*(?![\p{L}-])/u;
/** Longest such list read, in characters. */
const MAX_LISTED = 80;

/**
 * "Department of Housing and Urban Development", "National Institute of Allergy and Infectious Diseases", "State
 * Administration of Radio, Film and Television": an organization whose name says what it is of takes the
 * capitalised words listed after it, which the tagger cut off at "and" or read apart. Not where a part of the list
 * is a name of its own: one the lexicon knows, initials, one that ends as an organization's name does, or one with
 * a place's name in it; nor over a person or a place the tagger read.
 */
function organizationsOfLists(spans: readonly FoundSpan[], text: string, lexicon: Lexicon): readonly FoundSpan[] {
  const joined: FoundSpan[] = [];
  const ownName = (part: string) => {
    const words = part.split(' ');
    const last = words.at(-1) as string;
    return lexicon.phrases.is(nameKey(part), 'organization') || lexicon.organizationWords.has(last) || lexicon.organizationHeads.has(last) || words.some((word) => /^\p{Lu}{2,}$/u.test(word) || isPlaceName(lexicon, nameKey(word)) || lexicon.functionWords.has(word.toLowerCase()));
  };
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as FoundSpan;
    joined.push(span);
    const written = text.slice(span.start, span.end);
    const of = written.lastIndexOf(' of ');
    // Not "the University of Michigan and Ohio State", "Bank of America and Wells Fargo": a place's name is no
    // list's first part.
    if (span.type !== 'ORGANIZATION' || span.form !== 'name' || of === -1 || isPlaceName(lexicon, nameKey(written.slice(of + 4)))) continue;
    const listed = LISTED_WORDS.exec(text.slice(span.end, span.end + MAX_LISTED))?.[0];
    if (listed === undefined || listed.split(/,? and |, /u).slice(1).some(ownName)) continue;
    const end = span.end + listed.length;
    let next = i + 1;
    while (next < spans.length && (spans[next] as FoundSpan).start < end && (spans[next] as FoundSpan).type === 'ORGANIZATION') next++;
    if (next < spans.length && (spans[next] as FoundSpan).start < end) continue;
    joined[joined.length - 1] = { ...span, end };
    i = next - 1;
  }
  return joined;
}

/** A capitalised word and "and" right before a name: "Ways and " of "Ways and Means Committee". */
const NOUN_AND_BEFORE = /(?<=\s)(\p{Lu}\p{Ll}+) and $/u;

/**
 * "the House Ways and Means Committee", "the Trade and Industry Ministry": a common noun written with a capital
 * and "and" before an organization's name that ends in its head (`organization-heads.txt`), which the tagger read
 * apart, are one name, with the name the noun ends ("House Ways"); not a person's.
 */
function nounsJoinedToOrganizations(spans: readonly FoundSpan[], text: string, lexicon: Lexicon): readonly FoundSpan[] {
  if (!text.includes(' and ')) return spans;
  const joined: FoundSpan[] = [];
  for (const span of spans) {
    const headed = span.type === 'ORGANIZATION' && span.form === 'name' && lexicon.organizationHeads.has(text.slice(span.start, span.end).split(' ').at(-1) as string);
    const noun = headed ? NOUN_AND_BEFORE.exec(text.slice(Math.max(0, span.start - 24), span.start))?.[1] : undefined;
    const key = noun === undefined ? '' : nameKey(noun);
    if (noun === undefined || !lexicon.vocabulary.has(key) || lexicon.functionWords.has(key) || lexicon.phrases.kindsOf(key) !== 0) {
      joined.push(span);
      continue;
    }
    const start = span.start - noun.length - ' and '.length;
    const before = joined.at(-1);
    const ending = before !== undefined && before.end === start + noun.length && before.type !== 'PERSON' ? before : undefined;
    if (before !== undefined && before.end > start && ending === undefined) joined.push(span);
    else {
      if (ending !== undefined) joined.pop();
      joined.push({ ...span, start: ending?.start ?? start });
    }
  }
  return joined;
}

/**
 * "the Communist Party of China", "the National Bank of Hungary": an organization whose name ends in a noun for one
 * (`speaker-heads.tsv`) and the place after "of", which the tagger read apart, are one name; not a company or a
 * team of a place ("Bestop Inc of Boulder", "Benfica of Portugal"). So is the place after "at" of such a name
 * of a state: "the University of California at Berkeley" is one campus (not "Bank of America at Charlotte").
 */
function organizationsOfPlaces(spans: readonly FoundSpan[], text: string, lexicon: Lexicon): readonly FoundSpan[] {
  const joined: FoundSpan[] = [];
  for (const span of spans) {
    const before = joined.at(-1);
    const between = before?.type === 'ORGANIZATION' && span.type === 'PLACE' && span.form === 'name' ? text.slice(before.end, span.start) : '';
    const name = before === undefined ? '' : text.slice(before.start, before.end);
    const ofPlace = between === ' of ' && endsInOrganizationNoun(name, lexicon);
    const of = name.lastIndexOf(' of ');
    const campus = between === ' at ' && of > 0 && endsInOrganizationNoun(name.slice(0, of), lexicon) && lexicon.phrases.is(nameKey(name.slice(of + 4)), 'region');
    if (before !== undefined && (ofPlace || campus)) joined[joined.length - 1] = { ...before, end: span.end };
    else joined.push(span);
  }
  return joined;
}

/** True for a name whose last word is a noun for an organization (`speaker-heads.tsv`): "Communist Party", "Asian Development Bank". */
function endsInOrganizationNoun(name: string, lexicon: Lexicon): boolean {
  return lexicon.cues.heads.get(nameKey(name.slice(name.lastIndexOf(' ') + 1))) === 'organization';
}

/** The possessive that joins the two parts of "Boatmen's Bancshares Inc". */
const POSSESSIVE_JOIN = /^['’]s $/u;

/**
 * "Boatmen's Bancshares Inc", then "Boatmen's" alone, or "McDonald's Corp" and "McDonald's": a company whose
 * name holds a possessive keeps its "'s" wherever the field writes its first word so, and is one name where
 * the tagger cut it at the "'s" (the tokenizer splits "'s" off, as a possessive is).
 */
function possessiveOrganizations(spans: readonly FoundSpan[], text: string, lexicon: Lexicon): FoundSpan[] {
  const joined: FoundSpan[] = [];
  for (const span of spans) {
    const before = joined.at(-1);
    // Not "Germany's Agriculture Ministry" nor "Kantar Media's Campaign Media Analysis Group": one organization's
    // word before the "'s".
    const owner = before !== undefined && before.type === 'ORGANIZATION' && !/\s/u.test(text.slice(before.start, before.end));
    const joins = owner && span.type === 'ORGANIZATION' && POSSESSIVE_JOIN.test(text.slice(before.end, span.start)) && endsOrganization(text.slice(span.start, span.end).split(/\s+/u), lexicon);
    if (joins) joined[joined.length - 1] = { ...before, end: span.end };
    else joined.push(span);
  }
  const owners = new Set(joined.filter((span) => span.type === 'ORGANIZATION').map((span) => /^(\S+)['’]s\s/u.exec(text.slice(span.start, span.end))?.[1]));
  return joined.map((span) => (owners.has(text.slice(span.start, span.end)) && /^['’]s\b/u.test(text.slice(span.end, span.end + 3)) ? { ...span, end: span.end + 2, type: 'ORGANIZATION' } : span));
}

/** The capitalised tail of a one-word compound name: "Corp" of "KeyCorp", "Group" of "WestGroup". */
const COMPOUND_TAIL = /\p{Ll}(\p{Lu}\p{Ll}+\.?)$/u;

const STATE_KINDS = kindBit('country') | kindBit('region');

/**
 * True for a name whose last word ends organizations' names: an organization word ("Holdings"), or an outlet's
 * after a place's name ("Orlando Sentinel", "Chicago Tribune"; but "Jim Courier" is a person).
 */
function endsOrganization(words: readonly string[], lexicon: Lexicon): boolean {
  const last = words.at(-1) as string;
  const outlet = lexicon.relations.outletWords.has(nameKey(last)) && isPlaceName(lexicon, nameKey(words[0] as string));
  return lexicon.organizationWords.has(last) || outlet;
}

/** Initials of three to five capitals ("KMT", "UNHCR"); two are as often a state's or a country's ("VA", "HK"). */
const INITIALS = /^\p{Lu}{3,5}$/u;

/**
 * Thanks or an answer to someone named right after them: "Thank you, ", "Thanks, ", and a reply that opens a
 * sentence ("Yes, ", "Well, "; not "he was, well, Carsonian").
 */
const ADDRESSED = /\b(?:[Tt]hank(?:s| you)|Yes|No|Well|Okay|Sure),\s$/u;

/**
 * A one-word place or organization the context or the lexicon tells otherwise: a name after a gendered noun is a
 * person ("his wife, Melania"), and so is one thanked or answered ("Thank you, Wolf.", "Yes, Wolf,"); initials
 * no gazetteer knows as a place's are an organization's ("the KMT"); "Trump" alone is the office holder, not the
 * casino company of the model's 1996 wire copy; a town before its state or a known place before a noun for an
 * organization is where the company is ("Cupertino, Calif.", "the Detroit automaker"); a country or a state before
 * a title ("Texas Senator Ted Cruz", "Florida Sen.") is the place the office is of.
 */
function oneWordRetyped(span: FoundSpan, key: string, text: string, tokens: Tokens, lexicon: Lexicon): FoundSpan {
  if (/\s/u.test(key)) return span;
  const word = (t: number) => (t >= 0 && t < tokens.starts.length ? nameKey(tokens.words[t] ?? '') : '');
  const next = tokenAt(tokens.ends, span.end - 1) + 1;
  // "Saatchi, the British advertising group, posted a loss": a name in apposition to a noun for an organization.
  if (span.type === 'PERSON') return lexicon.cues.heads.get(appositionHead(tokens, next) ?? '') === 'organization' ? { ...span, type: 'ORGANIZATION' } : span;
  const isTitle = (t: number) => isTitleWord(lexicon, word(t));
  // "his wife, Melania": a name after a noun that tells a person's gender is that person's; not one that
  // opens another name or a title ("her husband, Navy SEAL Ty Woods", "first lady, U.S. senator").
  const first = tokenAt(tokens.ends, span.start);
  const before = word(first - 1) === ',' ? first - 2 : first - 1;
  const opensMore = /^\p{Lu}/u.test(text.charAt(tokens.starts[next] ?? text.length)) || isTitle(next);
  // The noun is written in lower case: "John King, CNN" names no king.
  const noun = before >= 0 && /^\p{Ll}/u.test(text.charAt(tokens.starts[before] as number));
  if (noun && lexicon.genderedNouns.has(word(before)) && !opensMore) return { ...span, type: 'PERSON' };
  // "Thank you, Wolf.", "Yes, Wolf, that's right": the one thanked or answered by name is a person, not a place the
  // gazetteer lacks (but "Thank you, America!").
  const addressed = ADDRESSED.test(text.slice(Math.max(0, span.start - 12), span.start)) && /^[.!?,]/u.test(text.slice(span.end));
  if (addressed && !isPlaceName(lexicon, key)) return { ...span, type: 'PERSON' };
  // "the Bush administration", "the Assad regime": whose time in power it is, not a town or a company; but a
  // country, a state or a capital stands for its government ("the Vietnam era", "the Pyongyang regime").
  const places = lexicon.places;
  const seat = places.countryByName.has(key) || places.countryByDemonym.has(key) || places.usStates.has(key) || places.capitals.has(key) || span.form === 'demonym';
  if (word(first - 1) === 'the' && lexicon.tenureNouns.has(word(next)) && !seat) return { ...span, type: 'PERSON' };
  // "The KMT and the DPP": initials no gazetteer knows as a place's are an organization's; but not in a line of
  // capitals, nor opening a sentence, as a dateline's town does ("TAIBE, Israel").
  const shouted = (t: number) => /^\p{Lu}{2,}$/u.test(tokens.words[t] ?? '');
  const opens = first === 0 || tokens.sentence[first - 1] !== tokens.sentence[first];
  if (span.type === 'PLACE' && span.form === 'name' && INITIALS.test(text.slice(span.start, span.end)) && !isPlaceName(lexicon, key) && !opens && !shouted(first - 1) && !shouted(next)) return { ...span, type: 'ORGANIZATION' };
  if (span.type !== 'ORGANIZATION') return span;
  if (lexicon.officeHolderSurnames.has(key)) return { ...span, type: 'PERSON' };
  // "Cupertino, Calif.", "the Detroit automaker": a town before its state, or a place the gazetteer knows before a
  // noun for an organization, is where the company is, not the company.
  const nextWord = word(next);
  const beforeState = nextWord === ',' && (places.stateByAbbreviation.has(word(next + 1)) || places.usStates.has(word(next + 1)));
  const beforeOrganizationNoun = next < tokens.starts.length && /^\p{Ll}/u.test(text.charAt(tokens.starts[next] as number)) && lexicon.cues.heads.get(nextWord) === 'organization';
  if ((beforeState || beforeOrganizationNoun) && isPlaceName(lexicon, key)) return { ...span, type: 'PLACE' };
  // A team's captain is no office of a place ("Surrey captain Chris Lewis").
  const title = next < tokens.starts.length && word(next) !== 'captain' && isTitle(next);
  // Not a city's name: cities name teams ("Chelsea manager Ruud Gullit").
  return title && (lexicon.phrases.kindsOf(key) & STATE_KINDS) !== 0 ? { ...span, type: 'PLACE' } : span;
}

/** Most words of a noun phrase in apposition before its head: "the country's second-biggest car maker". */
const MAX_APPOSITION_TOKENS = 6;

/**
 * The head of a noun phrase in apposition that opens with a comma and an article at token `comma` (", the
 * advertising group,"): its last word before a comma, a period or a preposition ("the head of the group" is a
 * head), if no other punctuation stands in it.
 */
function appositionHead(tokens: Tokens, comma: number): string | undefined {
  const word = (t: number) => tokens.words[t] ?? '';
  if (word(comma) !== ',' || !['the', 'a', 'an'].includes(word(comma + 1))) return undefined;
  let t = comma + 2;
  while (t < tokens.starts.length && t < comma + 2 + MAX_APPOSITION_TOKENS && tokens.sentence[t] === tokens.sentence[comma] && /^(?:\p{L}[\p{L}-]*|['’]s)$/u.test(word(t)) && !APPOSITION_ENDS.has(word(t))) t++;
  return t > comma + 2 && [',', '.'].includes(word(t)) ? word(t - 1) : undefined;
}

/** Words that end a noun phrase's head: "the head of the group", "a firm based in Ohio". */
const APPOSITION_ENDS = new Set(['of', 'in', 'for', 'at', 'on', 'with', 'from', 'that', 'which', 'who', 'based']);

/** The article's spans with each one-word name given the type most of its mentions have there: places first, then organizations. */
export function byArticleMajority(spans: readonly FoundSpan[], fieldText: (field: Field) => string, fieldTokens: (field: Field) => Tokens, lexicon: Lexicon): FoundSpan[] {
  // The place vote moves no span of a person's words, so both votes read the same names.
  const names = oneWordNames(spans, fieldText, lexicon);
  return organizationsByMajority(placesByMajority(spans, names, fieldText, lexicon), names, fieldText, fieldTokens, lexicon);
}

/**
 * The article's one-word names: each span's name key, by its index (`''` for a longer name or no name), and the
 * keys the article shows to be a person's: the words of a person's longer name, and a name written after an
 * honorific or a title.
 */
interface OneWordNames {
  readonly keys: readonly string[];
  readonly people: ReadonlySet<string>;
}

function oneWordNames(spans: readonly FoundSpan[], fieldText: (field: Field) => string, lexicon: Lexicon): OneWordNames {
  const written = spans.map((span) => fieldText(span.field).slice(span.start, span.end));
  const keys = spans.map((span, i) => (span.form === 'name' && !/\s/u.test(written[i] as string) ? nameKey(written[i] as string) : ''));
  const titled = (span: FoundSpan) => {
    const before = WORD_BEFORE.exec(fieldText(span.field).slice(Math.max(0, span.start - 30), span.start))?.[1] ?? '';
    return isHonorific(before, lexicon) || lexicon.phrases.is(nameKey(before), 'title');
  };
  const people = new Set(spans.flatMap((span, i) => (span.type !== 'PERSON' ? [] : /\s/u.test(written[i] as string) ? nameKey(written[i] as string).split(' ') : titled(span) ? [keys[i] as string] : [])));
  return { keys, people };
}

/**
 * A place's name is one type in one article: where the tagger reads "Florida" as a place more often than as
 * anything else, its other readings ("Florida Sen. Marco Rubio" as an organization, "Charlotte" as a woman) are
 * the place too, as a document's majority label (Krishnan and Manning 2006). A name right after "in" counts as
 * a place ("protests in Charlotte"). Only one-word names the gazetteer knows as places, and no word of a
 * person's longer name in the article ("Abraham Lincoln"); a city the article mostly reads as a team stays one
 * ("Cleveland beat Boston").
 */
function placesByMajority(spans: readonly FoundSpan[], { keys, people }: OneWordNames, fieldText: (field: Field) => string, lexicon: Lexicon): FoundSpan[] {
  const afterIn = (span: FoundSpan) => /\bin $/u.test(fieldText(span.field).slice(Math.max(0, span.start - 3), span.start));
  const isPlace = (key: string) => key !== '' && isPlaceName(lexicon, key) && !people.has(key);
  // A country or a capital no one bears as a name is never a person ("Pyongyang said"), whatever the tagger read.
  const { countryByName, capitals } = lexicon.places;
  const seat = (key: string) => (countryByName.has(key) || capitals.has(key)) && !isPersonName(lexicon, key);
  const lead = new Map<string, number>();
  spans.forEach((span, i) => {
    const key = keys[i] as string;
    if (isPlace(key)) lead.set(key, (lead.get(key) ?? 0) + (span.type === 'PLACE' || afterIn(span) ? 1 : -1));
  });
  // "flew to Denver", "drove from Denver": after a preposition of direction, a large city the tagger read as a
  // person is the city (not a small namesake: "in comparison to Obama" is no town in Japan).
  const towards = (span: FoundSpan, key: string) =>
    (lexicon.places.cityByName.get(key)?.population ?? 0) >= LARGE_CITY && /\b(?:to|from|near) $/u.test(fieldText(span.field).slice(Math.max(0, span.start - 6), span.start));
  const retyped = (span: FoundSpan, key: string) => (lead.get(key) ?? 0) > 0 || (span.type === 'PERSON' && isPlace(key) && (seat(key) || towards(span, key)));
  return spans.map((span, i) => (span.type !== 'PLACE' && retyped(span, keys[i] as string) ? { ...span, type: 'PLACE' } : span));
}

/**
 * The side on which words of `organization-contexts.tsv` stand by the name at `[start, end)` of `text` ("shares
 * of Olivetti", "Saatchi's shares"), or undefined.
 */
function organizationContextOf(text: string, start: number, end: number, lexicon: Lexicon): 'before' | 'after' | undefined {
  const { before, after } = lexicon.organizationContexts;
  // The words end right before the name, after a space (" shares of "), compared in place; any white space
  // between them counts as one space, as a line may break there.
  const left = ` ${singleSpaced(text.slice(Math.max(0, start - CONTEXT_CHARS), start).toLowerCase())}`;
  const precedes = (words: string) => left.endsWith(words, left.length - 1) && left.charAt(left.length - words.length - 2) === ' ';
  if (left.endsWith(' ') && before.some(precedes)) return 'before';
  // "'s shares" is glued to the name, other words follow a space; a word ends where no letter follows.
  const right = singleSpaced(text.slice(end, end + CONTEXT_CHARS).toLowerCase().replace(/^’/u, "'"));
  const spaced = right.startsWith(' ');
  const follows = (words: string) => {
    const at = words.startsWith("'") ? 0 : 1;
    return (at === 0 || spaced) && right.startsWith(words, at) && !/^\p{L}/u.test(right.charAt(at + words.length));
  };
  return after.some(follows) ? 'after' : undefined;
}

/** `text` with each run of white space one space; most text has none to change, and is returned as it is. */
function singleSpaced(text: string): string {
  return text.includes('\n') || text.includes('  ') || text.includes('\t') ? text.replace(/\s+/gu, ' ') : text;
}

/**
 * A proper noun the tagger left out, in words that say organization ("Shares of Airbus fell", "Hewlett-Packard's
 * board", "talks to buy Shazam"): the organization, with the proper nouns after it. Not a time nor a word that
 * opens a sentence without naming ("The stock"), and not before a verb that shares its form ("Media shares blame").
 */
function organizationsInContext(field: Field, spans: readonly FoundSpan[], text: string, tokens: Tokens, lexicon: Lexicon): FoundSpan[] {
  const covered = coveredTokens(spans, tokens);
  const word = (t: number) => tokens.words[t] ?? '';
  const properNoun = (t: number) => t < tokens.starts.length && covered[t] === 0 && tokens.pos[t] === 'PROPN' && /^\p{Lu}/u.test(word(t)) && !lexicon.functionWords.has(word(t).toLowerCase()) && !lexicon.timeWords.has(nameKey(word(t)));
  const found: FoundSpan[] = [];
  for (let t = 0; t < tokens.starts.length; t++) {
    if (!properNoun(t) || (properNoun(t - 1) && tokens.sentence[t - 1] === tokens.sentence[t])) continue;
    let last = t;
    while (properNoun(last + 1) && tokens.sentence[last + 1] === tokens.sentence[t]) last++;
    const start = tokens.starts[t] as number;
    const end = tokens.ends[last] as number;
    const side = organizationContextOf(text, start, end, lexicon);
    // Not the start of a name the tagger found the rest of ("analyst at Edward D. Jones & Co."), nor a name that
    // modifies a noun after it ("to buy Girl Scout cookies"), nor one a compound goes on with ("a unit of New
    // York-based Loews Corp.").
    const goesOn = tokens.sentence[last + 1] === tokens.sentence[last];
    const partOfName = covered[last + 1] === 1 && goesOn;
    const compound = goesOn && lexicon.compoundHeads.has(/^\p{Lu}\S*-(\p{Ll}+)$/u.exec(word(last + 1))?.[1] ?? '');
    const modifier = (side === 'before' && tokens.pos[last + 1] === 'NOUN') || compound;
    // A context that is one noun, read as a verb after the name, is that verb ("Media shares blame"); words such
    // as "posted a net loss" say organization as they stand.
    const verbForm = tokens.pos[last + 1] === 'VERB' && lexicon.organizationContexts.after.includes(word(last + 1).toLowerCase());
    if (!partOfName && !modifier && (side === 'before' || (side === 'after' && !verbForm))) found.push({ field, start, end, type: 'ORGANIZATION', form: 'name' });
    t = last;
  }
  return found;
}

/** What a name in words of `organization-contexts.tsv` weighs in the organization vote: two readings as a person. */
const CONTEXT_VOTE = 2;
/** How far on each side of a name those words are read, in characters: more than the longest of them. */
const CONTEXT_CHARS = 30;

/**
 * A one-word name the tagger reads as an organization more often than as a person in one article is the
 * organization everywhere in it ("Carrier", "Yahoo", "Petofi"): the majority label again. A name after "the"
 * heading its phrase counts as an organization (no one calls a person "the Kuomintang"). Not a name the lexicon
 * knows as a person's, a word of a person's longer name in the article, nor one written after an honorific or
 * a title anywhere in it ("Mr. Trump", "President Trump"); but words of `organization-contexts.tsv` ("shares of
 * Olivetti") count for an organization even where the name is a surname too.
 */
function organizationsByMajority(spans: readonly FoundSpan[], { keys, people }: OneWordNames, fieldText: (field: Field) => string, fieldTokens: (field: Field) => Tokens, lexicon: Lexicon): FoundSpan[] {
  const mayBeOrganization = (key: string) => key !== '' && !people.has(key) && !isPersonName(lexicon, key);
  // Not a family ("the Clintons"), a title ("the Mayor said") nor a name before the noun it modifies ("the
  // Richter scale").
  const modifies = (span: FoundSpan) => {
    const tokens = fieldTokens(span.field);
    const next = tokenAt(tokens.ends, span.end - 1) + 1;
    return next < tokens.starts.length && tokens.pos[next] === 'NOUN';
  };
  const afterThe = (span: FoundSpan, key: string) =>
    !key.endsWith('s') && !modifies(span) && !isTitleWord(lexicon, key) && /(?:^|[^\p{L}])the $/iu.test(fieldText(span.field).slice(Math.max(0, span.start - 5), span.start));
  const inContext = (span: FoundSpan) => organizationContextOf(fieldText(span.field), span.start, span.end, lexicon) !== undefined;
  // A place no gazetteer knows, in such words, is an organization the tagger did not know: "shares of Valeant".
  const unknownPlace = (span: FoundSpan, key: string) => span.type === 'PLACE' && !isPlaceName(lexicon, key);
  const lead = new Map<string, number>();
  const said = new Set<string>();
  spans.forEach((span, i) => {
    const key = keys[i] as string;
    if (key === '' || people.has(key)) return;
    // "shares of Olivetti" outweighs a reading as a person, and says so even of a name that is a surname too.
    if (inContext(span) && (span.type !== 'PLACE' || unknownPlace(span, key))) {
      lead.set(key, (lead.get(key) ?? 0) + CONTEXT_VOTE);
      said.add(key);
    } else if (span.type === 'PERSON' || (span.type === 'ORGANIZATION' && mayBeOrganization(key))) {
      lead.set(key, (lead.get(key) ?? 0) + (mayBeOrganization(key) && (span.type === 'ORGANIZATION' || afterThe(span, key)) ? 1 : -1));
    }
  });
  const retyped = (span: FoundSpan, key: string) => (span.type === 'PERSON' || (unknownPlace(span, key) && said.has(key))) && (lead.get(key) ?? 0) > 0;
  // A longer name in those words is an organization where it is no place a gazetteer knows and opens with no
  // given name ("a partner at Bear Stearns", "an analyst at SunTrust Robinson Humphrey"; not "employees of Wall
  // Street banks").
  const longer = (span: FoundSpan) => {
    const key = nameKey(fieldText(span.field).slice(span.start, span.end));
    if (span.form !== 'name' || !key.includes(' ') || !inContext(span) || modifies(span)) return false;
    return unknownPlace(span, key) || (span.type === 'PERSON' && !lexicon.givenNames.has(key.split(' ')[0] as string));
  };
  return spans.map((span, i) => (retyped(span, keys[i] as string) || longer(span) ? { ...span, type: 'ORGANIZATION' } : span));
}

/** What joins the names of a list: "Dongguan and Tanshui". */
const COORDINATION = /^,? (?:and|or) $/u;

/**
 * A one-word person beside a place in a list is a place the tagger did not know ("factories in Dongguan and
 * Tanshui"), and so is one before a comma and a place ("Millington, Tennessee"; but not "Egypt, Assad" nor
 * "Ebergenyi, Mexico's ambassador"); one beside an organization in a list is an organization ("officials from
 * Olivetti and Fiat"). Unless the word is a first name or a person's name the lexicon knows. A one-word
 * organization beside a place in a list is that place where a gazetteer knows it ("Bengaluru and Kolkata").
 */
function coordinatedNames(spans: readonly FoundSpan[], text: string, lexicon: Lexicon): readonly FoundSpan[] {
  const named = (span: FoundSpan | undefined, type: EntityType): span is FoundSpan => span?.type === type && span.form === 'name';
  const listed = (span: FoundSpan, other: FoundSpan | undefined, type: EntityType) => named(other, type) && COORDINATION.test(text.slice(Math.min(span.end, other.end), Math.max(span.start, other.start)));
  const inPlace = (span: FoundSpan, place: FoundSpan | undefined) => named(place, 'PLACE') && text.slice(span.end, place.start) === ', ' && !/^['’]s\b/u.test(text.slice(place.end, place.end + 3));
  return spans.map((span, i) => {
    const written = text.slice(span.start, span.end);
    if (span.form !== 'name' || /\s/u.test(written)) return span;
    const key = nameKey(written);
    const [before, next] = [spans[i - 1], spans[i + 1]];
    if (span.type === 'ORGANIZATION') return isPlaceName(lexicon, key) && (listed(span, before, 'PLACE') || listed(span, next, 'PLACE')) ? { ...span, type: 'PLACE' as const } : span;
    if (span.type !== 'PERSON' || isPersonName(lexicon, key)) return span;
    if (listed(span, before, 'PLACE') || listed(span, next, 'PLACE') || inPlace(span, next)) return { ...span, type: 'PLACE' as const };
    return listed(span, before, 'ORGANIZATION') || listed(span, next, 'ORGANIZATION') ? { ...span, type: 'ORGANIZATION' as const } : span;
  });
}

/**
 * True for a word that opens a sentence for its own sake: a function word ("Well", "Moreover"), or before a
 * comma a verb or an adverb in -ly that is no name ("Listen,", "Frankly,"; but "Mark," calls someone).
 */
function isOpeningWord(word: string, next: string, lexicon: Lexicon): boolean {
  if (lexicon.functionWords.has(word)) return true;
  if (next !== ',' || isPersonName(lexicon, word) || lexicon.phrases.is(word, 'demonym')) return false;
  return lexicon.infinitives.has(word) || /\p{L}{3}ly$/u.test(word);
}

/** The last words of the people's names of more than one word that a field gives ("Clinton" of "Hillary Clinton"). */
function surnamesOf(spans: readonly FoundSpan[], text: string, lexicon: Lexicon): Set<string> {
  const surnames = new Set<string>();
  for (const span of spans) {
    const words = text.slice(span.start, span.end).split(/\s+/u);
    if (span.type !== 'PERSON' || words.length < 2) continue;
    surnames.add(nameKey(words.at(-1) as string));
    // "Xi Jinping", then "Xi said": an East Asian name writes its surname first.
    if (isEastAsianSurname(words[0] as string, lexicon)) surnames.add(nameKey(words[0] as string));
  }
  return surnames;
}

/** The words after the first of the longer names a field gives: a word alone may be one of those names. */
function laterNameWords(spans: readonly FoundSpan[], text: string): Set<string> {
  return new Set(spans.flatMap((span) => nameKey(text.slice(span.start, span.end)).split(' ').slice(1)));
}

/** 1 for each token a span covers. */
export function coveredTokens(spans: readonly FoundSpan[], tokens: Tokens): Uint8Array {
  const covered = new Uint8Array(tokens.starts.length);
  for (const span of spans) for (let t = tokenAt(tokens.ends, span.start); t < tokens.starts.length && (tokens.starts[t] as number) < span.end; t++) covered[t] = 1;
  return covered;
}

/** True when token t stands beside a capitalised word of its sentence (a capital that only opens the sentence does not count). */
function inLongerName(tokens: Tokens, t: number): boolean {
  const capitalisedWord = (u: number) => u >= 0 && u < tokens.starts.length && tokens.sentence[u] === tokens.sentence[t] && /^\p{Lu}/u.test(tokens.words[u] ?? '');
  const opens = (u: number) => u === 0 || tokens.sentence[u - 1] !== tokens.sentence[u];
  return (capitalisedWord(t - 1) && !opens(t - 1)) || capitalisedWord(t + 1);
}

/** A word in capitals that may stand for an organization's name: "GM", "DNC", "NIH". */
const CAPITALS = /^\p{Lu}{2,5}$/u;

/**
 * An organization's name the tagger left out where the field gives it: its initials where the field names it in
 * full ("General Motors Corp. ... GM, the largest auto maker, said"), or a one-word name the tagger found
 * elsewhere in the field ("Nvidia shares rose" before "Nvidia's co-founder"): the field's own name is the
 * evidence, as for a surname alone. Not in a line of capitals ("WE'RE GEEKING OUT"), where every word is written
 * so, nor a word that opens a sentence the tagger read as no proper noun ("Target dates" after Target).
 */
function knownOrganizations(field: Field, spans: readonly FoundSpan[], text: string, tokens: Tokens, lexicon: Lexicon): FoundSpan[] {
  const initials = new Set(spans.flatMap((span) => (span.type === 'ORGANIZATION' && /\s/u.test(text.slice(span.start, span.end)) ? organizationInitials(lexicon, text.slice(span.start, span.end)) : [])));
  const named = new Set(spans.filter((span) => span.type === 'ORGANIZATION' && span.form === 'name').map((span) => text.slice(span.start, span.end)).filter((name) => /^\p{Lu}[\p{L}\p{N}-]+$/u.test(name)));
  if (initials.size + named.size === 0) return [];
  const word = (t: number) => (t >= 0 && t < tokens.starts.length ? (tokens.words[t] ?? '') : '');
  const shouted = (t: number) => /\p{Lu}{2}/u.test(word(t)) && !/\p{Ll}/u.test(word(t));
  // A one-word name read as a proper noun, no word of a longer name ("State Department"), no time ("Christmas")
  // and no word the field also writes in lower case ("the press", after a "Press" the tagger took for one).
  let lowerCase: Set<string> | undefined;
  const writtenLower = (written: string) => (lowerCase ??= new Set(Array.from(tokens.starts, (_, t) => word(t)).filter((w) => /^\p{Ll}/u.test(w)))).has(written.toLowerCase());
  const namedAlone = (t: number, written: string) =>
    named.has(written) && tokens.pos[t] === 'PROPN' && !inLongerName(tokens, t) && !lexicon.timeWords.has(nameKey(written)) && !writtenLower(written);
  const covered = coveredTokens(spans, tokens);
  const found: FoundSpan[] = [];
  for (let t = 0; t < tokens.starts.length; t++) {
    if (covered[t] === 1) continue;
    const written = word(t);
    if (!((CAPITALS.test(written) && initials.has(written)) || namedAlone(t, written))) continue;
    // Nor a word in capitals ("Intelligent Network (IN)"), nor the start of a longer name ("IAAF Grand Prix").
    const longer = /^\p{Lu}/u.test(word(t + 1)) && tokens.sentence[t + 1] === tokens.sentence[t];
    if (shouted(t - 1) || shouted(t + 1) || longer || lexicon.functionWords.has(written.toLowerCase())) continue;
    found.push({ field, start: tokens.starts[t] as number, end: tokens.ends[t] as number, type: 'ORGANIZATION', form: 'name' });
  }
  return found;
}

/**
 * A person's surname alone where the field names the person in full, or an office holder's, and the tagger left
 * the word out ("Trump also said", "chose Trump": the model learned "Trump" from 1996 wire copy, where it was a
 * company): the article's own name is evidence the model lacks (non-local features, Ratinov and Roth 2009). The
 * word must read as a proper noun, or stand by a speech verb ("King said", where the tagger reads "King" as a
 * title), and be no part of a longer capitalised name ("Trump Tower", "Pope Paul"; a capital that only opens the
 * sentence does not count). Not a time ("Rubio said Monday" where the field names a Joe Monday, "after Christmas").
 */
function knownSurnames(field: Field, spans: readonly FoundSpan[], text: string, tokens: Tokens, lexicon: Lexicon): FoundSpan[] {
  // A field where the tagger found no name has no surnames of its own; an office holder's alone is not enough.
  if (spans.length === 0) return [];
  const surnames = surnamesOf(spans, text, lexicon);
  for (const surname of lexicon.officeHolderSurnames) surnames.add(surname);
  const covered = coveredTokens(spans, tokens);
  const word = (t: number) => (t >= 0 && t < tokens.starts.length ? (tokens.words[t] ?? '') : '');
  const sameSentence = (t: number, u: number) => u >= 0 && u < tokens.starts.length && tokens.sentence[u] === tokens.sentence[t];
  const capitalised = (t: number) => /^\p{Lu}/u.test(word(t));
  const cueAt = (t: number, u: number) => sameSentence(t, u) && lexicon.cues.verbs.has(word(u).toLowerCase());
  const cueNear = (t: number) => cueAt(t, t - 1) || cueAt(t, t + 1);
  const found: FoundSpan[] = [];
  for (let t = 0; t < tokens.starts.length; t++) {
    if (covered[t] === 1 || !capitalised(t)) continue;
    const key = nameKey(word(t));
    // Nor a group's word that ended a name the tagger took for a person's ("Hill Democrats"), nor a time ("said
    // May 5") unless it is the subject of a speech verb ("Day said", after Kristen Day).
    if (!surnames.has(key) || (lexicon.timeWords.has(key) && !cueAt(t, t + 1)) || lexicon.cues.heads.get(key) === 'group') continue;
    if (!cueNear(t) && (tokens.pos[t] !== 'PROPN' || inLongerName(tokens, t))) continue;
    found.push({ field, start: tokens.starts[t] as number, end: tokens.ends[t] as number, type: 'PERSON', form: 'name' });
  }
  return found;
}

/** Verbs after which "it" or "its" goes back to the subject: "Olivetti said it would", "Thomson reported its". */
const IT_VERBS = new Set(['said', 'says', 'announced', 'reported', 'added', 'expects', 'expected', 'plans', 'planned', 'agreed']);

/** Verbs after which "it" may stand for nothing: "it is hard", "it seems". */
const EXPLETIVE_VERBS = new Set(['is', 'was', "'s", '’s', 'seems', 'seemed', 'appears', 'appeared', 'makes', 'made', 'takes', 'took']);

/** Pronouns after a speech verb that go back to a person as its subject: "Trump said he would". */
const PERSON_PRONOUNS = new Set(['he', 'she', 'his']);

/**
 * A one-word name that goes on as "it" after a speech verb ("Saatchi said it would sell", "Thomson reported its
 * profit") is an organization, and one that goes on as "he" or "she" ("DuVernay said she", where the model
 * read a company) is a person; and so is every other writing of that word in the field. Not an organization
 * when it is a first or last name or a word of a longer name in the field ("Groberg said it" after Florent
 * Groberg); not a person when the lexicon knows it as an organization's name.
 */
function saidIt(spans: readonly FoundSpan[], text: string, tokens: Tokens, lexicon: Lexicon, nameWords: ReadonlySet<string>): readonly FoundSpan[] {
  const word = (t: number) => (t < tokens.starts.length ? (tokens.words[t] ?? '').toLowerCase() : '');
  const typed = new Map<string, 'ORGANIZATION' | 'PERSON'>();
  for (const span of spans) {
    const key = nameKey(text.slice(span.start, span.end));
    const verb = tokenAt(tokens.ends, span.start) + 1;
    if (/\s/u.test(key) || !IT_VERBS.has(word(verb)) || tokens.sentence[verb + 1] !== tokens.sentence[verb]) continue;
    // Not an "it" that stands for nothing: "Groberg says it is hard to blame".
    const goesOnAsIt = word(verb + 1) === 'its' || (word(verb + 1) === 'it' && !EXPLETIVE_VERBS.has(word(verb + 2)));
    if (span.type === 'PERSON' && goesOnAsIt && !nameWords.has(key) && !isPersonName(lexicon, key)) typed.set(key, 'ORGANIZATION');
    const known = lexicon.phrases.is(key, 'organization') || lexicon.phrases.is(key, 'agency');
    if (span.type === 'ORGANIZATION' && PERSON_PRONOUNS.has(word(verb + 1)) && !known) typed.set(key, 'PERSON');
  }
  if (typed.size === 0) return spans;
  return spans.map((span) => {
    const type = typed.get(nameKey(text.slice(span.start, span.end)));
    return type !== undefined && span.type !== 'PLACE' ? { ...span, type } : span;
  });
}

/** Longest title, in tokens. */
const MAX_TITLE_TOKENS = 4;

/** Words after which a title's word is part of the organization's name: "Department of Justice", "Office of the President". */
const NAME_LINKS = new Set(['of', 'for', 'on', 'and', 'the', 'to']);

/**
 * An organization's name without a title that starts inside it and runs on after it, past role modifiers:
 * "PolitiFact Executive Director Aaron Sharockman" names PolitiFact, then a title, then a person.
 */
function beforeTitle(span: FoundSpan, text: string, tokens: Tokens, lexicon: Lexicon): FoundSpan {
  const first = tokenAt(tokens.ends, span.start);
  const last = tokenAt(tokens.ends, span.end - 1);
  const word = (t: number) => nameKey(tokens.words[t] ?? '');
  for (let cut = first + 1; cut <= last; cut++) {
    if (NAME_LINKS.has(word(cut - 1))) continue;
    let title = cut;
    while (title <= last && lexicon.roleModifiers.has(word(title))) title++;
    for (let end = Math.max(last, title); end < Math.min(tokens.starts.length, title + MAX_TITLE_TOKENS); end++) {
      if (tokens.sentence[end] !== tokens.sentence[cut]) break;
      if (lexicon.phrases.is(nameKey(text.slice(tokens.starts[title], tokens.ends[end])), 'title')) return { ...span, end: tokens.ends[cut - 1] as number };
    }
  }
  return span;
}

/**
 * A name goes on to an organization word written right after it, which ends organizations' names: "Schroder
 * Wertheim & Co.", "the Clinton Foundation". The tagger, taught on CoNLL's "Co ." at a sentence's end, leaves
 * "Co." out where the period ends the sentence too.
 */
function withOrganizationWord(span: FoundSpan, text: string, tokens: Tokens, lexicon: Lexicon): FoundSpan {
  if (span.form !== 'name') return span;
  const last = tokenAt(tokens.ends, span.end - 1);
  const next = last + 1;
  if (next >= tokens.starts.length || tokens.sentence[next] !== tokens.sentence[last] || !/^ $/u.test(text.slice(span.end, tokens.starts[next]))) return span;
  return lexicon.organizationWords.has(tokens.words[next] ?? '') ? { ...span, end: tokens.ends[next] as number } : span;
}

/** Opening quote marks: the word after one opens what is quoted ('saying “Hey, vote for me.”'). */
const OPENING_QUOTES = new Set(['“', '‘', '"', "'", '``']);

/**
 * Offsets of the first word of each sentence (after any opening quote or bracket), of each quotation and of
 * what a colon introduces ("many ties: Several Twitter executives"), all capitalised for their place.
 */
function sentenceOpeners(text: string, tokens: Tokens): Set<number> {
  const openers = new Set<number>();
  let sentence = -1;
  for (let t = 0; t < tokens.starts.length; t++) {
    if (!/\p{L}/u.test(text.charAt(tokens.starts[t] as number))) continue;
    const before = t > 0 ? (tokens.words[t - 1] ?? '') : '';
    const opened = OPENING_QUOTES.has(before) || before === ':';
    if (tokens.sentence[t] === sentence && !opened) continue;
    sentence = tokens.sentence[t] as number;
    openers.add(tokens.starts[t] as number);
  }
  return openers;
}
