/**
 * The key under which names are looked up: accents stripped, lower case, one kind of apostrophe, single
 * spaces. "Genève", "GENEVE" and "Geneve" share a key; so do "Iran’s" and "Iran's".
 */
export function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim();
}
