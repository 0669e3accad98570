/**
 * Values computed per distinct key, kept for the next time: news repeats its words, so most lookups skip
 * the work. When it holds `limit` entries it is emptied, which bounds its memory and keeps it simple.
 */
export class BoundedCache<V> {
  private readonly values = new Map<string, V>();

  constructor(
    private readonly make: (key: string) => V,
    private readonly limit: number,
  ) {}

  get(key: string): V {
    let value = this.values.get(key);
    if (value === undefined) {
      if (this.values.size >= this.limit) this.values.clear();
      value = this.make(key);
      this.values.set(key, value);
    }
    return value;
  }
}
