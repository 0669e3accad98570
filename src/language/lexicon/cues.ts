import { ConfigError } from '../../core/errors.js';
import { readList, readTable } from '../../io/data-files.js';
import { nameKey } from './normalize.js';
import { compromise } from './packages.js';

/** How a cue verb introduces what was said (see `data/lexicons/cue-verbs.tsv`). */
export type CueFrame = 'clause' | 'finite' | 'that' | 'quote';

export interface Cue {
  readonly lemma: string;
  readonly frame: CueFrame;
}

/** What the head word of a speaker phrase without a name says (see `data/lexicons/speaker-heads.tsv`). */
export type HeadKind = 'role' | 'organization' | 'outlet' | 'group' | 'work';
const HEAD_KINDS: readonly HeadKind[] = ['role', 'organization', 'outlet', 'group', 'work'];

export interface Cues {
  /** Every form of every cue verb, lower case. */
  readonly verbs: ReadonlyMap<string, Cue>;
  /** Forms of the verbs that attribute a quote only with one object after them ("put it"), with that object. */
  readonly idioms: ReadonlyMap<string, { readonly object: string; readonly cue: Cue }>;
  /** Forms of the verbs an outlet passes words on with ("cited", "quoted", "reported"). */
  readonly outletVerbs: ReadonlySet<string>;
  /** Prepositional cues, as name keys ("according to"). */
  readonly phrases: readonly string[];
  /** Cue verbs that report a judgement, by lemma: the words after their object that say it ("described it as", "criticized him for"). */
  readonly judgements: ReadonlyMap<string, ReadonlySet<string>>;
  /** Nouns that name a statement and take it in a "that" clause ("claim", "assertion"), lower case. */
  readonly nouns: ReadonlySet<string>;
  /** Every form of the verbs that put out a text whose author said what it says ("issued a statement saying"). */
  readonly publishing: ReadonlySet<string>;
  /** Participles that give a thing its name ("called", "dubbed"): a quote right after one may be a name. */
  readonly naming: ReadonlySet<string>;
  /** Words that may stand between a cue verb and what was said ("Thursday", "reporters"). */
  readonly adjuncts: ReadonlySet<string>;
  /** Subject pronouns and what they can stand for. */
  readonly pronouns: ReadonlyMap<string, { readonly gender: string; readonly who: string }>;
  /** An adjective and its preposition that tie a source to what it knows of, lower case ("familiar with"). */
  readonly modifiers: ReadonlySet<string>;
  /** Head words of speaker phrases without a name, lower case: the last word of every title is a role. */
  readonly heads: ReadonlyMap<string, HeadKind>;
  /** Words that name a time ("wednesday", "week"), lower case: "on Wednesday" is no part of a phrase before it. */
  readonly times: ReadonlySet<string>;
  /** Forms of the verbs a speech verb's infinitive completes, with the particle before "to" ("went on"; '' for none). */
  readonly catenatives: ReadonlyMap<string, string>;
}

const FRAMES: readonly CueFrame[] = ['clause', 'finite', 'that', 'quote'];

/** Every form of a verb: compromise conjugates the lemma; `extra` adds forms it gets wrong. */
export function formsOf(lemma: string, extra: readonly string[]): string[] {
  const doc = compromise()(lemma);
  doc.tag('Infinitive');
  const conjugated = (doc.verbs().conjugate()[0] ?? {}) as Record<string, string>;
  const forms = ['Infinitive', 'PastTense', 'PresentTense', 'Gerund', 'Participle'].map((tense) => conjugated[tense]).filter((form): form is string => !!form);
  return [...new Set([lemma, ...forms, ...extra].map((form) => form.toLowerCase()))];
}

function frameOf(file: string, lemma: string, frame: string): CueFrame {
  if (!FRAMES.includes(frame as CueFrame)) throw new ConfigError(`data/lexicons/${file}: "${lemma}" has frame "${frame}"; expected one of ${FRAMES.join(', ')}`);
  return frame as CueFrame;
}

export function loadCues(titles: readonly string[], times: ReadonlySet<string>): Cues {
  const verbs = new Map<string, Cue>();
  for (const { lemma, frame, forms } of readTable('lexicons/cue-verbs.tsv', ['lemma', 'frame', 'forms'])) {
    const extra = forms === '-' ? [] : forms.split(',').map((form) => form.trim());
    for (const form of formsOf(lemma, extra)) verbs.set(form, { lemma, frame: frameOf('cue-verbs.tsv', lemma, frame) });
  }
  const idioms = new Map<string, { object: string; cue: Cue }>();
  for (const { lemma, object, frame } of readTable('lexicons/cue-idioms.tsv', ['lemma', 'object', 'frame'])) {
    for (const form of formsOf(lemma, [])) idioms.set(form, { object, cue: { lemma, frame: frameOf('cue-idioms.tsv', lemma, frame) } });
  }
  const outletVerbs = new Set(readList('lexicons/outlet-verbs.txt').flatMap((lemma) => formsOf(lemma, [])));
  const pronouns = new Map(readTable('lexicons/pronouns.tsv', ['pronoun', 'gender', 'who']).map(({ pronoun, gender, who }) => [pronoun, { gender, who }]));
  const heads = new Map<string, HeadKind>(titles.map((title) => [nameKey(title.split(/[\s-]+/u).at(-1) ?? '').replace(/\.$/u, ''), 'role']));
  for (const { head, kind } of readTable('lexicons/speaker-heads.tsv', ['head', 'kind'])) {
    if (!HEAD_KINDS.includes(kind as HeadKind)) {
      throw new ConfigError(`data/lexicons/speaker-heads.tsv: "${head}" has kind "${kind}"; expected one of ${HEAD_KINDS.join(', ')}`);
    }
    heads.set(head, kind as HeadKind);
  }
  return {
    verbs,
    idioms,
    outletVerbs,
    phrases: readList('lexicons/cue-phrases.txt').map(nameKey),
    judgements: new Map(readTable('lexicons/judgement-verbs.tsv', ['lemma', 'words']).map(({ lemma, words }) => [lemma, new Set(words.split(','))])),
    nouns: new Set(readList('lexicons/speech-nouns.txt')),
    publishing: new Set(readList('lexicons/publishing-verbs.txt').flatMap((lemma) => formsOf(lemma, []))),
    naming: new Set(readList('lexicons/naming-verbs.txt')),
    adjuncts: new Set(readList('lexicons/speech-adjuncts.txt').map(nameKey)),
    pronouns,
    modifiers: new Set(readList('lexicons/source-modifiers.txt').map(nameKey)),
    heads,
    times,
    catenatives: new Map(readTable('lexicons/catenative-verbs.tsv', ['lemma', 'particle']).flatMap(({ lemma, particle }) => formsOf(lemma, []).map((form) => [form, particle === '-' ? '' : particle] as const))),
  };
}
