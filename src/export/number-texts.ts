/**
 * The texts of a column's fractions (finite numbers that are not safe integers), made for a piece by
 * JSON.stringify of a few thousand at a time and then handed out in order as the rows are written.
 *
 * Why: a CSV of growths and shares is mostly such numbers, and String(x) was the largest single cost of
 * writing it (0.35–0.45 µs each here, a new string per number). JSON.stringify writes a finite number
 * exactly as String does (ECMA-262 SerializeJSONProperty calls Number::toString), but over a packed
 * array of doubles it appends every text to one buffer: 14–51 % less time per number, copy included
 * (median about 30 %). Integers keep the writer's own digit loop and never come here.
 */

import { isExactWhole } from "./csv-byte-writer.js";

const COMMA = 44;
const CLOSE = 93; // ]

/**
 * Numbers per JSON.stringify call: texts of about 40 KB, which V8 allocates in the young generation and
 * frees at the next scavenge. One string for a whole piece (65,536 rows, 1.2 MB) goes to the large-object
 * space, freed only by a full collection: the 5M full pipeline peaked 110–170 MB higher with them.
 */
const CHUNK = 2048;

/** Rows looked at per window, and so the most fractions held at once before they become texts. */
const WINDOW = 1 << 16;
const wanted = new Float64Array(WINDOW);

/**
 * Copies the values of rows [from, to) that NumberTexts wants into `out` and returns how many. A loop
 * of its own, with no branch that runs only now and then: V8 optimises such a loop while it runs
 * (on-stack replacement), and a rarely taken path inside it (a batch full, every 2,048 numbers) had no
 * type feedback yet, so the optimised code was thrown away there and compiled again, up to seven times
 * in one export.
 */
function collectWanted(values: ArrayLike<number>, rows: ArrayLike<number> | null, from: number, to: number, out: Float64Array): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const x = values[rows === null ? i : (rows[i] as number)] as number;
    if (NumberTexts.wants(x)) out[n++] = x;
  }
  return n;
}

export class NumberTexts {
  private chunk = 0;
  private text: Buffer;
  private pos = 1; // past "["

  private constructor(private readonly texts: readonly Buffer[]) {
    this.text = texts[0] as Buffer;
  }

  /** True for a number whose text comes from here: what the writer does not write as an integer. */
  static wants(x: number): boolean {
    return Number.isFinite(x) && !isExactWhole(x);
  }

  /** The texts of values[rows[i]] (values[i] without rows), i < length, that `wants`; null when there are none. */
  static of(values: ArrayLike<number>, rows: ArrayLike<number> | null, length: number): NumberTexts | null {
    const texts: Buffer[] = [];
    // A window of rows at a time: a whole table (an observations export) is one piece of any length.
    for (let from = 0; from < length; from += WINDOW) {
      const count = collectWanted(values, rows, from, Math.min(length, from + WINDOW), wanted);
      for (let k = 0; k < count; k += CHUNK) {
        const batch = Array.from(wanted.subarray(k, Math.min(count, k + CHUNK)));
        texts.push(Buffer.from(JSON.stringify(batch), "latin1"));
      }
    }
    return texts.length === 0 ? null : new NumberTexts(texts);
  }

  /** Copies the next text into buf at pos (room for 25 bytes is the caller's) and returns the position after it. */
  next(buf: Uint8Array, pos: number): number {
    let text = this.text;
    let at = this.pos;
    if (at >= text.length) {
      // A writer asking for more texts than it prepared is a bug: fail rather than write a wrong number.
      const following = this.texts[++this.chunk];
      if (following === undefined) throw new Error("NumberTexts: more numbers written than were prepared");
      text = following;
      this.text = text;
      at = 1;
    }
    let c = text[at] as number;
    while (c !== COMMA && c !== CLOSE) {
      buf[pos++] = c;
      c = text[++at] as number;
    }
    this.pos = at + 1;
    return pos;
  }
}
