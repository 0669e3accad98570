import type { Cue, Lexicon } from '../../language/lexicon/index.js';
import type { FieldView } from './view.js';

/** Words after which a speech verb's noun twin is read ("claims of fraud", "the report by"), not the verb. */
const AFTER_NOUN = new Set(['of', 'for', 'about', 'by', 'and', 'or', 'to', 'from', 'in', 'on', 'against', 'with']);
/** Possessive words, which the tagger may tag as pronouns: "his claims" is a noun. */
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', "'s", '’s']);
/** Articles, after which a speech verb's twin is its noun: "the remarks". */
const ARTICLES = new Set(['the', 'a', 'an']);
/** Forms of "be" that make a speech verb passive ("was told", "is said", "has been reported"); not "'s", which is also "has". */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Verbs whose first object is the audience, not what was said: "told reporters that". */
export const AUDIENCE_VERBS = new Set(['tell', 'inform', 'remind', 'assure', 'reassure', 'warn']);
/** Speech verbs whose subject in the passive heard what was said, or is what it was said of ("was asked", "was said to be"). */
export const HEARD_IN_PASSIVE = new Set([...AUDIENCE_VERBS, 'ask', 'question', 'say']);
/** Tags of the word that ends a subject, right before its verb. */
const SUBJECT_END = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * The speech verb at token t, outside quotes. A word of the cue list is one where the tagger says verb, and
 * also where the tagger took its noun twin but the place is a verb's: written in lower case, right after a
 * subject ("strategists predict that", "the government claims Gulen runs") or before what a verb of saying
 * takes ("reports:", "said."), and not before what follows a noun ("claims of fraud"). The tagger, trained on
 * 1996 wire copy, often reads "claims", "predict" or "notes" as nouns.
 */
export function cueAt(view: FieldView, lexicon: Lexicon, t: number): Cue | undefined {
  if (t < 0 || t >= view.count || view.insideQuote[t] !== -1) return undefined;
  const idiom = lexicon.cues.idioms.get(view.word(t));
  if (idiom !== undefined) return view.words[t + 1] === idiom.object && endsIdiom(view, t + 2) ? idiom.cue : undefined;
  const cue = lexicon.cues.verbs.get(view.word(t));
  if (cue === undefined || isNounBeforeRelative(view, lexicon, t, cue)) return undefined;
  if (view.pos(t) === 'VERB') return cue;
  const written = view.text[view.start(t)] as string;
  const next = view.words[t + 1] ?? '.';
  // "Adding, “…”": a participle that opens a sentence before a comma or a colon is the verb, capitalised for its place.
  const opensSentence = view.sentence(t - 1) !== view.sentence(t) && view.word(t).endsWith('ing') && [',', ':'].includes(next);
  if (written !== written.toLowerCase()) return opensSentence ? cue : undefined;
  // '"…," argues Barry Hyman', '"…," notes the report': right after a quote and before its speaker, an inflected
  // twin is the verb (not '"…," state Senate leader Phil Berger said').
  if (view.insideQuote[t - 1] !== -1 && view.words[t] !== cue.lemma && (view.mentionAt(t + 1) !== undefined || ARTICLES.has(next))) return cue;
  // After an article it is a noun: "echoed the remarks, saying".
  if (ARTICLES.has(view.word(t - 1))) return undefined;
  const afterSubject = SUBJECT_END.has(view.pos(t - 1)) && !POSSESSIVES.has(view.word(t - 1));
  // But not before a verb: '"…," the IMF report stated'.
  const beforeVerb = ['VERB', 'AUX'].includes(view.pos(t + 1));
  // Right after a quote's subject it is the verb, whatever its form: '"…," the article read.'
  const afterQuote = (afterSubject || view.pos(t - 1) === 'NUM') && !beforeVerb && subjectAfterQuote(view, t);
  if (afterQuote && !isModifierOf(view, lexicon, t - 1, false)) return cue;
  // A noun's modifier is no subject: "coastal states", "his home state", "a Washington state delegate".
  if (isModifierOf(view, lexicon, t - 1, view.words[t] === cue.lemma)) return undefined;
  // "Strategists predict that turnout will fall" (the tagger read a noun), but "a report that was released":
  // "that" right before a verb opens a relative clause, and what stands before it is a noun.
  const thatClause = next === 'that' && afterSubject && !['VERB', 'AUX'].includes(view.pos(t + 2));
  // Before a quote or what a verb of saying takes, an inflected twin is the verb, unless a preposition's phrase ends in it.
  const quoteFollows = view.insideQuote[t + 1] !== -1;
  if (quoteFollows || [':', ',', 'that', '.'].includes(next)) return (view.words[t] !== cue.lemma && (quoteFollows || !endsPrepositionalPhrase(view, t))) || thatClause ? cue : undefined;
  // "a dozen states held contests", "the swing state has been": before a verb the twin is a noun, its subject;
  // but "the policies that Trump argues allowed ...": in a relative clause the verb is what was said.
  const verbFollows = beforeVerb && !inRelativeClause(view, t);
  return afterSubject && !AFTER_NOUN.has(next) && !verbFollows ? cue : undefined;
}

/** Tags of the words inside a noun phrase before its head: "in key early states", "in the four early nominating states". */
const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'NOUN', 'PROPN']);

/** Words the tagger may tag as prepositions that open a clause, whose subject may stand before a verb twin. */
const CLAUSE_OPENERS = new Set(['that', 'although', 'though', 'while', 'because', 'if', 'whether', 'unless', 'as', 'than']);

/**
 * True when the twin at token t ends a phrase that a preposition opens: "to mobilize voters in key early states,
 * the sources said", "ads as soon as Monday in nine states:". A preposition's object is a noun, whatever the
 * tagger read ("although O'Malley frequently notes that" is a clause).
 */
function endsPrepositionalPhrase(view: FieldView, t: number): boolean {
  let b = t - 1;
  while (b >= 0 && view.sentence(b) === view.sentence(t) && (NOUN_PHRASE_POS.has(view.pos(b)) || view.isIngVerb(b))) b--;
  return b >= 0 && b < t - 1 && view.pos(b) === 'ADP' && !CLAUSE_OPENERS.has(view.word(b));
}

/**
 * True at a plural noun twin that a relative clause follows, whatever the tagger read: "Rust Belt states that
 * have suffered", "the dozen states that held primaries". After a word that can speak, "that" opens what was
 * said ("Trump says that is wrong").
 */
function isNounBeforeRelative(view: FieldView, lexicon: Lexicon, t: number, cue: Cue): boolean {
  if (view.words[t] === cue.lemma || !view.word(t).endsWith('s') || view.words[t + 1] !== 'that') return false;
  // A finite verb right after "that" ("that have", "that held"), not a gerund that is the subject of what was
  // said ("hopes that winning a large share will ...").
  const finite = view.pos(t + 2) === 'AUX' || (view.pos(t + 2) === 'VERB' && !view.word(t + 2).endsWith('ing'));
  // The word before is the noun's modifier, not a subject past an aside ("Sanders, meanwhile, hopes that").
  const before = view.pos(t - 1);
  const modifier = ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(before) || view.isIngVerb(t - 1);
  if (!finite || !modifier) return false;
  const mention = view.mentionAt(t - 1);
  return mention === undefined ? !lexicon.cues.heads.has(view.word(t - 1)) : mention.type === 'PLACE';
}

/**
 * True when token t can only modify a noun twin after it: an adjective that is no name ("coastal
 * states"), or, before the bare form (`bare`), a singular word, which no present verb agrees with ("his home
 * state", "a Washington state delegate"; but "strategists predict", "they claim").
 */
function isModifierOf(view: FieldView, lexicon: Lexicon, t: number, bare: boolean): boolean {
  if (t < 0 || view.sentence(t) !== view.sentence(t + 1) || view.insideQuote[t] !== -1) return false;
  const word = view.word(t);
  if (view.pos(t) === 'ADJ') return view.mentionAt(t) === undefined;
  // A pronoun the tagger took for a name ("They claim") is a subject.
  return bare && ['NOUN', 'PROPN'].includes(view.pos(t)) && !/s$/u.test(word) && !lexicon.cues.pronouns.has(word);
}

/** Most words of a subject between a quote and its verb: "the two", "the Saudi foreign minister". */
const MAX_SUBJECT_AFTER_QUOTE = 4;
const PHRASE_POS = new Set(['NOUN', 'PROPN', 'DET', 'NUM', 'ADJ']);

/**
 * True when a short phrase before token t follows a quote that ends in a comma, "?" or "!": '"…," Conason
 * writes in his book'. That place is an attribution's, so the word after the phrase is its verb.
 */
function subjectAfterQuote(view: FieldView, t: number): boolean {
  let b = t - 1;
  while (b >= 0 && t - b <= MAX_SUBJECT_AFTER_QUOTE && view.insideQuote[b] === -1 && PHRASE_POS.has(view.pos(b))) b--;
  return b >= 1 && b < t - 1 && view.insideQuote[b] !== -1 && [',', '?', '!'].includes(view.word(b - 1)) && view.sentence(b) === view.sentence(t);
}

/** Possessives and articles that open where an idiom's words were put: "put it in her memoir", "in a statement". */
const IDIOM_PLACE = new Set(['a', 'an', 'his', 'her', 'its', 'their', 'our', 'my']);

/**
 * True when an idiom's object is its last word at token t: before punctuation, a quote or a place it was put in,
 * past adverbs ("as Rosenthal put it bluntly,", "put it in a statement"); not "put it on sale".
 */
function endsIdiom(view: FieldView, t: number): boolean {
  let u = t;
  while (u < view.count && view.pos(u) === 'ADV' && view.insideQuote[u] === -1) u++;
  if (u >= view.count || view.insideQuote[u] !== -1 || [',', ':', ';', '.'].includes(view.word(u))) return true;
  return view.word(u) === 'in' && IDIOM_PLACE.has(view.word(u + 1));
}

/** True when a relative pronoun opens the few words before token t: "that Trump argues", "which Mozloom thinks". */
function inRelativeClause(view: FieldView, t: number): boolean {
  for (let b = t - 1; b >= Math.max(0, t - 4) && view.sentence(b) === view.sentence(t); b--) if (['that', 'which'].includes(view.word(b))) return true;
  return false;
}

/** True when a form of "be" (and adverbs) stands before the speech verb at t, which is no "-ing" form: "was widely reported". */
export function isPassive(view: FieldView, t: number): boolean {
  let before = t - 1;
  while (before >= 0 && view.pos(before) === 'ADV') before--;
  return BE_FORMS.has(view.word(before)) && !view.word(t).endsWith('ing');
}
