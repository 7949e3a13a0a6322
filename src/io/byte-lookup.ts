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
    let size = 16;
    while (size < names.length * 4) size *= 2;
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

/** FNV-1a over a byte range. */
function hash(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
  return h >>> 0;
}

function sameBytes(name: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
  if (name.length !== end - start) return false;
  for (let k = 0; k < name.length; k++) if (name[k] !== bytes[start + k]) return false;
  return true;
}
