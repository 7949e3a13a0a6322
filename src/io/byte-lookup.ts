/**
 * Looks up a fixed set of names (metric ids, applicant ids) by the bytes of a CSV cell, without
 * making a string: the loader's hot path meets one metric id per row, and decoding each to a string
 * just to find it in a Map costs more than the rest of the row.
 */
export class ByteLookup {
  private readonly names: Uint8Array[];
  /** Open addressing: slot → index + 1, 0 empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `names[i]` is found as i, by its UTF-8 bytes. */
  constructor(names: readonly string[]) {
    const encoder = new TextEncoder();
    this.names = names.map((n) => encoder.encode(n));
    // Sparse (at most one name in 8 slots): with a hash of a few bytes, names still rarely share a slot.
    let size = 16;
    while (size < names.length * 8) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.names.forEach((bytes, i) => {
      let slot = hash(bytes, 0, bytes.length) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = i + 1;
    });
  }

  /** The index of the name spelled by bytes [start, end), or −1. */
  find(bytes: Uint8Array, start: number, end: number): number {
    let slot = hash(bytes, start, end) & this.mask;
    for (;;) {
      const i = (this.slots[slot] as number) - 1;
      if (i < 0) return -1;
      if (sameBytes(this.names[i] as Uint8Array, bytes, start, end)) return i;
      slot = (slot + 1) & this.mask;
    }
  }
}

/**
 * A hash of the length and four bytes of a range (first, middle, last two), not of every byte: the
 * loader hashes a metric id on every row, and the full comparison that follows settles any collision.
 * Hashing every byte (FNV-1a) took 2–3 times as long per look-up; metric ids differ in length or at
 * these places often enough that probes stay short.
 */
function hash(bytes: Uint8Array, start: number, end: number): number {
  const n = end - start;
  if (n <= 0) return 0;
  let h = Math.imul(n, 0x9e3779b1);
  h ^= Math.imul(bytes[start] as number, 0x85ebca6b);
  h ^= Math.imul(bytes[start + (n >> 1)] as number, 0x165667b1);
  h ^= Math.imul(bytes[end - 1] as number, 0xc2b2ae35);
  h ^= Math.imul(bytes[n >= 2 ? end - 2 : start] as number, 0x27d4eb2f);
  h ^= h >>> 15;
  return h >>> 0;
}

function sameBytes(name: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
  if (name.length !== end - start) return false;
  for (let k = 0; k < name.length; k++) if (name[k] !== bytes[start + k]) return false;
  return true;
}
