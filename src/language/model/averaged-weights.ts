/**
 * The weights of an averaged perceptron (Collins 2002), one row of `width` per feature hash, with the lazy
 * averaging of Daumé (2006): each update also adds `step × delta` to a running sum, and the average is
 * `w − sum / step`. Used by the NER (structured, Viterbi) and POS (greedy) trainers.
 */
export class AveragedWeights {
  private readonly rows = new Map<number, { w: Float64Array; sum: Float64Array }>();
  private step = 1;

  constructor(readonly width: number) {}

  /** Adds the feature's current weights to `scores[offset ...]`. */
  addTo(feature: number, scores: Float64Array, offset: number): void {
    const row = this.rows.get(feature)?.w;
    if (row === undefined) return;
    for (let k = 0; k < this.width; k++) scores[offset + k] = (scores[offset + k] as number) + (row[k] as number);
  }

  update(feature: number, column: number, delta: number): void {
    let row = this.rows.get(feature);
    if (row === undefined) {
      row = { w: new Float64Array(this.width), sum: new Float64Array(this.width) };
      this.rows.set(feature, row);
    }
    row.w[column] = (row.w[column] as number) + delta;
    row.sum[column] = (row.sum[column] as number) + this.step * delta;
  }

  /** One more example seen: later updates weigh less in the average. */
  tick(): void {
    this.step++;
  }

  /** The averaged rows, without features whose averaged weights are all below `minWeight`. */
  averaged(minWeight: number): Map<number, Float32Array> {
    const features = new Map<number, Float32Array>();
    for (const [feature, { w, sum }] of this.rows) {
      const avg = Float32Array.from(w, (value, k) => value - (sum[k] as number) / this.step);
      if (avg.some((value) => Math.abs(value) >= minWeight)) features.set(feature, avg);
    }
    return features;
  }
}
