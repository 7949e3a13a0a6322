/**
 * Integer keys (well inside ±2^53) to non-negative int32 values in typed arrays, open addressing: what
 * a Map would do for row and report look-ups, without an object or a string per key.
 */

/** An unused slot; keys are integers well inside ±2^53 (a cell key of a year before 1900 is negative). */
const EMPTY = Number.MIN_SAFE_INTEGER;

/** Integer keys → non-negative int32 values, in typed arrays; grows by doubling. */
export class KeyTable {
  private keys: Float64Array;
  private values: Int32Array;
  private mask: number;
  private size = 0;

  constructor(expected: number) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.keys = new Float64Array(cap).fill(EMPTY);
    this.values = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** Sets key → value (a later set of the same key wins, as Map.set does). */
  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    let slot = hashKey(key) & this.mask;
    for (;;) {
      const k = this.keys[slot] as number;
      if (k === EMPTY) {
        this.keys[slot] = key;
        this.values[slot] = value;
        this.size++;
        return;
      }
      if (k === key) {
        this.values[slot] = value;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** The value of key, or −1. */
  get(key: number): number {
    let slot = hashKey(key) & this.mask;
    for (;;) {
      const k = this.keys[slot] as number;
      if (k === key) return this.values[slot] as number;
      if (k === EMPTY) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Float64Array(keys.length * 2).fill(EMPTY);
    this.values = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if ((keys[i] as number) !== EMPTY) this.set(keys[i] as number, values[i] as number);
  }
}

/** Mixes both 32-bit halves of an integer key. */
export function hashKey(key: number): number {
  const lo = key >>> 0;
  const hi = (key / 4294967296) >>> 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
