import { honorificOf, type Lexicon, nameKey } from '../../language/lexicon/index.js';

/** True for an honorific written only before a person's name, capitalised so: "Mr.", "Mrs", "Dr." (not "miss"). */
export function isHonorific(written: string, lexicon: Lexicon): boolean {
  return /^\p{Lu}\p{Ll}*\.?$/u.test(written) && honorificOf(lexicon, written) !== undefined;
}

/**
 * True for a word after an honorific that belongs to its title, not to the name: one no given name is, before
 * one that is ("Miss Universe Alicia Machado"; but "Mr. Guajardo Villarreal" is a name).
 */
export function isHonorificTitleWord(word: string, next: string, lexicon: Lexicon): boolean {
  return !lexicon.givenNames.has(nameKey(word)) && lexicon.givenNames.has(nameKey(next));
}
