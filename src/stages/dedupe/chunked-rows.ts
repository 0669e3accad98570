import type { RowStore } from '../../types.js';

const CHUNK_ROWS = 4096;

/**
 * Rows of `width` numbers, one per kept article, in memory: chunks of CHUNK_ROWS rows, so that the rows
 * grow without copying them or holding free space beyond the last chunk.
 */
export class ChunkedRows implements RowStore {
  private readonly chunks: Uint32Array[] = [];
  private count = 0;

  constructor(private readonly width: number) {}

  push(values: Uint32Array): void {
    if (this.count % CHUNK_ROWS === 0) this.chunks.push(new Uint32Array(CHUNK_ROWS * this.width));
    (this.chunks[this.chunks.length - 1] as Uint32Array).set(values.subarray(0, this.width), (this.count % CHUNK_ROWS) * this.width);
    this.count++;
  }

  /** Entry `column` of row `index`. */
  at(index: number, column: number): number {
    return (this.chunks[Math.floor(index / CHUNK_ROWS)] as Uint32Array)[(index % CHUNK_ROWS) * this.width + column] as number;
  }

  row(index: number): Uint32Array {
    const at = (index % CHUNK_ROWS) * this.width;
    return (this.chunks[Math.floor(index / CHUNK_ROWS)] as Uint32Array).subarray(at, at + this.width);
  }
}
