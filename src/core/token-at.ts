/**
 * The first token whose end is after `offset`: the token at `offset`, or the next one when `offset` falls
 * between tokens. Binary search over a field's token ends (`Tokens.ends`), which are in order.
 */
export function tokenAt(ends: ArrayLike<number>, offset: number): number {
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ends[middle] as number) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
