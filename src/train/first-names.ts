/**
 * The gender a given name suggests, from how many babies of each sex were given it (the US Social Security
 * records). The pronoun ranker reads it for names compromise's lists leave out ("Dante", "Megyn", "Kofi"):
 * news from other outlets and years names people those lists never held.
 */

/** One line of a year's records: `Mary,F,7065`. */
export interface NameCount {
  readonly name: string;
  readonly sex: 'F' | 'M';
  readonly count: number;
}

export interface GenderOptions {
  /** Names given to fewer babies than this tell nothing. */
  readonly minBirths: number;
  /** The share of one sex a name needs to suggest it ("Leslie" and "Jordan" suggest neither). */
  readonly minShare: number;
}

/** Each name (lower case) that suggests a gender, with that gender, in name order. */
export function genderedNames(counts: Iterable<NameCount>, options: GenderOptions): Map<string, 'male' | 'female'> {
  const bySex = new Map<string, { F: number; M: number }>();
  for (const { name, sex, count } of counts) {
    const key = name.toLowerCase();
    const seen = bySex.get(key) ?? { F: 0, M: 0 };
    seen[sex] += count;
    bySex.set(key, seen);
  }
  const genders = new Map<string, 'male' | 'female'>();
  for (const [name, { F, M }] of [...bySex].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (F + M < options.minBirths) continue;
    if (M >= options.minShare * (F + M)) genders.set(name, 'male');
    else if (F >= options.minShare * (F + M)) genders.set(name, 'female');
  }
  return genders;
}

/** The records of a year's file (`yob1990.txt`), skipping what is not a record. */
export function parseNameCounts(text: string): NameCount[] {
  return text.split('\n').flatMap((line) => {
    const [name, sex, count] = line.trim().split(',');
    return name && (sex === 'F' || sex === 'M') && /^\d+$/u.test(count ?? '') ? [{ name, sex, count: Number(count) }] : [];
  });
}
