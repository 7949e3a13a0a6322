/**
 * The texts of a column's fractions (finite numbers that are not safe integers), made for a whole piece
 * by one JSON.stringify of them all and then handed out in order as the rows are written.
 *
 * Why: a CSV of growths and shares is mostly such numbers, and String(x) was the largest single cost of
 * writing it (0.35–0.45 µs each here, a new string per number). JSON.stringify writes a finite number
 * exactly as String does (ECMA-262 SerializeJSONProperty calls Number::toString), but over a packed
 * array of doubles it appends every text to one buffer: about half the time per number. Integers keep
 * the writer's own digit loop and never come here.
 */

const COMMA = 44;
const CLOSE = 93; // ]

export class NumberTexts {
  private pos = 1; // past "["

  private constructor(private readonly bytes: Uint8Array) {}

  /** True for a number whose text comes from here: what the writer does not write as an integer. */
  static wants(x: number): boolean {
    return Number.isFinite(x) && !(Number.isInteger(x) && x <= Number.MAX_SAFE_INTEGER && x >= -Number.MAX_SAFE_INTEGER);
  }

  /** The texts of values[rows[i]] (values[i] without rows), i < length, that `wants`; null when there are none. */
  static of(values: ArrayLike<number>, rows: ArrayLike<number> | null, length: number): NumberTexts | null {
    const wanted: number[] = [];
    for (let i = 0; i < length; i++) {
      const x = values[rows === null ? i : (rows[i] as number)] as number;
      if (NumberTexts.wants(x)) wanted.push(x);
    }
    if (wanted.length === 0) return null;
    return new NumberTexts(Buffer.from(JSON.stringify(wanted), "latin1"));
  }

  /** Copies the next text into buf at pos (room for 25 bytes is the caller's) and returns the position after it. */
  next(buf: Uint8Array, pos: number): number {
    const bytes = this.bytes;
    let at = this.pos;
    // A writer asking for more texts than it prepared is a bug: fail rather than write a wrong number.
    if (at >= bytes.length) throw new Error("NumberTexts: more numbers written than were prepared");
    let c = bytes[at] as number;
    while (c !== COMMA && c !== CLOSE) {
      buf[pos++] = c;
      c = bytes[++at] as number;
    }
    this.pos = at + 1;
    return pos;
  }
}
