import { honorificOf, type Lexicon } from '../../language/lexicon/index.js';

/** True for an honorific written only before a person's name, capitalised so: "Mr.", "Mrs", "Dr." (not "miss"). */
export function isHonorific(written: string, lexicon: Lexicon): boolean {
  return /^\p{Lu}\p{Ll}*\.?$/u.test(written) && honorificOf(lexicon, written) !== undefined;
}
