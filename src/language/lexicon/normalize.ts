import iconv from 'iconv-lite';
import type { EntityType } from '../../core/types.js';

/** Printable ASCII without the curly-quote and space variants that need folding: the common, fast case. */
const PLAIN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/u;

/**
 * The key under which names are looked up: accents stripped, lower case, one kind of apostrophe, single
 * spaces. "Genève", "GENEVE" and "Geneve" share a key; so do "Iran’s" and "Iran's", and "PeÃ±a" and "Peña".
 */
export function nameKey(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(/`/gu, "'");
  return repairMojibake(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * A letter whose two UTF-8 bytes were decoded as Windows-1252 ("PeÃ±a" for Peña, "MÃ©xico" for México): a
 * lead Ã, Ä or Å (or its decomposed form) and a character that stands for a continuation byte; or Â and one,
 * for a sign between U+0080 and U+00BF ("Â§" for §), as a text decoded so twice has in every letter
 * ("FranÃ\u0083Â§ois"). The tokenizer keeps it inside its word.
 */
export const MOJIBAKE_LETTER = '(?:[ÂÃÄÅ]|A[\\u0302\\u0303\\u0308\\u030A])(?:[\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201A\\u201C-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]|[13]\\u2044[24])';
const MOJIBAKE = new RegExp(MOJIBAKE_LETTER, 'gu');
const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** Most times a text was decoded wrongly that the repair undoes. */
const MAX_MOJIBAKE_LAYERS = 2;

/**
 * True for a name written in capitals where its reader would write it in mixed case: a dateline's "NEW YORK"
 * or "ROME", a headline's "RYAN LOCHTE". Not an organization's single word, which may be an acronym ("CIA").
 */
export function isShouted(name: string, type: EntityType): boolean {
  return !/\p{Ll}/u.test(name) && /\p{Lu}/u.test(name) && (type !== 'ORGANIZATION' || /\s/u.test(name));
}

/**
 * A continuation sign of a mis-decoded letter that a compatibility normalization (NFKC) then rewrote, after a
 * letter (or a sign of another mis-decoded one) and its lead: "¼" as "1⁄4" ("GÃ1⁄4len" for Gülen), and before a
 * small letter "º" as "o" ("RaÃol" for Raúl), "ª" as "a", "³" as "3" ("GÃ3mez" for Gómez). No word of any
 * language holds a capital "Ã" so.
 */
const COMPATIBILITY_REWRITTEN = /(?<=[\p{L}\u0080-\u00BF](?:[ÂÃ]|A[\u0302\u0303]))(?:[13]\u2044[24]|[123ao](?=\p{Ll}))/gu;
const COMPATIBILITY_SIGNS: Readonly<Record<string, string>> = { '1⁄4': '¼', '1⁄2': '½', '3⁄4': '¾', '1': '¹', '2': '²', '3': '³', a: 'ª', o: 'º' };

/** The initials of a name's capitalised words: "Federal Bureau of Investigation" is "FBI", "Trump-Pence" "TP". */
export function nameInitials(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join('');
}

/** A name with its mis-decoded letters read back ("Enrique PeÃ±a Nieto" is Enrique Peña Nieto); others as they are. */
export function repairMojibake(text: string): string {
  let repaired = text.replace(COMPATIBILITY_REWRITTEN, (sign) => COMPATIBILITY_SIGNS[sign] ?? sign);
  for (let layer = 0; layer < MAX_MOJIBAKE_LAYERS; layer++) {
    const once = repaired.replace(MOJIBAKE, (pair) => {
      try {
        return UTF8.decode(Buffer.concat([...pair.normalize('NFC')].map(byteOf)));
      } catch {
        return pair;
      }
    });
    if (once === repaired) break;
    repaired = once;
  }
  return repaired;
}

/** The byte a character of mis-decoded text was read from: Windows-1252's, or its own below 256 (U+0083). */
function byteOf(char: string): Buffer {
  return (char.codePointAt(0) as number) < 0x100 ? Buffer.from([char.codePointAt(0) as number]) : iconv.encode(char, 'win1252');
}

const TYPOGRAPHY: Readonly<Record<string, string>> = { '’': "'", '‘': "'", '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '—': '--', '–': '--', '―': '--', '…': '...' };
const TYPOGRAPHIC = /[’‘“”„«»—–―…]/gu;

/**
 * A word as the taggers' training text (1996 wire copy) writes it: its mis-decoded letters read back ("GÃ1⁄4len"
 * is Gülen), and typographic quotes, apostrophes, dashes and ellipses in ASCII ("’s" is "'s", "“" is '"').
 * Offsets are not affected: only what the taggers read of a token changes.
 */
export function plainTypography(written: string): string {
  const word = repairMojibake(written);
  return TYPOGRAPHIC.test(word) ? word.replace(TYPOGRAPHIC, (char) => TYPOGRAPHY[char] ?? char) : word;
}
