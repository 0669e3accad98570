import type { StageName } from './types.js';

/** Wall-clock milliseconds spent in each stage over the whole run, for run.json. */
export class StageTimes {
  private readonly totals = new Map<StageName, number>();

  measure<T>(stage: StageName, work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.add(stage, performance.now() - started);
    }
  }

  add(stage: StageName, ms: number): void {
    this.totals.set(stage, (this.totals.get(stage) ?? 0) + ms);
  }

  /** Adds times measured elsewhere (a worker's), as `toJSON` gives them. */
  addAll(ms: Readonly<Record<string, number>>): void {
    for (const [stage, value] of Object.entries(ms)) this.add(stage as StageName, value);
  }

  /** The times so far, which are then reset: what one batch of work took. */
  drain(): Record<string, number> {
    const ms = Object.fromEntries(this.totals);
    this.totals.clear();
    return ms;
  }

  toJSON(): Record<string, number> {
    return Object.fromEntries([...this.totals].map(([stage, ms]) => [stage, Math.round(ms)]));
  }
}
