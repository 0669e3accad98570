import { describesOnePerson, honorificOf, isOutletName, isTitleWord, type Lexicon, nameKey } from '../../language/lexicon/index.js';
import type { ArticleEntity, Mention, Role } from '../../core/types.js';
import { antecedentCandidates, type AntecedentCandidate, genderByPronouns, REACH_PARAGRAPHS } from './antecedents.js';
import { headOf, phraseKind } from './candidates.js';
import { cueAt, isPassive } from './cue.js';
import { namesATime, NOUN_PHRASE_POS, phraseStartingAt, subjectBefore, type TokenRun, withCoordinate } from './phrases.js';
import { featureHash, type Scorer } from './ranker.js';
import { type FieldView, POSSESSIVE, POSSESSIVE_S, standsForEntity } from './view.js';

/**
 * How a speaker was resolved: `named` (a name in the phrase), `pronoun` (he/she/it to an entity named
 * before), `description` ("the senator" to the person the article gave that role, "the nominee" to the person
 * it described so, "the company" to the organization named last), `surname` (a name the tagger missed,
 * matched to the article's person of that name), `unresolved` (kept as written: "a senior official", an
 * unresolved "he"), `group` (a generic group or a text: "officials", "the statement"; kept as written, never
 * resolved), `generic` (an idiom that names no one: "as they say", "as you know", "it is said": the quote has
 * no speaker).
 */
export type Resolution = 'named' | 'pronoun' | 'description' | 'surname' | 'unresolved' | 'group' | 'generic';

/** Who said it: the entity resolved, or the phrase as written with no id. */
export interface Speaker {
  /** Canonical name of the entity, or the phrase as written ("a senior Iranian official", "they"). */
  readonly name: string;
  readonly id: string;
  /** The phrase as written where the quote is attributed, and its offsets. */
  readonly mention: string;
  readonly start: number;
  readonly end: number;
  readonly how: Resolution;
}

/** The speaker of a passive with no agent ("it was reported", "Blumenthal was asked"): no one, at the verb. */
export function noOne(view: FieldView, verb: number): Speaker {
  return { name: '', id: '', mention: '', start: view.start(verb), end: view.end(verb), how: 'generic' };
}

/** Longest aside that puts a text out after its phrase (", released Thursday by the GAO,"), in tokens. */
const MAX_PUBLISHED_ASIDE = 12;
/**
 * What may follow a name in apposition: the end of the clause, where the person is from ("Pincus of Mayer
 * Brown"), or a lawmaker's party and state ("Sen. Joe Lieberman (I-Conn.)").
 */
const APPOSITION_ENDS = new Set([',', '.', ';', '!', '?', 'of', 'from', '(']);
/** What closes an apposition after a name: "Kristan Hawkins, president of the group, said", "…, president of the group." */
const APPOSITION_CLOSES = new Set([',', '.', ';', ')', '—', '--', 'who']);
/** Prepositions that open a phrase's complement before its apposition: "a lawyer for the family, Ben Crump". */
const COMPLEMENT_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'with']);
/** Most tokens of such a complement ("of one of the victims"). */
const MAX_COMPLEMENT_TOKENS = 8;
/** A main person of an article is named at least this share of the times its most named person is (as 1 / n)… */
const MAIN_PERSON_SHARE = 2;
/** …and more than once. */
const MIN_MAIN_MENTIONS = 2;
/** Plurals without an "s" that name people in news. */
const IRREGULAR_PLURALS = new Set(['people', 'police', 'men', 'women', 'children']);
/** How many sentences back "the statement" may find the one its author put out. */
const TEXT_REACH_SENTENCES = 3;
/** Determiners that bring in someone not named before: "a neighbor", "his sister". */
const NEW_PERSON_DETERMINERS = new Set(['a', 'an', 'one', 'his', 'her', 'my', 'our', 'their']);
/**
 * Heads that stand for an organization of any kind: "the group" may be a foundation and "the agency" a
 * department, but "the company" is neither.
 */
const ANY_ORGANIZATION_HEADS = new Set(['organization', 'organisation', 'group', 'agency', 'regulator']);
/** Nouns for a few people together that news refers to as "they": "The victim's family … they said". */
const COLLECTIVE_NOUNS = new Set(['family', 'couple']);
/** Most tokens from "and" to the name after more titles: "and Democratic National Committee Chairman Ed Rendell". */
const MAX_TITLES_AFTER_AND = 8;
/** Most lower-case words a title before a person's name has: "deputy campaign manager". */
const MAX_TITLE_WORDS = 3;

/**
 * Resolves speaker phrases of one field to the article's entities. One rule per kind of phrase, in
 * `resolve`; pronouns go to the entity before them that the antecedent model scores highest.
 */
export class SpeakerResolver {
  private readonly entities: ReadonlyMap<string, ArticleEntity>;
  /** Names that a speech verb goes with, in text order: who spoke is what a later "he said" most likely means. */
  private readonly spoke: readonly Mention[];

  constructor(
    private readonly view: FieldView,
    private readonly lexicon: Lexicon,
    entities: readonly ArticleEntity[],
    private readonly scorer: Scorer,
  ) {
    this.entities = new Map(entities.map((entity) => [entity.id, entity]));
    this.spoke = namesWithSpeechVerbs(view, lexicon);
  }

  /** Genders that "he" and "she" have told of entities so far: a later pronoun of the other gender is not theirs. */
  private readonly toldGender = new Map<string, string>();

  /** Genders the pronouns after an entity's subjects tell (see `genderByPronouns`), found when first asked. */
  private pronounGender: Map<string, 'male' | 'female'> | undefined;

  /** Genders stated by an honorific or a noun before a name, by entity (see `statedGender`). */
  private readonly stated = new Map<string, StatedGender | undefined>();

  /** The pronouns resolved so far, in text order: a pronoun most often goes on with the one before it. */
  private readonly pronounsResolved: { readonly offset: number; readonly entityId: string }[] = [];

  /** Groups that spoke so far ("Mr. Rubio's advisers argued"), by offset: a later "they said" may be them. */
  private readonly groupsSpoke: { readonly offset: number; readonly run: TokenRun }[] = [];

  resolve(run: TokenRun): Speaker {
    const speaker = this.resolveRun(run);
    if (speaker.how === 'pronoun') this.tell(speaker.start, speaker.id, this.lexicon.cues.pronouns.get(this.view.word(run.first))?.gender ?? '');
    if (speaker.id === '' && !this.lexicon.cues.pronouns.has(this.view.word(run.first)) && this.isPeople(run)) this.groupsSpoke.push({ offset: speaker.start, run });
    return speaker;
  }

  /** The latest group that spoke before `offset`, in its paragraph or the one before. */
  private groupThatSpoke(offset: number): TokenRun | undefined {
    const paragraph = this.view.paragraph(offset);
    let latest: { readonly offset: number; readonly run: TokenRun } | undefined;
    for (const group of this.groupsSpoke) if (group.offset < offset && (latest === undefined || group.offset > latest.offset)) latest = group;
    return latest !== undefined && this.view.paragraph(latest.offset) >= paragraph - 1 ? latest.run : undefined;
  }

  /** Remembers that the pronoun at `offset`, of this gender, stood for the entity. */
  tell(offset: number, entityId: string, gender: string): void {
    if (gender === 'male' || gender === 'female') this.toldGender.set(entityId, gender);
    this.pronounsResolved.splice(this.pronounsBefore(offset), 0, { offset, entityId });
  }

  /** The entity the nearest pronoun resolved before `offset` stood for. */
  private previousPronoun(offset: number): string | undefined {
    return this.pronounsResolved[this.pronounsBefore(offset) - 1]?.entityId;
  }

  /** How many resolved pronouns stand before `offset` (binary search). */
  private pronounsBefore(offset: number): number {
    let low = 0;
    let high = this.pronounsResolved.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.pronounsResolved[middle]?.offset ?? 0) < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private resolveRun(run: TokenRun): Speaker {
    const { view } = this;
    const start = view.start(run.first);
    const end = view.end(run.last);
    const at = { mention: view.text.slice(start, end), start, end };
    const written = (how: Resolution): Speaker => ({ ...at, name: at.mention, id: '', how });
    const entity = (mention: Mention | undefined, how: Resolution): Speaker | undefined =>
      mention === undefined ? undefined : { ...at, name: mention.canonical, id: mention.entityId, how };
    const kind = phraseKind(view, this.lexicon, run);
    const head = headOf(view, this.lexicon, run);
    const inRun = view.mentions.filter((m) => m.start >= start && m.end <= end && m.form !== 'demonym');
    // "Trump and Ryan": two who spoke together are no one entity.
    if (inRun.length > 1 && view.words.slice(run.first, run.last + 1).includes('and')) return written('group');
    // "said Senate Majority Leader and Kentucky Republican Mitch McConnell": titles joined by "and" before one name
    // are that person's.
    const titled = inRun.some((m) => m.type === 'PERSON') ? undefined : this.personAfterTitles(run);
    if (titled !== undefined) return entity(titled, 'named') as Speaker;
    // "A spokeswoman for Downing Street, Jane Smith, said": the one in apposition spoke, not whom she speaks for.
    const roleOfName = (kind === 'PERSON' || kind === 'ORGANIZATION' || kind === 'PLACE') && this.opensWithRole(run, head);
    if (roleOfName) {
      const apposed = this.apposedPerson(run);
      if (apposed !== undefined) return entity(apposed, 'named') as Speaker;
    }
    if (kind === 'PERSON' || kind === 'ORGANIZATION' || kind === 'PLACE') return entity(view.mentionAt(head), 'named') ?? written('unresolved');
    if (kind.startsWith('pron:') && isIdiom(view, run.first)) return written('generic');
    if (kind.startsWith('pron:')) {
      const pronoun = this.lexicon.cues.pronouns.get(kind.slice('pron:'.length));
      // "they": the group before; "it": the text the sentence before is about. Both kept as written.
      const kept = pronoun?.who === 'group' ? (this.groupBefore(run.first) ?? this.groupThatSpoke(start)) : pronoun?.who === 'organization' ? this.textBefore(run.first) : undefined;
      if (kept !== undefined) return { ...at, name: view.text.slice(view.start(kept.first), view.end(kept.last)), id: '', how: 'group' };
      // "Japan's defence ministry said …. 'This is outrageous,' it said": an organization no name gives, as that
      // phrase is resolved ("the ministry" is the Foreign Ministry named before it).
      const described = pronoun?.who === 'organization' ? this.describedOrganizationBefore(run.first) : undefined;
      if (described !== undefined) {
        const speaker = this.resolveRun(described);
        return { ...at, name: speaker.name, id: speaker.id, how: 'pronoun' };
      }
      // "His sister told the Gazette he was innocent. '…,' she said": the person a subject just before brings in;
      // else the person the model picks; else any person a subject just before describes ("The minister said").
      const describedPerson = (introduced: boolean) => {
        const subject = pronoun?.who === 'person' ? this.describedPersonBefore(run.first, pronoun.gender, introduced) : undefined;
        const speaker = subject === undefined ? undefined : this.resolveRun(subject);
        // Not where the phrase resolves to someone of the other gender.
        const mention = speaker?.id === '' ? undefined : view.mentions.find((m) => m.entityId === speaker?.id);
        const gender = mention === undefined ? undefined : this.genderOf(mention.entityId, mention);
        return speaker === undefined || (gender !== undefined && gender !== pronoun?.gender) ? undefined : { ...at, name: speaker.name, id: speaker.id, how: 'pronoun' as const };
      };
      if (pronoun === undefined) return written('unresolved');
      return describedPerson(true) ?? entity(this.antecedent(start, pronoun), 'pronoun') ?? describedPerson(false) ?? written('unresolved');
    }
    // "said a neighbor, Mary Jones": a description with a person's name in apposition is that person.
    const apposed = this.apposedPerson(run);
    if (apposed !== undefined) return entity(apposed, 'named') as Speaker;
    const principal = this.principalOf(run, head);
    if (principal !== undefined) return entity(principal, 'description') as Speaker;
    if (kind === 'head:organization' || kind === 'head:outlet') {
      // "Japan's Kyodo news agency": the organization the phrase names. Else "the ministry": the latest one whose
      // name says it is one (Foreign Ministry); "the company": else the latest one (`generic-organization-heads.txt`);
      // "the daily": the latest outlet, or no one.
      // A phrase that names whose it is ("the Obama administration", "the Heritage Foundation" the tagger
      // missed) is no other organization: it stays as written.
      const named = inRun.find((m) => m.type === 'ORGANIZATION');
      if (named !== undefined) return entity(named, 'named') as Speaker;
      if (namesAnOwner(view, run, head)) return written('unresolved');
      const headWord = view.word(head);
      const organization = (m: Mention) => m.type === 'ORGANIZATION';
      const holding = this.latest(start, (m) => organization(m) && nameKey(m.canonical).split(' ').includes(headWord));
      const described =
        holding ??
        // "the editorial board" is a paper's.
        (kind === 'head:outlet' || view.words.slice(run.first, head).includes('editorial')
          ? this.latest(start, (m) => organization(m) && isOutletName(this.lexicon, m.canonical))
          : this.lexicon.genericOrganizationHeads.has(headWord)
            ? this.latestOfKind(start, run.first, headWord)
            : undefined);
      return entity(described, 'description') ?? written('unresolved');
    }
    if (kind === 'demonym') return entity(this.epithetOf(run, head), 'description') ?? written('unresolved');
    if (kind === 'head:role') return entity(this.nameBefore(run) ?? this.holderOfRole(run, inRun) ?? this.voiceOf(head, inRun) ?? this.describedPerson(run, head) ?? this.epithetOf(run, head) ?? this.salientPerson(run, head), 'description') ?? written('unresolved');
    // "the Holocaust Museum issued a statement …. 'Recalling …,' the statement urged": the text's author.
    const author = kind === 'head:work' ? this.authorOfText(run, head) : undefined;
    const named = author === undefined ? undefined : this.resolveRun(author);
    if (named !== undefined && named.id !== '') return { ...at, name: named.name, id: named.id, how: 'description' };
    if (kind === 'head:group' || kind === 'head:work') return written('group');
    // "a report Tuesday from WKOW": a day is no name; the phrase stays as written.
    if (kind === 'name?' && namesATime(view, head, this.lexicon.cues)) return written('unresolved');
    if (kind === 'name?') {
      // "the Wisconsin Republican": a place's name before a capitalised noun is an epithet too, and so is a party's
      // member alone ("the Republican said").
      const epithet = inRun.some((m) => m.type === 'PLACE') || describesOnePerson(this.lexicon, view.word(head));
      return this.bySurname(run) ?? entity(epithet ? this.epithetOf(run, head) : undefined, 'description') ?? { ...written('unresolved'), name: nameRun(view, { first: run.first, last: head }) };
    }
    if (kind === 'noun') {
      const gendered = this.lexicon.genderedNouns.has(view.word(head));
      // "the 22-year-old", "the seven-time world champion" describe one person as a gendered noun does.
      const described = gendered || ageIn(view, run) !== undefined || countsTitles(view, run, head);
      // "the gambling tycoon told Reuters": a noun for the story's main person, as "the candidate" is.
      const epithet = (described ? this.epithetOf(run, head) : undefined) ?? this.salientPerson(run, head);
      return entity(this.describedPerson(run, head) ?? epithet, 'description') ?? written('unresolved');
    }
    return written('unresolved');
  }

  /**
   * What "they" at token `t` stands for: the nearest subject before it, in its sentence or the one before,
   * that is people ("McConnell aides acknowledged …. But they emphasized"), kept as written: a group, the
   * plural of a role or an organization, or names joined by "and".
   */
  private groupBefore(t: number): TokenRun | undefined {
    const coordinated = (subject: TokenRun) => withCoordinate(this.view, subject, this.lexicon.cues);
    const subject = this.nearestSubject(t, (run) => this.isPeople(coordinated(run)));
    return subject === undefined ? undefined : coordinated(subject);
  }

  /**
   * What an "it" at token t stands for when it is a text ("The lawsuit contends …. It goes on to fault"): the
   * subject before it that one text heads, unless an organization is named after that subject.
   */
  private textBefore(t: number): TokenRun | undefined {
    return this.unnamedBefore(t, (subject) => this.isWork(subject));
  }

  /**
   * The subject before token t that a common noun for one organization heads ("Japan's defence ministry", "the
   * company"), unless an organization is named after it.
   */
  private describedOrganizationBefore(t: number): TokenRun | undefined {
    return this.unnamedBefore(t, (subject) => {
      const head = headOf(this.view, this.lexicon, subject);
      const kind = this.lexicon.cues.heads.get(this.view.word(head));
      return this.view.mentionAt(head) === undefined && (kind === 'organization' || kind === 'outlet');
    });
  }

  /**
   * The subject of a speech verb before token t (not a participle: "her sister, who gave speeches criticizing
   * the government") that a common noun for one person heads, where its gender fits, unless a person is named
   * after it: a "he" or "she" there goes on with that speaker, whom the antecedent model, reading names only,
   * cannot see. `introduced`: only one that brings in a person no name gives, after an indefinite article or a
   * possessive ("His sister told", "A spokeswoman for the airline said"; not "the candidate", most often a named
   * person's epithet).
   */
  private describedPersonBefore(t: number, gender: string, introduced: boolean): TokenRun | undefined {
    const subject = this.nearestSubject(t, (run) => {
      const head = headOf(this.view, this.lexicon, run);
      const word = this.view.word(head);
      // "-man" nouns news writes of women too ("spokesman"), but not "woman".
      const told = this.lexicon.genderedNouns.get(word) ?? (word.endsWith('woman') ? 'female' : undefined);
      const fits = told === undefined || told === gender || (word.endsWith('man') && !word.endsWith('woman'));
      const person = this.lexicon.cues.heads.get(word) === 'role' || told !== undefined;
      return person && fits && (!introduced || NEW_PERSON_DETERMINERS.has(this.view.word(run.first))) && this.view.mentionAt(head) === undefined && !this.isPeople(run);
    }, (verb) => this.lexicon.cues.verbs.has(this.view.word(verb)) && !this.view.word(verb).endsWith('ing'));
    if (subject === undefined) return undefined;
    const after = this.view.end(subject.last);
    const before = this.view.start(t);
    return this.view.mentions.some((m) => m.type === 'PERSON' && m.start >= after && m.end <= before && this.view.insideQuote[this.view.firstTokenAt(m.start)] === -1) ? undefined : subject;
  }

  /**
   * Who put out the text "the statement" (or "the letter", "the poll") stands for, by one named so in the
   * sentences just before: the organization that names it ("a Quinnipiac University poll"), or the subject of the
   * verb that put it out or spoke through it ("the Security Council issued a statement", "Powell's office said in
   * a statement", "In a statement, the business mogul announced"). Resolved, the author speaks only where the
   * resolver knows who it is.
   */
  private authorOfText(run: TokenRun, head: number): TokenRun | undefined {
    const { view } = this;
    const named = this.namingOrganization(run.first, head) ?? this.publishedBy(run) ?? this.publishedIn(run);
    if (named !== undefined) return named;
    if (view.word(run.first) !== 'the' || head !== run.first + 1) return undefined;
    const sentence = view.sentence(run.first);
    for (let t = run.first - 1; t >= 0 && view.sentence(t) >= sentence - TEXT_REACH_SENTENCES; t--) {
      if (view.word(t) !== view.word(head) || view.insideQuote[t] !== -1) continue;
      let determiner = t - 1;
      while (determiner > 0 && ['ADJ', 'PROPN', 'NOUN'].includes(view.pos(determiner))) determiner--;
      // "a fundraising email", "a new campaign ad": modifiers and nouns of a compound stand between.
      let article = t - 1;
      while (article > 0 && ['ADJ', 'NOUN'].includes(view.pos(article))) article--;
      const byName = this.namingOrganization(determiner, t);
      if (byName !== undefined || ['a', 'an'].includes(view.word(article))) return byName ?? this.whoPutOut(article, t);
    }
    return undefined;
  }

  /**
   * The organization named right after the text by "in", "by" or "from": "an editorial in The Des Moines
   * Register", "a report by the Chicago Tribune".
   */
  private publishedIn(run: TokenRun): TokenRun | undefined {
    const { view } = this;
    if (!['in', 'by', 'from'].includes(view.word(run.last + 1))) return undefined;
    const first = view.word(run.last + 2) === 'the' ? run.last + 3 : run.last + 2;
    const organization = view.mentionAt(first);
    if (organization?.type !== 'ORGANIZATION' || view.sentence(first) !== view.sentence(run.last)) return undefined;
    return { first, last: view.firstTokenAt(organization.end - 1) };
  }

  /**
   * The agent of an aside that put the text out, right after its phrase: "The report, released Thursday by the
   * Government Accountability Office, found".
   */
  private publishedBy(run: TokenRun): TokenRun | undefined {
    const { view, lexicon } = this;
    if (view.word(run.last + 1) !== ',' || !lexicon.cues.publishing.has(view.word(run.last + 2))) return undefined;
    // The aside, read no farther than its longest: not to the end of the field.
    const aside = view.words.slice(run.last + 2, run.last + 1 + MAX_PUBLISHED_ASIDE);
    const close = aside.indexOf(',');
    const by = aside.indexOf('by', 1);
    return close === -1 || by === -1 || by > close ? undefined : phraseStartingAt(view, run.last + 3 + by, run.last + 2 + close, lexicon.cues);
  }

  /**
   * Who put out the text named by "a"/"an" at `article` and its noun at `noun`: the subject of the verb that put
   * it out ("the Security Council issued a statement") or of the speech verb that spoke through it ("Powell's
   * office said in a statement", "In a statement, the business mogul announced").
   */
  private whoPutOut(article: number, noun: number): TokenRun | undefined {
    const { view, lexicon } = this;
    const from = view.firstTokenAt(view.tokens.sentenceStarts[view.sentence(noun)] as number);
    // "sent out a fundraising email": the verb's particle stands between.
    const publisher = view.pos(article - 1) === 'PART' ? article - 2 : article - 1;
    if (view.pos(publisher) === 'VERB' && lexicon.cues.publishing.has(view.word(publisher)) && !isPassive(view, publisher)) return subjectBefore(view, publisher, from, lexicon.cues);
    if (view.word(article - 1) !== 'in') return undefined;
    // The speech verb nearest the text: before it, else after it.
    let to = noun;
    while (to < view.count && view.sentence(to) === view.sentence(noun)) to++;
    const before = Array.from({ length: Math.max(0, article - 1 - from) }, (_, i) => article - 2 - i);
    const after = Array.from({ length: to - noun - 1 }, (_, i) => noun + 1 + i);
    for (const verb of [...before, ...after]) {
      if (view.insideQuote[verb] !== -1 || cueAt(view, lexicon, verb) === undefined || isPassive(view, verb)) continue;
      const subject = subjectBefore(view, verb, from, lexicon.cues);
      if (subject !== undefined && (subject.last < article || subject.first > noun)) return subject;
    }
    return undefined;
  }

  /**
   * The organization named between a determiner at `determiner` and a text's noun at `noun`: "a Quinnipiac
   * University poll", "The PPIC poll"; not where a possessive gives the text's owner ("the school's Facebook post").
   */
  private namingOrganization(determiner: number, noun: number): TokenRun | undefined {
    const { view } = this;
    if (!['a', 'an', 'the'].includes(view.word(determiner)) || view.words.slice(determiner, noun).some((word) => POSSESSIVE.has(word))) return undefined;
    const named = view.mentions.find((m) => m.type === 'ORGANIZATION' && m.start > view.start(determiner) && m.end <= view.start(noun));
    return named === undefined ? undefined : { first: view.firstTokenAt(named.start), last: view.firstTokenAt(named.end - 1) };
  }

  /** The nearest subject before token t that `fits`, unless an organization is named between it and t. */
  private unnamedBefore(t: number, fits: (subject: TokenRun) => boolean): TokenRun | undefined {
    const subject = this.nearestSubject(t, fits);
    if (subject === undefined) return undefined;
    const after = this.view.end(subject.last);
    const before = this.view.start(t);
    return this.view.mentions.some((m) => m.type === 'ORGANIZATION' && m.start >= after && m.end <= before) ? undefined : subject;
  }

  /** The nearest subject before token t, in its sentence or the one before, that `fits`, of a verb that `verbFits`. */
  private nearestSubject(t: number, fits: (subject: TokenRun) => boolean, verbFits: (verb: number) => boolean = () => true): TokenRun | undefined {
    const { view } = this;
    const sentence = view.sentence(t);
    let min = t;
    while (min > 0 && view.sentence(min - 1) >= sentence - 1) min--;
    for (let verb = t - 1; verb > min; verb--) {
      if (view.insideQuote[verb] !== -1 || !['VERB', 'AUX'].includes(view.pos(verb)) || !verbFits(verb)) continue;
      const subject = subjectBefore(view, verb, min, this.lexicon.cues);
      // Not the subject of a relative clause: "the system that Republicans want".
      if (subject !== undefined && !['that', 'which'].includes(view.word(subject.first)) && fits(subject)) return subject;
    }
    return undefined;
  }

  /** True for a phrase headed by one text that speaks, and no name: "the lawsuit", "the staff letter", "The post". */
  private isWork(run: TokenRun): boolean {
    const head = headOf(this.view, this.lexicon, run);
    const word = this.view.word(head);
    return this.view.mentionAt(head) === undefined && !looksPlural(word) && this.lexicon.cues.heads.get(word) === 'work';
  }

  /**
   * True for a phrase that names people in the plural: names joined by "and", a group ("officials",
   * "people", "the family"), or the plural of a role or an organization ("aides", "groups"); not things ("other
   * changes").
   */
  private isPeople(run: TokenRun): boolean {
    const { view } = this;
    for (let t = run.first + 1; t < run.last; t++) if (view.word(t) === 'and' && view.mentionAt(t - 1) !== undefined && view.mentionAt(t + 1) !== undefined) return true;
    const head = headOf(view, this.lexicon, run);
    const word = view.word(head);
    // "Senate Democrats" may be tagged an organization; a person's or a place's name is no group.
    const named = view.mentionAt(head)?.type;
    // Not "a member of the family", which is one person.
    if (named === undefined && COLLECTIVE_NOUNS.has(word)) return !view.words.slice(run.first, head).includes('of');
    if (named === 'PERSON' || named === 'PLACE' || !(/s$/u.test(word) || IRREGULAR_PLURALS.has(word))) return false;
    // The singular: "aides" → aide, "companies" → company.
    const kind = this.lexicon.cues.heads.get(word) ?? this.lexicon.cues.heads.get(word.replace(/ies$/u, 'y').replace(/s$/u, ''));
    return kind === 'group' || kind === 'role' || kind === 'organization';
  }

  /**
   * What "the company", "the bank" or "the group" at token `first` stands for: the organization that is the
   * nearest subject before, else the latest named. Not a news outlet, which reports what others say ("…, the
   * central bank said" after "Kyodo News reported" is no Kyodo's), unless the head is "agency".
   */
  private latestOfKind(offset: number, first: number, headWord: string): Mention | undefined {
    // "The company said" is no "Health Care Financing Administration": a name that ends in another kind of
    // organization is of that kind.
    const anyKind = ANY_ORGANIZATION_HEADS.has(headWord);
    const otherKind = (m: Mention) => {
      const last = nameKey(m.canonical).split(' ').at(-1) ?? '';
      return !anyKind && this.lexicon.cues.heads.get(last) === 'organization' && !this.lexicon.genericOrganizationHeads.has(last);
    };
    const fits = (m: Mention | undefined) => m?.type === 'ORGANIZATION' && (headWord === 'agency' || !isOutletName(this.lexicon, m.canonical)) && !otherKind(m);
    const subject = this.organizationSubjectBefore(first);
    return fits(subject) ? subject : this.latest(offset, fits);
  }

  /**
   * The organization that is the nearest subject before token t, in its sentence or the one before: "Pinkerton's
   * Inc. said it agreed to acquire the business of Wells Fargo. The company said" is Pinkerton's.
   */
  private organizationSubjectBefore(t: number): Mention | undefined {
    const headMention = (run: TokenRun) => this.view.mentionAt(headOf(this.view, this.lexicon, run));
    const subject = this.nearestSubject(t, (run) => headMention(run)?.type === 'ORGANIZATION');
    return subject === undefined ? undefined : headMention(subject);
  }

  /**
   * The organization or the person whose spokesperson the phrase is, where no person holds that role in the
   * article: "an Intel spokeswoman", "a State Department spokesman", "Trump's spokeswoman" speak for them, as "a
   * spokesman for the FBI" does.
   */
  private voiceOf(head: number, inRun: readonly Mention[]): Mention | undefined {
    if (!this.lexicon.spokespersonNouns.has(this.view.word(head))) return undefined;
    // Right before the noun, or before its possessive, past its modifiers: "Intel's spokeswoman", "Blair's official spokesman".
    const before = this.ownerAt(this.beforeModifiers(head, 0));
    return before !== undefined && inRun.length === 1 && before === inRun[0] && before.type !== 'PLACE' ? before : undefined;
  }

  /**
   * The person for whom those the phrase names act and speak (`agent-nouns.txt`): the one named before a
   * possessive ("Trump's campaign", "Clinton's top aides") or right before the noun ("the Cruz campaign"), or the
   * one a possessive pronoun stands for ("his office"). And whose statement or text it is, a person's or an
   * organization's, by a possessive: "Sanders' response was blunt:", "From Bush's Facebook post:".
   */
  private principalOf(run: TokenRun, head: number): Mention | undefined {
    const { view, lexicon } = this;
    const word = view.word(head);
    const statement = lexicon.cues.nouns.has(word) || lexicon.cues.heads.get(word) === 'work';
    // Not one of them ("one of his senior aides"), nor those who were ("former aides").
    const before = view.words.slice(run.first, head);
    if (!(lexicon.agentNouns.has(word) || statement) || before.includes('former') || before.includes('of')) return undefined;
    // Back over the modifiers: "Clinton's top aides", "Trump's presidential campaign".
    const t = this.beforeModifiers(head, run.first);
    const gender = lexicon.possessivePronouns.get(view.word(t).toLowerCase());
    if (gender !== undefined) return this.antecedent(view.start(t), { gender, who: 'person' });
    const owner = this.ownerAt(t);
    if (statement) return POSSESSIVE.has(view.word(t)) && (owner?.type === 'PERSON' || owner?.type === 'ORGANIZATION') && t > run.first ? owner : undefined;
    return owner?.type === 'PERSON' && t >= run.first ? owner : undefined;
  }

  /** The name at token t, or before t where t is a possessive mark ("Trump" of "Trump's"). */
  private ownerAt(t: number): Mention | undefined {
    return this.view.mentionAt(POSSESSIVE.has(this.view.word(t)) ? t - 1 : t);
  }

  /** The token before the modifiers before `head` (adjectives, nouns: "official", "campaign"; names after a possessive), not before `first`. */
  private beforeModifiers(head: number, first: number): number {
    let t = head - 1;
    while (t > first && (this.view.pos(t) === 'ADJ' || this.view.pos(t) === 'NOUN')) t--;
    // "Bush's Facebook post": a name between a possessive and the noun modifies it (but "the Cruz campaign" is Cruz's).
    let name = t;
    while (name > first && this.view.pos(name) === 'PROPN') name--;
    return name < t && POSSESSIVE.has(this.view.word(name)) ? name : t;
  }

  /** True when a role's noun stands in the phrase before its head's name ("a spokesman for the FBI"). */
  private opensWithRole(run: TokenRun, head: number): boolean {
    for (let t = run.first; t < head && this.view.mentionAt(t) === undefined; t++) if (this.lexicon.cues.heads.get(this.view.word(t)) === 'role') return true;
    return false;
  }

  /**
   * The person named right after the phrase and a comma, where the name ends the apposition: "a neighbor, Mary
   * Jones.", "one early supporter, Representative Lee Zeldin,", "another advocate, Andrew Pincus of Mayer
   * Brown"; not the subject of the next clause ("According to pool reports, Obama said", 'According to the
   * indictment, Smith "knowingly" lied').
   */
  private apposedPerson(run: TokenRun): Mention | undefined {
    const { view } = this;
    const comma = complementEnd(view, run.last + 1);
    if (view.word(comma) !== ',') return undefined;
    let first = comma + 1;
    // "one fan, 34-year-old Mike Dunn of Boston, told the Globe": an age before the name too.
    if (ageIn(view, { first, last: first + 2 }) !== undefined) first += 3;
    while (first < view.count && isRoleWord(view, this.lexicon, first)) first++;
    const mention = view.mentionAt(first);
    if (mention?.type !== 'PERSON' || view.start(first) !== mention.start) return undefined;
    const after = view.firstTokenAt(mention.end);
    // "another friend, Mariam Emara told CNN": the closing comma is often left out before the verb (but "According
    // to pool reports, Obama said" names no one the reports are).
    const verbAfter = this.lexicon.cues.verbs.has(view.word(after)) && !looksPlural(view.word(run.last));
    return after >= view.count || APPOSITION_ENDS.has(view.word(after)) || verbAfter ? mention : undefined;
  }

  /**
   * The person named after "and" and the capitalised words of more titles, right after the phrase, where that
   * name ends the phrase: "former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell".
   */
  private personAfterTitles(run: TokenRun): Mention | undefined {
    const { view } = this;
    if (view.words[run.last + 1] !== 'and') return undefined;
    for (let t = run.last + 2; t < view.count && t - run.last <= MAX_TITLES_AFTER_AND; t++) {
      const mention = view.mentionAt(t);
      if (mention?.type === 'PERSON' && view.start(t) === mention.start) {
        const after = view.firstTokenAt(mention.end);
        return after >= view.count || APPOSITION_ENDS.has(view.word(after)) ? mention : undefined;
      }
      if (!/^\p{Lu}/u.test(view.text.charAt(view.start(t))) || view.sentence(t) !== view.sentence(run.last)) return undefined;
    }
    return undefined;
  }

  /**
   * The person a role phrase is in apposition to, named right before it and a comma: "said Kristan Hawkins,
   * president of Students For Life of America", where the ranker chose the apposition for the quote after. Closed
   * by a punctuation mark: "Asked about Trump, the senator said" is no apposition.
   */
  private nameBefore(run: TokenRun): Mention | undefined {
    const { view } = this;
    const closed = run.last + 1 >= view.count || APPOSITION_CLOSES.has(view.word(run.last + 1));
    const person = closed && view.words[run.first - 1] === ',' ? view.mentionAt(run.first - 2) : undefined;
    return person?.type === 'PERSON' && view.sentence(run.first - 2) === view.sentence(run.first) ? person : undefined;
  }

  /** The latest mention before `offset`, within reach and outside quotes, that `fits`. */
  private latest(offset: number, fits: (mention: Mention) => boolean): Mention | undefined {
    const earliest = this.view.paragraph(offset) - REACH_PARAGRAPHS;
    for (let i = this.view.mentions.length - 1; i >= 0; i--) {
      const mention = this.view.mentions[i] as Mention;
      if (mention.end > offset || !standsForEntity(mention) || !fits(mention)) continue;
      if (this.view.paragraph(mention.start) < earliest) return undefined;
      if (this.view.insideQuote[this.view.firstTokenAt(mention.start)] === -1) return mention;
    }
    return undefined;
  }

  /** What a pronoun stands for: the candidate before it that the model scores highest. */
  private antecedent(offset: number, pronoun: { readonly gender: string; readonly who: string }): Mention | undefined {
    const candidates = this.antecedentCandidates(offset, pronoun);
    let best: { mention: Mention; score: number } | undefined;
    const scores = new Float64Array(candidates.length);
    candidates.forEach(({ mention, features }, i) => {
      for (const feature of features) this.scorer.addTo(featureHash(feature), scores, i);
      if (best === undefined || (scores[i] as number) > best.score) best = { mention, score: scores[i] as number };
    });
    return best?.mention;
  }

  /** The entities a pronoun at `offset` may stand for, as the antecedent model reads them (none for "they", "I"). */
  antecedentCandidates(offset: number, pronoun: { readonly gender: string; readonly who: string }): AntecedentCandidate[] {
    const type = pronoun.who === 'person' ? 'PERSON' : pronoun.who === 'organization' ? 'ORGANIZATION' : undefined;
    if (type === undefined) return [];
    const genderOf = (entityId: string, mention: Mention) => this.genderOf(entityId, mention);
    return antecedentCandidates(this.view, { offset, type, gender: pronoun.gender, spoke: this.spoke, previousPronoun: this.previousPronoun(offset), genderOf });
  }

  /**
   * A person's gender as far as the article tells it. What the text states (an honorific, "widow") tells more
   * than what a first name suggests ("Terry"), but a first name tells more than a "-man" noun that news also
   * writes of women ("Trump spokesman Hope Hicks"); then what the resolved speakers' pronouns told, then what
   * the pronouns after its subjects tell.
   */
  private genderOf(entityId: string, mention: Mention): string | undefined {
    this.pronounGender ??= genderByPronouns(this.view, this.lexicon.genderedPronouns);
    const stated = this.statedGender(entityId);
    // A name of one word is most often a surname ("Clinton", "Richards"), which the US records also list as men's
    // given names: its gender counts only where it is a given name of the curated lists ("Hillary", "Bob").
    const words = mention.canonical.split(' ');
    const first = nameKey(words[0] ?? '');
    const firstName = words.length > 1 || this.lexicon.givenNames.has(first) ? this.lexicon.firstNameGender.get(first) : undefined;
    if (stated !== undefined && !(stated.generic && firstName !== undefined)) return stated.gender;
    return firstName ?? this.toldGender.get(entityId) ?? this.pronounGender.get(entityId);
  }

  /**
   * The gender an honorific or a noun written right before one of the entity's names tells ("Mr.", "widow"),
   * and whether it is only a noun in "-man" ("spokesman", "chairman"), which news writes of women too.
   */
  private statedGender(entityId: string): StatedGender | undefined {
    if (!this.stated.has(entityId)) this.stated.set(entityId, this.findStatedGender(entityId));
    return this.stated.get(entityId);
  }

  private findStatedGender(entityId: string): StatedGender | undefined {
    const honorific = (word: string) => honorificOf(this.lexicon, word);
    let generic: StatedGender | undefined;
    for (const mention of this.view.mentions) {
      if (mention.entityId !== entityId) continue;
      const t = this.view.firstTokenAt(mention.start);
      const byHonorific = honorific(this.view.word(t - 1)) ?? honorific(this.view.word(t));
      if (byHonorific === 'male' || byHonorific === 'female') return { gender: byHonorific, generic: false };
      const noun = this.view.word(t - 1);
      const gender = this.lexicon.genderedNouns.get(noun);
      if (gender === undefined) continue;
      const isGeneric = gender === 'male' && noun.endsWith('man') && this.lexicon.genderedNouns.get(`${noun.slice(0, -3)}woman`) === 'female';
      if (!isGeneric) return { gender, generic: false };
      generic ??= { gender, generic: true };
    }
    return generic;
  }

  /**
   * "the senator", "the Florida senator", "the Russian president": the person before it whose role has that
   * head word (of the place or organization named in the phrase, when it names one).
   */
  private holderOfRole(run: TokenRun, inRun: readonly Mention[]): Mention | undefined {
    const headToken = headOf(this.view, this.lexicon, run);
    const head = roleHead(this.view.word(headToken), this.lexicon);
    // A title of several words must be the role's ("the prime minister" is not the first minister).
    const title = this.compoundTitle(run, headToken);
    const demonyms = this.view.mentions.filter((m) => m.form === 'demonym' && m.start >= this.view.start(run.first) && m.end <= this.view.end(run.last));
    const where = [...inRun, ...demonyms];
    // Every word of the role is in the phrase but those that say which office, and those the phrase has are the
    // role's: "the former president" is not the Vice President, "the minority leader" not the Majority Leader.
    const phraseWords = new Set(this.view.words.slice(run.first, headToken + 1).map((word) => roleHead(word, this.lexicon)));
    const { officeModifiers, rankModifiers } = this.lexicon;
    const named = (role: string) => {
      const words = role.split(/[\s-]+/u).map((word) => roleHead(word, this.lexicon));
      const unsaid = (word: string) => officeModifiers.has(word) && !rankModifiers.has(word);
      return words.every((word) => phraseWords.has(word) || unsaid(word)) && [...phraseWords].every((word) => !officeModifiers.has(word) || words.includes(word));
    };
    const rolesOf = (entityId: string) =>
      (this.entities.get(entityId)?.roles ?? []).filter(
        (role) => roleHead(lastWord(role.role), this.lexicon) === head && (title === undefined || nameKey(role.role) === title) && named(role.role),
      );
    const holds = (mention: Mention) => mention.type === 'PERSON' && rolesOf(mention.entityId).some((role) => where.length === 0 || isRoleOf(role, where));
    const found = this.latest(this.view.start(run.first), holds);
    if (found !== undefined || where.length === 0) return found;
    // "The Florida senator" where the article calls Rubio a senator and says of nowhere: the one person who holds
    // the role of no stated place, if only one does.
    const holders = [...this.entities.values()].filter((entity) => entity.type === 'PERSON' && rolesOf(entity.id).length > 0);
    const only = holders.length === 1 && rolesOf((holders[0] as ArticleEntity).id).every((role) => role.of === '') ? (holders[0] as ArticleEntity) : undefined;
    return only === undefined ? undefined : this.latest(this.view.start(run.first), (mention) => mention.entityId === only.id);
  }

  /** The longest title of two or more words in the phrase that ends at its head ("prime minister", "vice president"), as a name key. */
  private compoundTitle(run: TokenRun, head: number): string | undefined {
    for (let first = Math.max(run.first, head - 3); first < head; first++) {
      const key = nameKey(this.view.words.slice(first, head + 1).join(' '));
      if (this.lexicon.phrases.is(key, 'title')) return key;
    }
    return undefined;
  }

  /** How the field describes its people (see `describedPeople`), found when first asked. */
  private descriptions: Descriptions | undefined;

  /**
   * "the nominee", "the billionaire": the latest person before the phrase whom the field described with its head
   * noun, and with each capitalised word of it ("the Democratic nominee" is not the Republican nominee) and each
   * word of its title ("the prime minister" is not the first minister).
   */
  private describedPerson(run: TokenRun, head: number): Mention | undefined {
    const { view } = this;
    // "a candidate" is someone new; "the candidate" someone the reader knows; "the heads" more than one.
    if (view.word(run.first) !== 'the' || looksPlural(view.word(head))) return undefined;
    const { byHead, words } = (this.descriptions ??= describedPeople(view));
    // "the 46-year-old", "the 43-year-old former congressman": an age in the phrase names whom the article gave it.
    const age = ageIn(view, run);
    const people = byHead.get(view.word(head)) ?? (age === undefined ? undefined : byHead.get(age));
    if (people === undefined) return undefined;
    const named: string[] = [];
    for (let t = run.first + 1; t < head; t++) if (/^\p{Lu}/u.test(view.text.charAt(view.start(t)))) named.push(view.word(t));
    named.push(...(this.compoundTitle(run, head)?.split(' ').slice(0, -1) ?? []));
    const fits = (mention: Mention) => people.has(mention.entityId) && named.every((word) => words.get(mention.entityId)?.has(word));
    return this.latest(view.start(run.first), fits);
  }

  /**
   * "the Florida senator", "the New York businessman", "the former president": an epithet (a role or a gendered
   * noun after capitalised words or a role's modifiers) that nothing else resolved is the person the sentence
   * before opens with, as its subject, or the one it ends by saying it was theirs ("…, Carly Fiorina said."),
   * unless a gender or the places of the subject's roles tell them apart. Not "the senator" alone, which the
   * roles resolve or not.
   */
  private epithetOf(run: TokenRun, head: number): Mention | undefined {
    const { view } = this;
    if (!isEpithet(view, this.lexicon, run, head)) return undefined;
    const sentence = toldBefore(view, run.first);
    const subject = openingSubject(view, this.lexicon, sentence) ?? this.openingPronoun(sentence);
    const told = this.lexicon.genderedNouns.get(view.word(head));
    const gender = subject === undefined ? undefined : this.genderOf(subject.entityId, subject);
    if (told !== undefined && gender !== undefined && told !== gender) return undefined;
    // "the Wisconsin Republican" after "Sen. Ted Cruz (R-Texas) agreed": not the subject whose roles are of other
    // places, but the one person whose role is of this one.
    const start = view.start(run.first);
    const places = view.mentions.filter((m) => m.type === 'PLACE' && m.start >= start && m.end <= view.end(head));
    if (places.length === 0) return subject;
    const ofPlace = (entityId: string) => (this.entities.get(entityId)?.roles ?? []).some((role) => isRoleOf(role, places));
    // A role of another state or country, not of an organization or of words the tagger took for a place.
    const { places: gazetteer } = this.lexicon;
    const jurisdiction = (of: string) => gazetteer.usStates.has(nameKey(of)) || gazetteer.countryByName.has(nameKey(of));
    const placed = (entityId: string) => (this.entities.get(entityId)?.roles ?? []).some((role) => jurisdiction(role.of));
    if (subject !== undefined && (ofPlace(subject.entityId) || !placed(subject.entityId))) return subject;
    const holders = new Set([...this.entities.values()].filter((entity) => entity.type === 'PERSON' && ofPlace(entity.id)).map((entity) => entity.id));
    // Of several ("Mr. Bush, the former governor of Florida" and Sen. Marco Rubio of Florida), the one the sentence
    // before names.
    const latest = this.latest(start, (mention) => holders.has(mention.entityId));
    const named = latest !== undefined && view.sentence(view.firstTokenAt(latest.start)) >= sentence;
    return holders.size === 1 || named ? latest : undefined;
  }

  /**
   * "'…,' the candidate said", "the businessman replied": a definite description of the person a story is about
   * that nothing else resolved is whom a "he" or "she" there would stand for, as the antecedent model weighs them,
   * if that is one of the people the article names most (not the pundit who spoke last). Not where the article
   * gives the role to people it names ("Sen. Ted Cruz and Sen. Bernie Sanders met. … the Vermont senator said").
   */
  private salientPerson(run: TokenRun, head: number): Mention | undefined {
    const { view } = this;
    const word = view.text.slice(view.start(head), view.end(head));
    if (!['the', 'The'].includes(view.word(run.first)) || !this.lexicon.principalHeads.has(word)) return undefined;
    const people = [...this.entities.values()].filter((e) => e.type === 'PERSON');
    if (people.some((e) => e.roles.some((role) => roleHead(lastWord(role.role), this.lexicon) === roleHead(word, this.lexicon)))) return undefined;
    const gender = this.lexicon.genderedNouns.get(word) ?? 'any';
    const person = this.antecedent(view.start(run.first), { gender, who: 'person' });
    const named = person === undefined ? 0 : (this.entities.get(person.entityId)?.mentionCount ?? 0);
    const most = Math.max(...people.map((e) => e.mentionCount));
    return named >= MIN_MAIN_MENTIONS && named * MAIN_PERSON_SHARE >= most ? person : undefined;
  }

  /**
   * What a "he" or "she" that opens a sentence ("And he even inserted himself …") stands for: an epithet after it
   * ("the Russian leader") goes on with that subject.
   */
  private openingPronoun(sentence: number): Mention | undefined {
    if (sentence < 0) return undefined;
    const t = this.view.subjectToken(sentence);
    const pronoun = this.lexicon.cues.pronouns.get(this.view.word(t));
    return pronoun?.who === 'person' && this.view.insideQuote[t] === -1 ? this.antecedent(this.view.start(t), pronoun) : undefined;
  }

  /** A capitalised word the tagger did not take for a name: the article's person whose name ends in it. */
  private bySurname(run: TokenRun): Speaker | undefined {
    const surname = nameKey(this.view.text.slice(this.view.start(run.last), this.view.end(run.last)));
    // Of several people of that name ("Ivana Trump" beside Donald J. Trump), the one named most, if one is.
    const people = [...this.entities.values()]
      .filter((e) => e.type === 'PERSON' && nameKey(e.name).split(' ').length > 1 && nameKey(e.name).split(' ').at(-1) === surname)
      .sort((a, b) => b.mentionCount - a.mentionCount);
    const person = people[0];
    if (person === undefined || person.mentionCount === people[1]?.mentionCount) return undefined;
    const start = this.view.start(run.first);
    const end = this.view.end(run.last);
    return { mention: this.view.text.slice(start, end), start, end, name: person.name, id: person.id, how: 'surname' };
  }
}

/**
 * The names a speech verb goes with, outside quotes: "Clyburn said", "Clyburn, 76, told", "said Clyburn".
 * Found from position alone, before any quote is attributed, so that what a pronoun resolves to does not depend
 * on the order quotes are read in.
 */
function namesWithSpeechVerbs(view: FieldView, lexicon: Lexicon): Mention[] {
  const found: Mention[] = [];
  for (const mention of view.mentions) {
    if (!standsForEntity(mention) || mention.type === 'PLACE') continue;
    const first = view.firstTokenAt(mention.start);
    if (view.insideQuote[first] !== -1) continue;
    let last = first;
    while (last + 1 < view.count && view.start(last + 1) < mention.end) last++;
    // "noted NBC's Dante Chinni": the verb may stand before a possessive.
    const before = cueAt(view, lexicon, first - 1) !== undefined || (POSSESSIVE_S.has(view.word(first - 1)) && cueAt(view, lexicon, first - 3) !== undefined);
    let after = last + 1;
    while (after < view.count && after - last <= 3 && ['ADV', 'AUX'].includes(view.pos(after))) after++;
    if (before || cueAt(view, lexicon, after) !== undefined) found.push(mention);
  }
  return found;
}

/** The gender the text states of a person, and whether only a "-man" noun states it. */
interface StatedGender {
  readonly gender: 'male' | 'female';
  readonly generic: boolean;
}

/** Words that open an appositive noun phrase: "Hillary Clinton, the Democratic nominee,". */
const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);
/** Words that end an appositive's noun, or what it is of: "the nominee,", "a senator from Ohio", "the head of the party". */
const APPOSITIVE_ENDS = new Set([',', '.', ';', ':', ')', '—', '--', 'of', 'for', 'from', 'at', 'in', 'on', 'who', 'which', 'and']);
/** Longest appositive read, in tokens; and most words read before a name ("former Republican presidential nominee"). */
const MAX_APPOSITIVE = 7;
const MAX_PREMODIFIERS = 4;

/** How a field describes its people: by each head noun, the people it describes; by person, every word of their descriptions. */
interface Descriptions {
  readonly byHead: Map<string, Set<string>>;
  readonly words: Map<string, Set<string>>;
}

/**
 * How a field describes its people with common nouns: the noun right before a name ("Democratic nominee Hillary
 * Clinton", "billionaire Donald Trump") and the head of an appositive after it ("Hillary Clinton, the Democratic
 * nominee,"). What "the nominee" or "the billionaire" later refers to.
 */
function describedPeople(view: FieldView): Descriptions {
  const descriptions: Descriptions = { byHead: new Map(), words: new Map() };
  const add = (head: number, from: number, person: Mention) => {
    // A common noun, capitalised only where it opens a sentence ("Billionaire Donald Trump").
    const opens = head === 0 || view.sentence(head - 1) !== view.sentence(head);
    const written = view.text.slice(view.start(head), view.end(head));
    if (!(opens ? /^\p{L}\p{Ll}+$/u : /^\p{Ll}+$/u).test(written) || !(view.pos(head) === 'NOUN' || (opens && view.pos(head) === 'PROPN'))) return;
    setOf(descriptions.byHead, view.word(head)).add(person.entityId);
    const words = setOf(descriptions.words, person.entityId);
    for (let t = from; t <= head; t++) words.add(view.word(t));
  };
  for (const person of view.mentions) {
    if (person.type !== 'PERSON' || person.form !== 'name') continue;
    const first = view.firstTokenAt(person.start);
    const age = statedAge(view, person, first);
    if (age !== undefined) setOf(descriptions.byHead, age).add(person.entityId);
    let from = first - 1;
    while (from > 0 && first - from < MAX_PREMODIFIERS && view.sentence(from - 1) === view.sentence(first) && view.isWord(from - 1) && !APPOSITIVE_OPENERS.has(view.word(from - 1))) from--;
    if (first > 0 && view.sentence(first - 1) === view.sentence(first)) add(first - 1, from, person);
    const after = view.firstTokenAt(person.end);
    if (view.words[after] !== ',' || !APPOSITIVE_OPENERS.has(view.word(after + 1))) continue;
    let end = after + 2;
    while (end < Math.min(view.count, after + MAX_APPOSITIVE) && !APPOSITIVE_ENDS.has(view.word(end))) end++;
    if (end > after + 2 && APPOSITIVE_ENDS.has(view.word(end)) && view.sentence(end) === view.sentence(first)) add(end - 1, after + 2, person);
  }
  return descriptions;
}

/**
 * True when a role is of one of the places or organizations named: by id, or by name where the tagger typed the
 * two writings apart ("Florida Sen. Marco Rubio" and "the Florida senator").
 */
function isRoleOf(role: Role, named: readonly Mention[]): boolean {
  return named.some((mention) => role.ofId === mention.entityId || nameKey(role.of) === nameKey(mention.canonical));
}

/** Endings of nationality words that, after "the", name a whole people: "the British", "the Chinese", "the Dutch". */
const COLLECTIVE_DEMONYM = /(?:ese|ish|ch|ss|sh)$/u;

/**
 * True for "the" and modifiers before the head of which one at least is capitalised, the others adjectives ("the
 * presumptive Republican presidential nominee"); not with a person's name among them, which tells whose aide
 * the phrase is, not who ("the Sanders aide", "the Christie supporter"). And for a parent by their children
 * ("the mother of two"), a party's member ("the Republican") and a nationality's noun for one person.
 */
function isEpithet(view: FieldView, lexicon: Lexicon, run: TokenRun, head: number): boolean {
  if (view.word(run.first) !== 'the' || looksPlural(view.word(head))) return false;
  if (head === run.first + 1 && describesOnePerson(lexicon, view.word(head))) return run.last === head;
  // "the German said": a nationality's noun for one person ("the British", "the Chinese" are a people).
  if (head === run.first + 1 && view.mentionAt(head)?.form === 'demonym') return !COLLECTIVE_DEMONYM.test(view.word(head));
  if (head === run.first + 1 && view.word(head + 1) === 'of' && view.pos(head + 2) === 'NUM') return true;
  // "the 22-year-old", "the seven-time world champion": an age or a count of titles describes one person.
  if (ageIn(view, run) !== undefined || countsTitles(view, run, head)) return true;
  // Capitalised words or a role's modifiers ("the former president", "the Senate minority leader") make it one.
  let describing = 0;
  for (let t = run.first + 1; t < head; t++) {
    const upper = /^\p{Lu}/u.test(view.text.charAt(view.start(t)));
    const modifier = lexicon.roleModifiers.has(nameKey(view.word(t)));
    if ((!upper && !modifier && view.pos(t) !== 'ADJ') || view.mentionAt(t)?.type === 'PERSON') return false;
    if (upper || modifier) describing++;
  }
  return describing > 0;
}

/** True when a modifier before the head counts someone's titles or wins: "the seven-time world champion", "the 15-time major winner". */
function countsTitles(view: FieldView, run: TokenRun, head: number): boolean {
  for (let t = run.first + 1; t < head; t++) {
    // "seven-time" is one token, "15-time" three: 15, -, time.
    if (/^\p{L}+-time$/u.test(view.word(t)) || (view.word(t) === 'time' && view.word(t - 1) === '-' && /^\d+$/u.test(view.word(t - 2)))) return true;
  }
  return false;
}

/**
 * True when a phrase says by name whose its head is: a name or another capitalised word before the head ("the
 * Obama administration", "Japan's central bank"); not a common noun ("the paper's editorial board"), nor the
 * place that says only where it is ("the Detroit automaker"; but "a New Hampshire paper" is one not named).
 */
function namesAnOwner(view: FieldView, run: TokenRun, head: number): boolean {
  for (let t = run.first; t < head; t++) {
    // "The" and a place right before the head: the company a reader knows, by where it is.
    const mention = view.mentionAt(t);
    if (mention?.type === 'PLACE' && view.word(run.first) === 'the' && view.firstTokenAt(mention.end) === head) continue;
    if (mention !== undefined || (t > run.first && /^\p{Lu}/u.test(view.text.charAt(view.start(t))))) return true;
  }
  return false;
}

/**
 * The sentence told before the one token t stands in, past the quotes before t: for '"… is doing. North Korea is
 * a paranoid nation," the Vermont senator told ABC', the sentence before the quote, not the quote's first one.
 */
function toldBefore(view: FieldView, t: number): number {
  const own = view.sentence(t);
  let u = t - 1;
  while (u >= 0 && (view.insideQuote[u] !== -1 || view.sentence(u) === own)) u--;
  return u < 0 ? -1 : view.sentence(u);
}

/**
 * The person a sentence opens with as its subject: its first name, before any verb and any word in lower case
 * but a role's ("Lawyers for Donald Trump filed" names none), and no other person's beside it ("Cruz and Sanders
 * met").
 */
function openingSubject(view: FieldView, lexicon: Lexicon, sentence: number): Mention | undefined {
  if (sentence < 0) return undefined;
  const sayer = trailingSayer(view, lexicon, sentence);
  if (sayer !== undefined) return sayer;
  let t = view.openingToken(sentence);
  // '"There is no plan B," Macron said.', '…," said Macron.': a quote that opens the sentence has its speaker
  // for the subject.
  if (view.insideQuote[t] !== -1) {
    while (t < view.count && view.sentence(t) === sentence && (view.insideQuote[t] !== -1 || !view.isWord(t))) t++;
    if (lexicon.cues.verbs.has(view.word(t))) t++;
  }
  // Lower-case nouns right before a person are a title ("campaign manager Kellyanne Conway", "Brighton boss
  // Roberto De Zerbi"), as a role's noun is ("Liverpool coach Jurgen Klopp"), whatever the tagger says.
  const beforePerson = (u: number): boolean => {
    let v = u;
    while (v - u < MAX_TITLE_WORDS && view.mentionAt(v) === undefined && /^\p{Ll}/u.test(view.text.charAt(view.start(v))) && (view.pos(v) === 'NOUN' || isRoleWord(view, lexicon, v))) v++;
    return v > u && view.mentionAt(v)?.type === 'PERSON';
  };
  const titleAt = (u: number) => beforePerson(u) || isRoleWord(view, lexicon, u);
  // No word of a name is a verb ("Erik ten Hag"), nor is a title.
  const verbAt = (u: number) => ['VERB', 'AUX'].includes(view.pos(u)) && view.mentionAt(u) === undefined && !beforePerson(u);
  let subject: Mention | undefined;
  for (; t < view.count && view.sentence(t) === sentence && !verbAt(t); t++) {
    const mention = view.mentionAt(t);
    if (mention === undefined && subject === undefined && /^\p{Ll}/u.test(view.text.charAt(view.start(t))) && !titleAt(t)) return undefined;
    if (mention === undefined || mention === subject || view.insideQuote[t] !== -1) continue;
    // "Manchester United manager Erik ten Hag": a name may stand before the title.
    if (mention.type !== 'PERSON' && subject === undefined && titleAt(view.firstTokenAt(mention.end))) continue;
    if (mention.type !== 'PERSON' || !standsForEntity(mention) || subject !== undefined) return undefined;
    subject = mention;
  }
  return subject;
}

/**
 * The person a sentence ends by saying it was theirs: "Trump is on solid ground attacking Bill Clinton, Carly
 * Fiorina said Monday." (or "…, said Carly Fiorina."): the one the sentence tells of, not its first subject.
 */
function trailingSayer(view: FieldView, lexicon: Lexicon, sentence: number): Mention | undefined {
  let last = view.openingToken(sentence);
  while (last + 1 < view.count && view.sentence(last + 1) === sentence) last++;
  let comma = last;
  while (comma > 0 && view.sentence(comma) === sentence && view.word(comma) !== ',') comma--;
  if (view.sentence(comma) !== sentence || view.word(comma) !== ',' || view.insideQuote[comma] !== -1) return undefined;
  const person = (t: number) => (view.mentionAt(t)?.type === 'PERSON' ? view.mentionAt(t) : undefined);
  // A finite verb of saying, not a participle that goes on ("…, accusing Sanders's followers of sexism").
  const said = (t: number) => lexicon.cues.verbs.has(view.word(t)) && !view.word(t).endsWith('ing');
  const first = person(comma + 1);
  if (first !== undefined) return said(view.firstTokenAt(first.end)) ? first : undefined;
  const inverted = said(comma + 1) ? person(comma + 2) : undefined;
  const after = inverted === undefined ? last : view.firstTokenAt(inverted.end);
  return after >= last || [',', '.'].includes(view.word(after)) ? inverted : undefined;
}

/** True for a word outside any name that is a role's noun, a title, an honorific or a role's modifier: "coach", "Sen.", "Dr.", "former". */
function isRoleWord(view: FieldView, lexicon: Lexicon, t: number): boolean {
  const word = view.word(t);
  return view.mentionAt(t) === undefined && (lexicon.cues.heads.get(word) === 'role' || isTitleWord(lexicon, nameKey(word)) || honorificOf(lexicon, word) !== undefined || lexicon.roleModifiers.has(nameKey(word)));
}

/** The age a phrase states ("the 46-year-old", as the tokens `46`, `-`, `year-old`), as a description key. */
function ageIn(view: FieldView, run: TokenRun): string | undefined {
  for (let t = run.first + 2; t <= run.last; t++) {
    if (view.word(t) === 'year-old' && view.word(t - 1) === '-' && /^\d{1,3}$/u.test(view.word(t - 2))) return `age:${view.word(t - 2)}`;
  }
  return undefined;
}

/** The age the field gives a person: "John Smith, 46, said", "the 17-year-old Jared Potts". */
function statedAge(view: FieldView, person: Mention, first: number): string | undefined {
  const after = view.firstTokenAt(person.end);
  if (view.words[after] === ',' && /^\d{1,3}$/u.test(view.word(after + 1)) && [',', '.', ';'].includes(view.word(after + 2))) return `age:${view.word(after + 1)}`;
  return first >= 3 ? ageIn(view, { first: first - 3, last: first - 1 }) : undefined;
}

/** True for a noun in -s that is no singular in -ss, -us or -is ("heads", "Democrats"; not "boss", "analysis"). */
function looksPlural(word: string): boolean {
  return /[^siu]s$/u.test(word);
}

function setOf(map: Map<string, Set<string>>, key: string): Set<string> {
  let set = map.get(key);
  if (set === undefined) {
    set = new Set();
    map.set(key, set);
  }
  return set;
}

/** "as they say", "as you know", "it is said": a pronoun that stands for no one. */
function isIdiom(view: FieldView, t: number): boolean {
  if (view.word(t - 1) === 'as' && ['they', 'you', 'we'].includes(view.word(t))) return true;
  return view.word(t) === 'it' && ['is', 'was', 'has'].includes(view.word(t + 1)) && ['said', 'been', 'often', 'widely'].includes(view.word(t + 2));
}

/** The last word of a role ("Secretary of State" → State, "Vice-President" → President). */
function lastWord(role: string): string {
  return role.split(/[\s-]+/u).at(-1) ?? '';
}

/** A role title's head word as one key: "Sen." and "senator", "Gov." and "governor" are the same. */
function roleHead(word: string, lexicon: Lexicon): string {
  const key = nameKey(word).replace(/\.$/u, '');
  return lexicon.titleAbbreviations.get(key) ?? key;
}

/**
 * The run of capitalised words that ends a phrase at its head: "Hillary Clinton's campaign manager Robby Mook" →
 * Robby Mook, "a Democrat familiar with the talks" → Democrat, "one New Hampshire Democrat" → New Hampshire
 * Democrat (a name's words are in the run whatever the tagger made of them).
 */
function nameRun(view: FieldView, run: TokenRun): string {
  let first = run.last;
  while (first > run.first && /^\p{Lu}/u.test(view.text[view.start(first - 1)] ?? '') && (view.pos(first - 1) === 'PROPN' || view.mentionAt(first - 1) !== undefined)) first--;
  return view.text.slice(view.start(first), view.end(run.last));
}

/**
 * Where the complement of a phrase that starts at token t ends ("the father| of one of the victims|, Tom
 * Wells"): past a preposition and the noun phrases it joins, or t itself when none starts there.
 */
function complementEnd(view: FieldView, t: number): number {
  if (!COMPLEMENT_PREPOSITIONS.has(view.word(t))) return t;
  let end = t + 1;
  while (end < view.count && end - t <= MAX_COMPLEMENT_TOKENS && view.insideQuote[end] === -1 && (NOUN_PHRASE_POS.has(view.pos(end)) || view.word(end) === 'of')) end++;
  return end > t + 1 ? end : t;
}
