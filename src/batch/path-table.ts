/**
 * A map from paths to small whole numbers that keeps no path: each key is a 64-bit hash of the path, in an
 * open-addressed table of typed arrays. A batch of a million files costs about 24 bytes a file here, where a
 * `Map` of path strings costs several times that, and that difference is what makes `convert`'s memory
 * grow with the size of the corpus.
 *
 * Two paths with the same 64-bit hash would be taken for one. Among a million paths the chance of that is
 * about 3 in 100 million, and what it would cost is bounded: an output converted again, or one reported as
 * clashing with another.
 */
import { mix32 } from "../hash.js";

const EMPTY = -1;

export class PathTable {
  private capacity = 1024;
  private count = 0;
  private high = new Uint32Array(this.capacity);
  private low = new Uint32Array(this.capacity);
  private values = new Int32Array(this.capacity).fill(EMPTY);

  get size(): number {
    return this.count;
  }

  get(path: string): number | undefined {
    const [high, low] = pathHash(path);
    const slot = this.find(high, low);
    const value = this.values[slot] as number;
    return value === EMPTY ? undefined : value;
  }

  has(path: string): boolean {
    return this.get(path) !== undefined;
  }

  /** Sets the number for a path (a whole number from 0 to 2^31 - 1). */
  set(path: string, value: number): void {
    if (!Number.isInteger(value) || value < 0 || value > 0x7fffffff)
      throw new RangeError(`PathTable values are whole numbers from 0 to 2^31 - 1, not ${value}`);
    const [high, low] = pathHash(path);
    this.put(high, low, value);
  }

  private put(high: number, low: number, value: number): void {
    const slot = this.find(high, low);
    if (this.values[slot] === EMPTY) {
      this.high[slot] = high;
      this.low[slot] = low;
      this.count++;
    }
    this.values[slot] = value;
    // Half full at most, so that a probe ends after a slot or two.
    if (2 * this.count > this.capacity) this.grow();
  }

  /** The slot holding this key, or the empty slot where it would go. */
  private find(high: number, low: number): number {
    const mask = this.capacity - 1;
    let slot = low & mask;
    while (this.values[slot] !== EMPTY && (this.high[slot] !== high || this.low[slot] !== low))
      slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { high, low, values } = this;
    this.capacity *= 2;
    this.count = 0;
    this.high = new Uint32Array(this.capacity);
    this.low = new Uint32Array(this.capacity);
    this.values = new Int32Array(this.capacity).fill(EMPTY);
    for (let slot = 0; slot < values.length; slot++) {
      const value = values[slot] as number;
      if (value !== EMPTY) this.put(high[slot] as number, low[slot] as number, value);
    }
  }
}

/**
 * Two 32-bit hashes of a path, from two multiplicative mixes over its UTF-16 code units with a final
 * avalanche each (MurmurHash3's finaliser), so that paths differing in one letter land far apart.
 */
export function pathHash(text: string): [number, number] {
  let a = 0x811c9dc5 ^ text.length;
  let b = 0x9e3779b9;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [mix32(a), mix32(b ^ text.length)];
}
