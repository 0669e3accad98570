import { type Lexicon, nameKey } from '../../language/lexicon/index.js';
import type { ArticleEntity, Mention } from '../../core/types.js';
import { phraseKind } from './candidates.js';
import { cueAt } from './cue.js';
import type { TokenRun } from './phrases.js';
import type { FieldView } from './view.js';

/**
 * How a speaker was resolved: `named` (a name in the phrase), `pronoun` (he/she/it to an entity named
 * before), `description` ("the senator" to the person the article gave that role, "the company" to the
 * organization named last), `surname` (a name the tagger missed, matched to the article's person of that
 * name), `unresolved` (kept as written: "a senior official", an unresolved "he"), `group` (a generic
 * group or a text: "officials", "the statement"; kept as written, never resolved), `generic` (an idiom that
 * names no one: "as they say", "as you know", "it is said": the quote has no speaker).
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

/** How far back a pronoun or a description looks for what it stands for, in paragraphs. */
const REACH_PARAGRAPHS = 6;
/** Honorifics that tell a person's gender when written before the name. */
const GENDERED_HONORIFICS: Readonly<Record<string, 'male' | 'female'>> = { 'mr.': 'male', mr: 'male', 'mrs.': 'female', mrs: 'female', 'ms.': 'female', ms: 'female' };

/**
 * Resolves speaker phrases of one field to the article's entities. One rule per kind of phrase, in
 * `resolve`; pronouns go to the most salient fitting entity before them (see `antecedent`).
 */
export class SpeakerResolver {
  private readonly entities: ReadonlyMap<string, ArticleEntity>;
  /** Names that a speech verb goes with, in text order: who spoke is what a later "he said" most likely means. */
  private readonly spoke: readonly Mention[];

  constructor(
    private readonly view: FieldView,
    private readonly lexicon: Lexicon,
    entities: readonly ArticleEntity[],
  ) {
    this.entities = new Map(entities.map((entity) => [entity.id, entity]));
    this.spoke = namesWithSpeechVerbs(view, lexicon);
  }

  /** Genders that "he" and "she" have told of entities so far: a later pronoun of the other gender is not theirs. */
  private readonly toldGender = new Map<string, string>();

  resolve(run: TokenRun): Speaker {
    const speaker = this.resolveRun(run);
    const gender = this.lexicon.cues.pronouns.get(this.view.word(run.first))?.gender;
    if (speaker.how === 'pronoun' && (gender === 'male' || gender === 'female')) this.toldGender.set(speaker.id, gender);
    return speaker;
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
    const inRun = view.mentions.filter((m) => m.start >= start && m.end <= end && m.form !== 'demonym');
    if (kind === 'PERSON' || kind === 'ORGANIZATION' || kind === 'PLACE') return entity(view.mentionAt(run.last), 'named') ?? written('unresolved');
    if (kind.startsWith('pron:') && isIdiom(view, run.first)) return written('generic');
    if (kind.startsWith('pron:')) {
      const pronoun = this.lexicon.cues.pronouns.get(kind.slice('pron:'.length));
      return (pronoun === undefined ? undefined : entity(this.antecedent(start, pronoun), 'pronoun')) ?? written('unresolved');
    }
    if (kind === 'head:organization') {
      // "Japan's Kyodo news agency": the organization the phrase names; else "the company": the latest one.
      const named = inRun.find((m) => m.type === 'ORGANIZATION');
      return entity(named, 'named') ?? entity(this.latest(start, (m) => m.type === 'ORGANIZATION'), 'description') ?? written('unresolved');
    }
    if (kind === 'head:role') return entity(this.holderOfRole(run, inRun), 'description') ?? written('unresolved');
    if (kind === 'head:group' || kind === 'head:work') return written('group');
    if (kind === 'name?') return this.bySurname(run) ?? { ...written('unresolved'), name: nameRun(view, run) };
    return written('unresolved');
  }

  /** The latest mention before `offset`, within reach and outside quotes, that `fits`. */
  private latest(offset: number, fits: (mention: Mention) => boolean): Mention | undefined {
    const earliest = this.view.paragraph(offset) - REACH_PARAGRAPHS;
    for (let i = this.view.mentions.length - 1; i >= 0; i--) {
      const mention = this.view.mentions[i] as Mention;
      if (mention.end > offset || mention.form !== 'name' || !fits(mention)) continue;
      if (this.view.paragraph(mention.start) < earliest) return undefined;
      if (this.view.insideQuote[this.view.firstTokenAt(mention.start)] === -1) return mention;
    }
    return undefined;
  }

  /**
   * What a pronoun stands for: of the entities of the right type and gender named in reach before it, the most
   * salient. Salience is recency (sentences back), being the subject of a sentence, and having spoken last.
   */
  private antecedent(offset: number, pronoun: { readonly gender: string; readonly who: string }): Mention | undefined {
    const type = pronoun.who === 'person' ? 'PERSON' : pronoun.who === 'organization' ? 'ORGANIZATION' : undefined;
    if (type === undefined) return undefined;
    const { view } = this;
    const here = view.sentence(view.firstTokenAt(offset));
    const earliest = view.paragraph(offset) - REACH_PARAGRAPHS;
    const lastSpeaker = this.spoke.filter((m) => m.end <= offset && m.type === type).at(-1)?.entityId;
    let best: { mention: Mention; score: number } | undefined;
    for (const mention of view.mentions) {
      if (mention.end > offset) break;
      if (mention.type !== type || mention.form !== 'name' || view.paragraph(mention.start) < earliest) continue;
      const first = view.firstTokenAt(mention.start);
      if (view.insideQuote[first] !== -1 || !this.genderFits(mention, pronoun.gender)) continue;
      const distance = here - view.sentence(first);
      const subject = first === 0 || view.sentence(first - 1) !== view.sentence(first) || isSubjectStart(view, first);
      const score = -distance + (subject ? 1.5 : 0) + (mention.entityId === lastSpeaker ? 2.5 : 0);
      if (best === undefined || score >= best.score) best = { mention, score };
    }
    return best?.mention;
  }

  /** False when the first name or an honorific of the entity says the other gender. */
  private genderFits(mention: Mention, gender: string): boolean {
    if (gender !== 'male' && gender !== 'female') return true;
    const known = this.lexicon.firstNameGender.get(nameKey(mention.canonical.split(' ')[0] ?? '')) ?? this.honorificGender(mention.entityId) ?? this.toldGender.get(mention.entityId);
    return known === undefined || known === gender;
  }

  private honorificGender(entityId: string): 'male' | 'female' | undefined {
    for (const mention of this.view.mentions) {
      if (mention.entityId !== entityId) continue;
      const t = this.view.firstTokenAt(mention.start);
      const gender = GENDERED_HONORIFICS[this.view.word(t - 1)] ?? GENDERED_HONORIFICS[this.view.word(t)];
      if (gender !== undefined) return gender;
    }
    return undefined;
  }

  /**
   * "the senator", "the Florida senator", "the Russian president": the person before it whose role has that
   * head word (of the place or organization named in the phrase, when it names one).
   */
  private holderOfRole(run: TokenRun, inRun: readonly Mention[]): Mention | undefined {
    const head = roleHead(this.view.word(run.last), this.lexicon);
    const of = new Set(inRun.map((m) => m.entityId));
    const demonyms = this.view.mentions.filter((m) => m.form === 'demonym' && m.start >= this.view.start(run.first) && m.end <= this.view.end(run.last));
    for (const d of demonyms) of.add(d.entityId);
    const holds = (mention: Mention) =>
      mention.type === 'PERSON' &&
      (this.entities.get(mention.entityId)?.roles ?? []).some((role) => roleHead(role.role.split(/[\s-]+/u).at(-1) ?? '', this.lexicon) === head && (of.size === 0 || of.has(role.ofId)));
    return this.latest(this.view.start(run.first), holds);
  }

  /** A capitalised word the tagger did not take for a name: the article's person whose name ends in it. */
  private bySurname(run: TokenRun): Speaker | undefined {
    const surname = nameKey(this.view.text.slice(this.view.start(run.last), this.view.end(run.last)));
    const people = [...this.entities.values()].filter((e) => e.type === 'PERSON' && nameKey(e.name).split(' ').length > 1 && nameKey(e.name).split(' ').at(-1) === surname);
    if (people.length !== 1) return undefined;
    const person = people[0] as ArticleEntity;
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
    if (mention.form !== 'name' || mention.type === 'PLACE') continue;
    const first = view.firstTokenAt(mention.start);
    if (view.insideQuote[first] !== -1) continue;
    let last = first;
    while (last + 1 < view.count && view.start(last + 1) < mention.end) last++;
    // "noted NBC's Dante Chinni": the verb may stand before a possessive.
    const before = cueAt(view, lexicon, first - 1) !== undefined || (["'s", '’s'].includes(view.word(first - 1)) && cueAt(view, lexicon, first - 3) !== undefined);
    let after = last + 1;
    while (after < view.count && after - last <= 3 && ['ADV', 'AUX'].includes(view.pos(after))) after++;
    if (before || cueAt(view, lexicon, after) !== undefined) found.push(mention);
  }
  return found;
}

/** "as they say", "as you know", "it is said": a pronoun that stands for no one. */
function isIdiom(view: FieldView, t: number): boolean {
  if (view.word(t - 1) === 'as' && ['they', 'you', 'we'].includes(view.word(t))) return true;
  return view.word(t) === 'it' && ['is', 'was', 'has'].includes(view.word(t + 1)) && ['said', 'been', 'often', 'widely'].includes(view.word(t + 2));
}

/** A role title's head word as one key: "Sen." and "senator", "Gov." and "governor" are the same. */
function roleHead(word: string, lexicon: Lexicon): string {
  const key = nameKey(word).replace(/\.$/u, '');
  return lexicon.titleAbbreviations.get(key) ?? key;
}

/** True when token t starts the subject of its sentence: only a conjunction or an adverbial opener before it. */
function isSubjectStart(view: FieldView, t: number): boolean {
  let b = t - 1;
  while (b >= 0 && view.sentence(b) === view.sentence(t) && ['DET', 'ADJ', 'PROPN', 'NOUN'].includes(view.pos(b))) b--;
  return b < 0 || view.sentence(b) !== view.sentence(t) || ['but', 'and', 'so', 'yet'].includes(view.word(b));
}

/** The trailing run of capitalised words of a phrase: "Hillary Clinton's campaign manager Robby Mook" → Robby Mook. */
function nameRun(view: FieldView, run: TokenRun): string {
  let first = run.last;
  while (first > run.first && /^\p{Lu}/u.test(view.text[view.start(first - 1)] ?? '') && view.pos(first - 1) === 'PROPN') first--;
  return view.text.slice(view.start(first), view.end(run.last));
}
