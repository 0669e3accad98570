/**
 * Visits the examples `0 … count − 1` once per epoch, in a new order each epoch drawn from a seeded
 * generator (Fisher–Yates with a linear congruential generator), so that training is repeatable.
 */
export function inSeededOrder(count: number, epochs: number, seed: number, visit: (index: number) => void, onEpoch?: (epoch: number) => void): void {
  const order = Array.from({ length: count }, (_, i) => i);
  let state = seed;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    order.forEach(visit);
    onEpoch?.(epoch + 1);
  }
}
