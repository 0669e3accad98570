type NumberArray = Float64Array | Int8Array | Uint8Array | Uint32Array;

/**
 * A typed array kept from call to call and grown when a call needs more. A typed array's memory is outside
 * V8's heap: one made per sentence costs an allocation, zeroing, and a free on a garbage-collector thread,
 * which for the tagger's tables was a few percent of a run, on the cores the analysis needs.
 */
export class Scratch<T extends NumberArray> {
  private array: T;

  constructor(
    private readonly make: (length: number) => T,
    /** @default 1024 */
    initialLength = 1024,
  ) {
    this.array = make(initialLength);
  }

  /** The first `length` elements, holding whatever the last user left: valid until the next `take`. */
  take(length: number): T {
    if (this.array.length < length) this.array = this.make(Math.max(length, this.array.length * 2));
    return this.array.subarray(0, length) as T;
  }
}
