import { nameKey } from './normalize.js';

/** What a phrase of the gazetteer is; a phrase may be several things ("Georgia": country and region). */
export const PHRASE_KINDS = ['country', 'city', 'region', 'demonym', 'organization', 'agency', 'person', 'first', 'last', 'title', 'honorific', 'team'] as const;
export type PhraseKind = (typeof PHRASE_KINDS)[number];

/** Longest phrase looked for, in tokens. */
export const MAX_PHRASE_TOKENS = 6;

/** A gazetteer of phrases, each with the kinds it is, looked up by `nameKey`. */
export class PhraseTable {
  private readonly kinds = new Map<string, number>();

  add(phrase: string, kind: PhraseKind): void {
    const key = nameKey(phrase);
    if (key === '') return;
    this.kinds.set(key, (this.kinds.get(key) ?? 0) | (1 << PHRASE_KINDS.indexOf(kind)));
  }

  /** Bit set of the kinds `key` is (bit i for `PHRASE_KINDS[i]`), 0 if it is none. */
  kindsOf(key: string): number {
    return this.kinds.get(key) ?? 0;
  }

  is(key: string, kind: PhraseKind): boolean {
    return (this.kindsOf(key) & (1 << PHRASE_KINDS.indexOf(kind))) !== 0;
  }

  /** Every entry, sorted, for the fingerprint that ties a trained model to the gazetteer it was trained with. */
  entries(): string[] {
    return [...this.kinds].map(([key, bits]) => `${key}\t${bits}`).sort();
  }
}

export function kindBit(kind: PhraseKind): number {
  return 1 << PHRASE_KINDS.indexOf(kind);
}
