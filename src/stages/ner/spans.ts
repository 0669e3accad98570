import type { EntityType, Field, MentionForm } from '../../core/types.js';

/** A name found in a field, before resolution: what the detectors hand to `resolveArticle`. */
export interface FoundSpan {
  readonly field: Field;
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly form: MentionForm;
  /** For a demonym: the ISO code of the country it stands for. */
  readonly country?: string;
}

/** Overlaps are settled by one rule, as spaCy's `filter_spans`: the longest span wins, then the earliest. */
export function withoutOverlaps<S extends { readonly field: Field; readonly start: number; readonly end: number }>(spans: readonly S[]): S[] {
  const kept: S[] = [];
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // The characters of each field that a kept span holds: a span is tested in its own length, not against every kept one.
  const ends = new Map<Field, number>();
  for (const span of spans) ends.set(span.field, Math.max(ends.get(span.field) ?? 0, span.end));
  const taken = new Map([...ends].map(([field, end]) => [field, new Uint8Array(end)]));
  for (const span of sorted) {
    const chars = taken.get(span.field) as Uint8Array;
    if (chars.subarray(span.start, span.end).includes(1)) continue;
    chars.fill(1, span.start, span.end);
    kept.push(span);
  }
  return kept.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field < b.field ? -1 : 1));
}
