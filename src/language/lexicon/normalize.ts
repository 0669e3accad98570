/** Printable ASCII without the curly-quote and space variants that need folding: the common, fast case. */
const PLAIN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/u;

/**
 * The key under which names are looked up: accents stripped, lower case, one kind of apostrophe, single
 * spaces. "Genève", "GENEVE" and "Geneve" share a key; so do "Iran’s" and "Iran's".
 */
export function nameKey(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(/`/gu, "'");
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim();
}

const TYPOGRAPHY: Readonly<Record<string, string>> = { '’': "'", '‘': "'", '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '—': '--', '–': '--', '―': '--', '…': '...' };
const TYPOGRAPHIC = /[’‘“”„«»—–―…]/gu;

/**
 * A word with typographic quotes, apostrophes, dashes and ellipses written in ASCII, as the taggers' training
 * text (1996 wire copy) writes them: "’s" is "'s", "“" is '"'. Offsets are not affected: only what the taggers
 * read of a token changes.
 */
export function plainTypography(word: string): string {
  return TYPOGRAPHIC.test(word) ? word.replace(TYPOGRAPHIC, (char) => TYPOGRAPHY[char] ?? char) : word;
}
