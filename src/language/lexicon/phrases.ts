import { nameKey } from './normalize.js';

/** What a phrase of the gazetteer is; a phrase may be several things ("Georgia": country and region). */
export const PHRASE_KINDS = ['country', 'city', 'region', 'demonym', 'organization', 'agency', 'person', 'first', 'last', 'title', 'honorific', 'team'] as const;
export type PhraseKind = (typeof PHRASE_KINDS)[number];

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Longest phrase looked for, in tokens. */
export const MAX_PHRASE_TOKENS = 6;

/** What a phrase table holds, as plain data (for the lexicon cache). */
export interface PhraseTableParts {
  readonly kinds: Map<string, number>;
  /** Every key that a longer phrase starts with, cut where a token may end: lets a lookup stop early. */
  readonly prefixes: Set<string>;
}

/** A gazetteer of phrases, each with the kinds it is, looked up by `nameKey`. */
export class PhraseTable {
  constructor(private readonly parts: PhraseTableParts = { kinds: new Map(), prefixes: new Set() }) {}

  add(phrase: string, kind: PhraseKind): void {
    const key = nameKey(phrase);
    if (key === '') return;
    const { kinds, prefixes } = this.parts;
    kinds.set(key, (kinds.get(key) ?? 0) | (1 << PHRASE_KINDS.indexOf(kind)));
    for (let cut = 1; cut < key.length; cut++) {
      if (!WORD_CHAR.test(key[cut] as string) || !WORD_CHAR.test(key[cut - 1] as string)) prefixes.add(key.slice(0, cut).trimEnd());
    }
  }

  /** True when some longer phrase starts with `key` and goes on after a token boundary. */
  mayContinue(key: string): boolean {
    return this.parts.prefixes.has(key);
  }

  /** Bit set of the kinds `key` is (bit i for `PHRASE_KINDS[i]`), 0 if it is none. */
  kindsOf(key: string): number {
    return this.parts.kinds.get(key) ?? 0;
  }

  is(key: string, kind: PhraseKind): boolean {
    return (this.kindsOf(key) & (1 << PHRASE_KINDS.indexOf(kind))) !== 0;
  }

  /** The table as plain data; `new PhraseTable(parts)` makes it again. */
  toParts(): PhraseTableParts {
    return this.parts;
  }

  /** Every entry, sorted, for the fingerprint that ties a trained model to the gazetteer it was trained with. */
  entries(): string[] {
    return [...this.parts.kinds].map(([key, bits]) => `${key}\t${bits}`).sort();
  }
}

export function kindBit(kind: PhraseKind): number {
  return 1 << PHRASE_KINDS.indexOf(kind);
}
