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
  for (const span of sorted) {
    if (!kept.some((other) => other.field === span.field && other.start < span.end && span.start < other.end)) kept.push(span);
  }
  return kept.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field < b.field ? -1 : 1));
}
