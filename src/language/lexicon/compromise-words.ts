import { compromise } from './packages.js';

/** The compromise lexicon tags whosaid reads: gazetteers of names, and closed classes of words that are not. */
export type CompromiseTag =
  | 'Country' | 'City' | 'Region' | 'Demonym' | 'Organization' | 'Person' | 'FirstName' | 'MaleName' | 'FemaleName' | 'LastName' | 'Honorific' | 'SportsTeam'
  | 'Adverb' | 'QuestionWord' | 'Conjunction' | 'Expression' | 'Preposition' | 'Determiner' | 'Pronoun' | 'Month' | 'WeekDay' | 'Date' | 'Infinitive' | 'PastTense';

/** compromise's own lexicon: each word or phrase with its tag or tags. */
function compromiseLexicon(): Record<string, string | string[]> {
  return (compromise().model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
}

/** Words and phrases compromise's own lexicon tags with `tag`: its curated lists of names, places and honorifics. */
export function compromiseWords(tag: CompromiseTag): string[] {
  return Object.entries(compromiseLexicon())
    .filter(([, tags]) => (Array.isArray(tags) ? tags.includes(tag) : tags === tag))
    .map(([word]) => word)
    .sort();
}

/** Every word of one token that compromise's own lexicon lists, whatever its tags. */
export function compromiseVocabulary(): string[] {
  return Object.keys(compromiseLexicon()).filter((word) => !word.includes(' '));
}
