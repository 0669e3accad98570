import type { Cue, Lexicon } from '../../language/lexicon/index.js';
import { cueAt, HEARD_IN_PASSIVE, isPassive } from './cue.js';
import type { MarkedQuote } from './marks.js';
import { beforeVerb, CLOSING_MARKS, isBetweenSubjectAndVerb, MAX_ASIDE_TOKENS, phraseStartingAt, subjectBefore, type TokenRun, withCoordinate } from './phrases.js';
import { noOne, type Speaker, type SpeakerResolver } from './resolve.js';
import { DASHES, type FieldView } from './view.js';

/** Who a quotation is attributed to, with the cue as written and the outlet it came through. */
export interface Attribution {
  readonly speaker: Speaker;
  readonly cue: string;
  readonly via?: Speaker;
}

const SENTENCE_END = new Set(['.', '!', '?']);
/** Words that link a phrase to the clause before it, never its determiner: "in which Democrats argued". */
const LINKS = new Set(['which', 'whom', 'though', 'although']);
/** Object pronouns a verb that only quotes gives a name to: "called her ...". */
const NAMED_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'me', 'us', 'himself', 'herself']);
/** Relative words that open the clause of someone naming a thing: "what critics called", "whom he dubbed". */
const NAMER_OPENERS = new Set(['what', 'which', 'who', 'whom', 'that']);
/** Most words from such a relative word to the naming verb after a noun ("what multiple lawmakers called"). */
const MAX_NAMER_WORDS = 4;
/** What a participle clause opens after: a comma or a dash ("flipped his choice on the spot – saying"). */
const PARTICIPLE_OPENERS: ReadonlySet<string> = new Set([',', ...DASHES]);
/** Prepositions before a speech verb's gerund whose subject is the sentence's: "responded by saying". */
const GERUND_PREPOSITIONS = new Set(['by', 'after', 'before', 'while', 'for', 'from', 'without', 'when']);
/** Prepositions that attach a role to whom it is of: "a spokesman for the FBI", "a professor at Yale". */
const ATTACHMENTS = new Set(['for', 'of', 'at', 'with']);
/** Words that open a relative clause set off by commas after a subject: "Republicans, who hold the Senate,". */
const RELATIVE_OPENERS = new Set(['who', 'which', 'whose', 'whom', 'where']);
/** Longest source after "according to", in tokens. */
const MAX_SOURCE_TOKENS = 20;

/** Words that lead a time adjunct: "on Friday", "this week", "late last year", "less than two weeks ago". */
const TIME_LEADS = new Set(['on', 'in', 'at', 'the', 'this', 'last', 'next', 'early', 'late', 'earlier', 'later', 'that', 'less', 'more', 'than', 'about', 'nearly', 'just', 'a', 'few']);

const YEAR = /^(1[89]|20)\d\d$/u;

/** Pronouns that can be the subject of a relative clause without "that": "the experts I interviewed said". */
const RELATIVE_CLAUSE_SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they']);

/** A reader of one field's tokens for attribution: the view, the lexicon, and the cue at a token. */
export class Attributor {
  /** The words of each phrase that introduces a source ("according to"), and their first words. */
  private readonly sourcePhrases: readonly (readonly string[])[];
  private readonly sourcePhraseStarts: ReadonlySet<string>;

  constructor(
    readonly view: FieldView,
    readonly lexicon: Lexicon,
    private readonly resolver: SpeakerResolver,
  ) {
    this.sourcePhrases = lexicon.cues.phrases.map((phrase) => phrase.split(' '));
    this.sourcePhraseStarts = new Set(this.sourcePhrases.map((words) => words[0] ?? ''));
  }

  /**
   * The cue verb at token t, outside quotes: a speech verb tagged as a verb ("the United States" holds no cue),
   * or a lower-case one the tagger took for a noun where only a verb fits ("The Times reports:").
   */
  cueAt(t: number): Cue | undefined {
    return cueAt(this.view, this.lexicon, t);
  }

  /** True at an outlet's verb that passes on someone's words: "cited Rudenko as saying". */
  isOutletForm(verb: number, limit: number): boolean {
    return this.outletForm(verb, limit) !== undefined;
  }

  /**
   * True for a cue written as a participle that goes back to the sentence's subject: ", adding that ...",
   * ", even suggesting ...", "by saying ...", "after saying ...", and one joined to such a participle by "and"
   * ("a response saying he would not ... and suggesting that ...").
   */
  isParticipial(t: number): boolean {
    const { view } = this;
    if (!view.word(t).endsWith('ing')) return false;
    if (view.word(t - 1) !== 'and') return opensParticiple(view, t);
    for (let u = t - 2; u >= 0 && view.sentence(u) === view.sentence(t); u--) if (view.word(u).endsWith('ing') && opensParticiple(view, u)) return true;
    return false;
  }

  /** The subject of the verb at `verb`; for a second verb joined by "and", the subject of the first. */
  subject(verb: number, min: number): TokenRun | undefined {
    let before = beforeVerb(this.view, verb, min);
    // "McAuliffe on Friday announced", "the scholars I interviewed this week said", "who in 2010 said": a
    // time is no subject.
    if (before >= min && this.isTime(before)) {
      while (before >= min && (this.isTime(before) || TIME_LEADS.has(this.view.word(before)) || this.view.pos(before) === 'NUM')) before--;
      const relative = this.relativeSubject(verb, before, min);
      if (relative !== undefined) return subjectBefore(this.view, relative, min, this.lexicon.cues);
      // "A court document filed Thursday says": the participle before the time ends a reduced relative.
      if (before > min && this.view.pos(before) === 'VERB' && /(?:ed|en)$/u.test(this.view.word(before))) before--;
      while (before >= min && isBetweenSubjectAndVerb(this.view, before)) before--;
      return before >= min && this.view.words[before] !== 'and' ? subjectBefore(this.view, before + 1, min, this.lexicon.cues) : undefined;
    }
    const relative = this.relativeSubject(verb, before, min);
    if (relative !== undefined) return subjectBefore(this.view, relative, min, this.lexicon.cues);
    // "Voters surveyed say", "Those polled said": a past participle right before the verb ends a reduced
    // relative on its subject; not before a form in -ing or -ed, which the verb before may take as its object
    // ("the court noted published reports", "Perez stopped writing").
    if (this.isReducedRelative(before, min) && !/(?:ing|ed)$/u.test(this.view.word(verb))) return this.withReducedRelative(before, before, min);
    if (['and', 'but'].includes(this.view.words[before] as string)) {
      // "Machado promised to continue ... and said she would", "used to support Paul, but now said": the subject
      // of the finite verb before "and" or "but".
      const first = this.finiteVerbBefore(before, min);
      return (first === undefined ? undefined : this.subject(first, min)) ?? this.mainSubject(before, min);
    }
    const found = subjectBefore(this.view, verb, min, this.lexicon.cues);
    // "Officials contacted by Reuters said": the agent of a reduced relative is no subject; what the relative
    // is on is.
    const participle = found === undefined ? -1 : found.first - 2;
    if (found !== undefined && this.view.words[found.first - 1] === 'by' && this.isReducedRelative(participle, min)) return this.withReducedRelative(participle, participle - 1, min);
    return found;
  }

  /** What a reduced relative whose participle is at `participle` is on, up to token `last`: "Voters surveyed". */
  private withReducedRelative(participle: number, last: number, min: number): TokenRun | undefined {
    const host = this.view.word(participle - 1) === 'those' ? { first: participle - 1, last: participle - 1 } : subjectBefore(this.view, participle, min, this.lexicon.cues);
    return host === undefined ? undefined : { first: host.first, last: Math.max(host.last, last) };
  }

  /**
   * Where the subject of a relative clause without "that" starts, when the verb at `inner` ends one between a
   * noun and the noun's finite verb at `verb`: "the experts I interviewed said", "the aides Trump hired say"
   * (not "comments Trump made saying", whose participle goes with the comments). Its subject is a pronoun or a
   * name, right after a common noun.
   */
  private relativeSubject(verb: number, inner: number, min: number): number | undefined {
    const { view } = this;
    if (inner <= min || view.word(verb).endsWith('ing') || view.pos(inner) !== 'VERB' || view.word(inner).endsWith('ing')) return undefined;
    let first = inner - 1;
    if (view.pos(first) === 'PROPN') while (first - 1 >= min && view.pos(first - 1) === 'PROPN') first--;
    else if (!RELATIVE_CLAUSE_SUBJECTS.has(view.word(first))) return undefined;
    return first > min && view.pos(first - 1) === 'NOUN' && view.sentence(first - 1) === view.sentence(inner) ? first : undefined;
  }

  /**
   * True when token t is a past participle after a common noun or "those": "voters surveyed", "those polled". Not
   * after a name, whose verb it is ("Quintanilla seemed", "that POLITICO interviewed").
   */
  private isReducedRelative(t: number, min: number): boolean {
    const { view } = this;
    if (t - 1 < min || view.pos(t) !== 'VERB' || !/(?:ed|en)$/u.test(view.word(t)) || view.sentence(t - 1) !== view.sentence(t)) return false;
    return (view.pos(t - 1) === 'NOUN' && view.mentionAt(t - 1) === undefined) || view.word(t - 1) === 'those';
  }

  /**
   * A source phrase without the time that ends it: "a congressional report on Wednesday" is a congressional
   * report, "a poll released Wednesday" a poll; undefined when it is only a time ("this year", "last week").
   */
  withoutTime(run: TokenRun): TokenRun | undefined {
    const { view } = this;
    // "Super Tuesday" is a name.
    if (!this.isTime(run.last) || view.mentionAt(run.last) !== undefined) return run;
    let last = run.last;
    while (last >= run.first && this.isTime(last)) last--;
    while (last >= run.first && (['ADP', 'DET', 'ADJ'].includes(view.pos(last)) || (view.pos(last) === 'VERB' && /(?:ed|en)$/u.test(view.word(last))))) last--;
    return last >= run.first ? { first: run.first, last } : undefined;
  }

  /** True for a time word ("Friday", "week") or a year, but not a name ("Kristen Day", "Day said"). */
  private isTime(t: number): boolean {
    const word = this.view.word(t);
    return (this.lexicon.timeWords.has(word) || (this.view.pos(t) === 'NUM' && YEAR.test(word))) && this.view.mentionAt(t)?.type !== 'PERSON';
  }

  /** The nearest finite verb before token t in its sentence, outside quotes: not "to" + verb, not in -ing. */
  private finiteVerbBefore(t: number, min: number): number | undefined {
    const { view } = this;
    for (let v = t - 1; v >= min && view.sentence(v) === view.sentence(t); v--) {
      if (view.insideQuote[v] !== -1 || view.pos(v) !== 'VERB') continue;
      if (view.word(v - 1) !== 'to' && !view.word(v).endsWith('ing')) return v;
    }
    return undefined;
  }

  phraseAt(first: number, max: number): TokenRun | undefined {
    return phraseStartingAt(this.view, first, max, this.lexicon.cues);
  }

  speaker(run: TokenRun): Speaker {
    return this.resolver.resolve(withCoordinate(this.view, this.withoutLink(run), this.lexicon.cues));
  }

  /**
   * The phrase without a word that links it to the clause before and that the tagger took for a determiner:
   * "in which Democrats argued" is Democrats, "said that Border Patrol agents were" is Border Patrol agents
   * ("that range" keeps its "that": a demonstrative goes with one thing, not with a name or many).
   */
  private withoutLink(run: TokenRun): TokenRun {
    const { view } = this;
    if (run.first === run.last) return run;
    const word = view.word(run.first);
    const next = run.first + 1;
    const many = view.mentionAt(next) !== undefined || /[^s]s$/u.test(view.word(run.last));
    return LINKS.has(word) || (word === 'that' && many) ? { first: next, last: run.last } : run;
  }

  /**
   * The attribution of a speaker phrase the ranker chose, with `verb` the verb it goes with (none for a phrase
   * of the sentence before, whose verb is not this quote's cue): the cue as written, the speech verb nearest
   * the quote when the phrase stands before it ("..., adding that “...”"), and the outlet when the phrase
   * passes words on ("RIA cited Rudenko as saying", whichever of the two the ranker chose) or follows
   * "according to".
   */
  attributionOf(run: TokenRun, verb: number | undefined, quote: MarkedQuote): Attribution {
    const { view } = this;
    const cue = (written: string) => (verb === undefined ? '' : written);
    const outlet = this.outletForm(run.last + 1, view.count);
    if (outlet !== undefined) return { speaker: this.speaker(outlet.speaker), cue: cue(outlet.cue), via: this.speaker(run) };
    const outletVerb = run.first - 1;
    if (this.lexicon.cues.outletVerbs.has(view.word(outletVerb)) && view.words[run.last + 1] === 'as' && this.cueAt(run.last + 2) !== undefined) {
      const via = this.subject(outletVerb, this.paragraphStart(outletVerb));
      const speaker = this.speaker(run);
      return { speaker, cue: cue(`${view.word(outletVerb)} as ${view.word(run.last + 2)}`), ...(via === undefined ? {} : { via: this.speaker(via) }) };
    }
    if (view.words[run.first - 2] === 'according' && view.words[run.first - 1] === 'to') return { speaker: this.speaker(run), cue: 'according to' };
    const open = view.firstTokenAt(quote.open);
    if (verb !== undefined && verb > run.last && verb < open) {
      for (let c = open - 1; c > verb; c--) {
        if (view.insideQuote[c] !== -1 || view.sentence(c) !== view.sentence(open)) break;
        if (this.cueAt(c) !== undefined) return { speaker: this.speaker(run), cue: view.word(c) };
      }
    }
    // "A spokesman for the FBI said: “…”": a description with the name it is of is the subject of the cue before
    // the quote; a person's name stays the speaker ("Archbishop Aris Shirvanian of the Armenian Patriarchate
    // told"). Not "Trump at the time said", where no name follows.
    if (verb === undefined && ATTACHMENTS.has(view.word(run.last + 1))) {
      const found = this.phraseAt(run.last + 2, open);
      const object = found !== undefined && view.mentions.some((m) => m.start >= view.start(found.first) && m.end <= view.end(found.last)) ? found : undefined;
      let after = object === undefined ? open : object.last + 1;
      while (after < open && isBetweenSubjectAndVerb(view, after)) after++;
      const said = after < open ? this.cueAt(after) : undefined;
      if (object !== undefined && said !== undefined && !isPassive(view, after)) {
        const named = view.mentionAt(run.last)?.type === 'PERSON';
        return { speaker: this.speaker(named ? run : { first: run.first, last: object.last }), cue: view.word(after) };
      }
    }
    // "Blumenthal was asked, “…”", "his salespersons were told, “…”": the subject of a passive speech verb
    // heard the quote; whoever said it is the agent after "by", or no one the sentence names.
    if (verb !== undefined && verb > run.last && isPassive(view, verb) && HEARD_IN_PASSIVE.has(this.cueAt(verb)?.lemma ?? '')) {
      const agent = view.words[verb + 1] === 'by' ? this.phraseAt(verb + 2, verb < open ? open : view.count) : undefined;
      return { speaker: agent === undefined ? noOne(view, verb) : this.speaker(agent), cue: view.word(verb) };
    }
    return { speaker: this.speaker(run), cue: verb === undefined ? '' : view.word(verb) };
  }

  /**
   * True for a quote that a verb that only quotes gives someone as a name: 'called her "Crooked Hillary"',
   * 'hailed Trump as "The Comeback Kid"'. In title case it is still a quote, not the title of a work.
   */
  isNickname(quote: MarkedQuote): boolean {
    const { view } = this;
    let b = view.firstTokenAt(quote.open) - 1;
    if (view.words[b] === 'as') b--;
    const named = view.mentionAt(b);
    if (NAMED_PRONOUNS.has(view.word(b))) b--;
    else if (named?.type === 'PERSON' || named?.type === 'ORGANIZATION') b = view.firstTokenAt(named.start) - 1;
    else return false;
    return view.insideQuote[b] === -1 && this.cueAt(b)?.frame === 'quote';
  }

  /**
   * True for a quote a naming participle gives a thing as its name, with no one doing the naming: right after
   * the noun it names ('a class called “Perception”') or in the passive ('could be termed "influence
   * peddling"'). Not 'which Tim Cook called "total political crap"', nor 'what critics called "a witch hunt"',
   * where a relative word opens the clause of the one who names.
   */
  isNameGiven(quote: MarkedQuote): boolean {
    const { view } = this;
    const verb = view.firstTokenAt(quote.open) - 1;
    if (verb < 1 || view.insideQuote[verb] !== -1 || !this.lexicon.cues.naming.has(view.word(verb))) return false;
    if (isPassive(view, verb)) return true;
    if (view.pos(verb - 1) !== 'NOUN') return false;
    for (let b = verb - 2; b >= 0 && verb - b <= MAX_NAMER_WORDS && view.sentence(b) === view.sentence(verb); b--) if (NAMER_OPENERS.has(view.word(b))) return false;
    return true;
  }

  /** True when a speech verb of the quote's sentence claims it: a partial quote, not a scare quote. */
  hasCueInSentence(quote: MarkedQuote): boolean {
    return this.inSentence(quote) !== undefined;
  }

  /** "according to X" at token t: X, up to a comma or the end (the tagger often misreads its words). */
  accordingTo(t: number, max: number): TokenRun | undefined {
    const { view } = this;
    if (!this.sourcePhraseStarts.has(view.word(t))) return undefined;
    for (const words of this.sourcePhrases) {
      if (!words.every((word, i) => view.words[t + i] === word)) continue;
      const first = t + words.length;
      let last = first;
      while (last + 1 < max && last - first < MAX_SOURCE_TOKENS && view.words[last + 1] !== ',' && this.inSource(last + 1) && view.insideQuote[last + 1] === -1) last++;
      return first < max && view.isWord(first) ? { first, last } : undefined;
    }
    return undefined;
  }

  /**
   * True for a token of an "according to" source: a word, or a slash or hyphen between two words ("a
   * Reuters/Ipsos poll", "the recent 50-state poll"), not a spaced hyphen, a dash ("the Tax Policy Center - half
   * a point ...").
   */
  private inSource(t: number): boolean {
    const { view } = this;
    const joined = view.end(t - 1) === view.start(t) && view.end(t) === view.start(t + 1);
    return view.isWord(t) || (['/', '-'].includes(view.word(t)) && view.isWord(t + 1) && joined);
  }

  /** Index of the first token of the paragraph that holds token t. */
  paragraphStart(t: number): number {
    const paragraph = this.view.paragraph(this.view.start(t));
    let first = t;
    while (first > 0 && this.view.paragraph(this.view.start(first - 1)) === paragraph) first--;
    return first;
  }

  /** The phrase that spoke with the speech verb at t: its subject, or for "…, adding that" the sentence's main subject. */
  sayerOf(t: number, min: number): TokenRun | undefined {
    return this.isParticipial(t) ? this.mainSubject(t, min) : this.subject(t, min);
  }

  /**
   * The subject written after a speech verb right after a quote that opens the sentence: '"…," said Wang Yi,
   * adding that' → Wang Yi, up to token `max` (not 'summed her up as “terrible,” denounced her record').
   */
  private invertedSubject(verb: number, max: number): TokenRun | undefined {
    const { view } = this;
    const afterQuote = view.words[verb - 1] === ',' || CLOSING_MARKS.has(view.word(verb - 1));
    return afterQuote && view.insideQuote[view.openingToken(view.sentence(verb))] !== -1 ? this.phraseAt(verb + 1, max) : undefined;
  }

  /**
   * Who "adding that" goes back to: the subject of the sentence's main speech verb before token t, or else
   * the phrase that opens the sentence when a verb follows it ("Clinton had mocked the complaint, saying").
   */
  mainSubject(t: number, min: number): TokenRun | undefined {
    let start = t;
    for (let c = t - 1; c >= min && this.view.sentence(c) === this.view.sentence(t); c--) {
      start = c;
      // Not the verb of a relative clause: "defensive about not paying an architect who said …, saying".
      if (this.cueAt(c) !== undefined && !this.isParticipial(c) && !this.opensRelativeClause(c)) return this.subject(c, min) ?? this.invertedSubject(c, t);
    }
    // The first phrase of the sentence that a verb follows: "In the day before, two speechwriters implored her".
    for (let first = start; first < t; first++) {
      const phrase = this.phraseAt(first, t);
      if (phrase === undefined) continue;
      // Right after the phrase, or past the adverbs, auxiliaries and times before the verb ("Fiorina was",
      // "Trump had initially welcomed", "Israel on Wednesday sent"); a time is no subject.
      if (this.isTime(phrase.last)) {
        first = phrase.last;
        continue;
      }
      let verb = phrase.last + 1;
      if (['VERB', 'AUX'].includes(this.view.pos(verb))) return phrase;
      while (verb < t && (isBetweenSubjectAndVerb(this.view, verb) || this.isTime(verb) || (TIME_LEADS.has(this.view.word(verb)) && this.isTime(verb + 1)))) verb++;
      if (['VERB', 'AUX'].includes(this.view.pos(verb))) return phrase;
      // "Erin Brockovich, the environmental activist, endorsed …", "Republicans, who hold the Senate, have
      // blocked …": an aside between commas stands between the subject and its verb.
      if (phrase.first === start && this.view.word(verb) === ',' && this.verbAfterAside(verb, t)) return phrase;
      first = phrase.last;
    }
    return undefined;
  }

  /**
   * The participle of speech that introduces a quote after a comma or colon, past its audience and adjuncts
   * ("Trump took a risk by winking at stereotypes, telling the crowd, “…”", "Biden weighed in, telling Mic in an
   * interview published on Monday, “…”"), with the subject it goes back to; undefined where a finite verb or
   * another quote stands between.
   */
  participleBefore(quote: MarkedQuote): { verb: number; subject: TokenRun } | undefined {
    const { view } = this;
    const open = view.firstTokenAt(quote.open);
    if (![',', ':'].includes(view.word(open - 1))) return undefined;
    const min = this.paragraphStart(open);
    for (let c = open - 2; c >= min && open - c <= MAX_SOURCE_TOKENS && view.sentence(c) === view.sentence(open); c--) {
      if (view.insideQuote[c] !== -1) return undefined;
      if (this.cueAt(c) !== undefined) {
        const subject = this.isParticipial(c) ? this.mainSubject(c, min) : undefined;
        return subject === undefined ? undefined : { verb: c, subject };
      }
      const published = this.lexicon.cues.publishing.has(view.word(c));
      if (view.isFiniteVerb(c) && !published) return undefined;
    }
    return undefined;
  }

  /** True when "who", "which" or "that" is the subject of the verb at `verb`: "an architect who has said". */
  private opensRelativeClause(verb: number): boolean {
    const before = beforeVerb(this.view, verb, 0);
    return RELATIVE_OPENERS.has(this.view.word(before)) || this.view.words[before] === 'that';
  }

  /**
   * True when the aside that the comma at `comma` opens (a phrase, or a relative clause: not "Before the
   * attacks, Trump took …, suggesting") closes with a comma before token t that a finite verb follows.
   */
  private verbAfterAside(comma: number, t: number): boolean {
    const { view } = this;
    const relative = RELATIVE_OPENERS.has(view.word(comma + 1));
    for (let c = comma + 1; c < t - 1 && c - comma <= MAX_ASIDE_TOKENS; c++) {
      if (view.insideQuote[c] !== -1 || (!relative && ['VERB', 'AUX'].includes(view.pos(c)) && view.mentionAt(c) === undefined)) return false;
      if (view.word(c) !== ',') continue;
      let verb = c + 1;
      while (verb < t && isBetweenSubjectAndVerb(view, verb)) verb++;
      return verb < t && view.isFiniteVerb(verb);
    }
    return false;
  }

  /**
   * The attribution written after a quote, up to the end of its sentence: `"...," said X`, `"...," X said`,
   * `"...," OUTLET cited X as saying`, `"...," according to X`.
   */
  after(quote: MarkedQuote): Attribution | undefined {
    const { view } = this;
    let t = view.firstTokenAt(quote.close);
    const paragraph = view.paragraph(quote.close - 1);
    let limit = t;
    while (limit < view.count && view.insideQuote[limit] === -1 && !SENTENCE_END.has(view.word(limit)) && view.paragraph(view.start(limit)) === paragraph) limit++;
    if (['―', '—', '–', '-'].includes(view.word(t))) {
      // "...” ― Karen Bobadilla."
      const run = this.phraseAt(t + 1, limit);
      if (run !== undefined) return { speaker: this.speaker(run), cue: view.word(t) };
    }
    while (t < limit && !view.isWord(t)) t++;
    const according = this.accordingTo(t, limit);
    if (according !== undefined) return { speaker: this.speaker(according), cue: 'according to' };
    let verb = t;
    while (verb < limit && isBetweenSubjectAndVerb(view, verb)) verb++;
    // "said X", but not "put it": an idiom's object is no speaker.
    const inverted = this.cueAt(verb);
    if (inverted !== undefined && !this.lexicon.cues.idioms.has(view.word(verb))) {
      const run = this.phraseAt(verb + 1, limit);
      if (run !== undefined) return { speaker: this.speaker(run), cue: view.word(verb) };
    }
    const subject = this.phraseAt(t, limit);
    if (subject !== undefined) {
      verb = this.verbAfter(subject, limit);
      const outlet = this.outletForm(verb, limit);
      if (outlet !== undefined) return { speaker: this.speaker(outlet.speaker), cue: outlet.cue, via: this.speaker(subject) };
      if (this.cueAt(verb) !== undefined) return { speaker: this.speaker(subject), cue: view.word(verb) };
    }
    return this.sentenceFinal(t, limit);
  }

  /** The verb after a subject, past an appositive between commas and the words between subject and verb. */
  private verbAfter(subject: TokenRun, limit: number): number {
    const { view } = this;
    let verb = subject.last + 1;
    if (view.words[verb] === ',') {
      const appositive = this.phraseAt(verb + 1, limit);
      if (appositive !== undefined && view.words[appositive.last + 1] === ',') verb = appositive.last + 2;
    }
    while (verb < limit && isBetweenSubjectAndVerb(view, verb)) verb++;
    return verb;
  }

  /** An attribution closing the sentence after other words: `"..." to drive up the price, she said.` */
  private sentenceFinal(from: number, limit: number): Attribution | undefined {
    const { view } = this;
    for (let comma = limit - 1; comma >= from; comma--) {
      if (view.words[comma] !== ',') continue;
      const subject = this.phraseAt(comma + 1, limit);
      if (subject === undefined) return undefined;
      const verb = this.verbAfter(subject, limit);
      if (this.cueAt(verb) === undefined) return undefined;
      for (let t = verb + 1; t < limit; t++) if (view.isWord(t) && !this.lexicon.cues.adjuncts.has(view.word(t)) && view.pos(t) !== 'PROPN' && view.pos(t) !== 'NUM') return undefined;
      return { speaker: this.speaker(subject), cue: view.word(verb) };
    }
    return undefined;
  }

  /** OUTLET VERB SPEAKER as CUE-ing ("cited Rudenko as saying"), from the outlet's verb at `verb`. */
  private outletForm(verb: number, limit: number): { speaker: TokenRun; cue: string } | undefined {
    const { view } = this;
    if (!this.lexicon.cues.outletVerbs.has(view.word(verb))) return undefined;
    const speaker = this.phraseAt(verb + 1, limit);
    if (speaker === undefined || view.words[speaker.last + 1] !== 'as' || this.cueAt(speaker.last + 2) === undefined) return undefined;
    return { speaker, cue: `${view.words[verb]} as ${view.words[speaker.last + 2]}` };
  }

  /** For a partial quote: the source of an "according to" before it in its sentence ('According to Ruiz, "the plant …"'). */
  sourceInSentence(quote: MarkedQuote): TokenRun | undefined {
    const { view } = this;
    const open = view.firstTokenAt(quote.open);
    for (let c = open - 1; c >= 0 && view.sentence(c) === view.sentence(open); c--) {
      const source = view.insideQuote[c] === -1 ? this.accordingTo(c, open) : undefined;
      // Not 'according to the "Medicare for all" document': the quote is in the source's name.
      if (source !== undefined) return view.words[source.last + 1] === ',' ? source : undefined;
    }
    return undefined;
  }

  /** For a partial quote: the speech verb of its sentence and its subject, before or after the quote. */
  inSentence(quote: MarkedQuote): Attribution | undefined {
    const { view } = this;
    const open = view.firstTokenAt(quote.open);
    const min = this.paragraphStart(open);
    for (let c = open - 1; c >= min && view.sentence(c) === view.sentence(open); c--) {
      // A verb that only quotes claims the quote as its object ("called the system “rigged”"), not in the
      // passive ("was asked about the “not there yet” comment").
      const cue = this.cueAt(c);
      if (cue === undefined || (cue.frame === 'quote' && isPassive(view, c))) continue;
      const run = this.sayerOf(c, min);
      if (run !== undefined) return { speaker: this.speaker(run), cue: view.word(c) };
    }
    return this.after(quote);
  }
}

/** True where an "-ing" word opens a participle clause: after a comma (and an adverb) or a preposition. */
function opensParticiple(view: FieldView, t: number): boolean {
  // 'a defense of "New York values," saying': the comma may stand inside the closing mark.
  const before = CLOSING_MARKS.has(view.word(t - 1)) ? t - 2 : t - 1;
  return PARTICIPLE_OPENERS.has(view.word(before)) || GERUND_PREPOSITIONS.has(view.word(t - 1)) || (view.word(t - 2) === ',' && view.pos(t - 1) === 'ADV');
}
