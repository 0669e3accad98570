/**
 * Values computed per distinct key, kept for the next time: news repeats its words, so most lookups skip
 * the work. Memory is bounded by two generations of at most `limit` entries each: when the newer one is
 * full it becomes the older one, and a key found only in the older one moves to the newer. Frequent words
 * thus stay, where emptying the whole cache computed them all again (the policy of quick-lru).
 */
export class BoundedCache<V> {
  private recent = new Map<string, V>();
  private older = new Map<string, V>();

  constructor(
    private readonly make: (key: string) => V,
    private readonly limit: number,
  ) {}

  get(key: string): V {
    const value = this.recent.get(key);
    if (value !== undefined) return value;
    const kept = this.older.get(key) ?? this.make(key);
    if (this.recent.size >= this.limit) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(key, kept);
    return kept;
  }
}
