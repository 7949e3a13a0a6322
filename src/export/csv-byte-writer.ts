/**
 * CSV cells straight into a byte buffer that is written to a file descriptor each time it fills: no
 * string per row, no concatenation. Numbers are written exactly as String(x) writes them (integers
 * digit by digit, any other value through String), texts as RFC 4180 fields in UTF-8.
 */
import { writeSync } from "node:fs";
import type { NumberTexts } from "./number-texts.js";

const COMMA = 44;
const NEWLINE = 10;
const QUOTE = 34;
/** Room every number fits in: String(x) of a double is at most 25 characters. */
const NUMBER_ROOM = 32;
/** Encoded cells up to this many bytes are copied byte by byte. */
const SMALL = 24;

export class CsvByteWriter {
  private readonly buf: Buffer;
  private pos = 0;
  /** Bytes handed to the file so far. */
  written = 0;

  constructor(
    private readonly fd: number,
    /** Prefix an apostrophe to texts a spreadsheet would run as a formula. */
    readonly guardFormulas: boolean,
    size = 1 << 20,
  ) {
    this.buf = Buffer.allocUnsafe(Math.max(size, 64));
  }

  comma(): void {
    if (this.pos === this.buf.length) this.flush();
    this.buf[this.pos++] = COMMA;
  }

  newline(): void {
    if (this.pos === this.buf.length) this.flush();
    this.buf[this.pos++] = NEWLINE;
  }

  /**
   * x as String(x) writes it; nothing for NaN (an unknown cell). `texts`, when given, holds the texts of
   * the column's fractions in row order (see NumberTexts), and the next one is x's.
   */
  number(x: number, texts: NumberTexts | null = null): void {
    if (Number.isNaN(x)) return;
    if (this.pos + NUMBER_ROOM > this.buf.length) this.flush();
    const buf = this.buf;
    if (x >= -2147483647 && x <= 2147483647 && (x | 0) === x) {
      // Int32 arithmetic, four digits at a time from a table; −0 has no sign in String(−0) and none
      // here ((−0 | 0) is 0).
      let v = x | 0;
      if (v < 0) {
        buf[this.pos++] = 45;
        v = -v;
      }
      if (v < 10000) {
        this.digits(v, false);
      } else if (v < 100000000) {
        const hi = (v / 10000) | 0;
        this.digits(hi, false);
        this.digits(v - hi * 10000, true);
      } else {
        const top = (v / 100000000) | 0;
        const rest = v - top * 100000000;
        const mid = (rest / 10000) | 0;
        this.digits(top, false);
        this.digits(mid, true);
        this.digits(rest - mid * 10000, true);
      }
      return;
    }
    if (isExactWhole(x)) {
      // Exact in float64 up to 2^53.
      let v = x;
      if (v < 0) {
        buf[this.pos++] = 45;
        v = -v;
      }
      const start = this.pos;
      do {
        const q = Math.floor(v / 10);
        buf[this.pos++] = 48 + (v - q * 10);
        v = q;
      } while (v > 0);
      for (let a = start, b = this.pos - 1; a < b; a++, b--) {
        const t = buf[a] as number;
        buf[a] = buf[b] as number;
        buf[b] = t;
      }
      return;
    }
    // What is left and finite is what NumberTexts.wants: its texts are in the same order.
    if (texts !== null && Number.isFinite(x)) {
      this.pos = texts.next(buf, this.pos);
      return;
    }
    // String(x) is ASCII and short: copied by hand, as Buffer#write's call costs more than the copy.
    const str = String(x);
    let pos = this.pos;
    for (let j = 0; j < str.length; j++) buf[pos++] = str.charCodeAt(j);
    this.pos = pos;
  }

  /** The digits of 0 ≤ v < 10000: all four when `padded` (a group after the first), else without leading zeros. */
  private digits(v: number, padded: boolean): void {
    const width = padded ? 4 : v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : 4;
    const buf = this.buf;
    let at = v * 4 + 4 - width;
    let pos = this.pos;
    for (let j = 0; j < width; j++) buf[pos++] = DIGITS4[at++] as number;
    this.pos = pos;
  }

  /** A text cell: guarded when it starts like a formula, quoted when it holds a comma, quote or line break. */
  text(s: string, guard = this.guardFormulas): void {
    const guarded = guard && s.length > 0 && FORMULA_START.has(s.charCodeAt(0));
    const quoted = needsQuotes(s);
    // Encoded in place unless quotes must be doubled or the text could outgrow the buffer (3 bytes a
    // UTF-16 unit at most, plus the quotes and the guard). Audit messages hold commas: quoting them in
    // place saves a string and a buffer per cell.
    if ((quoted && s.includes('"')) || s.length * 3 + 3 > this.buf.length) {
      this.bytes(encodeField(s, guard));
      return;
    }
    if (this.pos + s.length * 3 + 3 > this.buf.length) this.flush();
    if (quoted) this.buf[this.pos++] = QUOTE;
    if (guarded) this.buf[this.pos++] = 39;
    this.pos += this.buf.write(s, this.pos, "utf8");
    if (quoted) this.buf[this.pos++] = QUOTE;
  }

  /** A text cell already encoded with encodeField. */
  bytes(b: Uint8Array): void {
    if (this.pos + b.length > this.buf.length) {
      this.flush();
      if (b.length > this.buf.length) {
        this.writeOut(b, b.length);
        return;
      }
    }
    if (b.length <= SMALL) {
      // Most cells are a few bytes (codes, ids): a loop beats TypedArray#set's call for those.
      const buf = this.buf;
      let pos = this.pos;
      for (let j = 0; j < b.length; j++) buf[pos++] = b[j] as number;
      this.pos = pos;
      return;
    }
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  /** ASCII text as it is (true, false). */
  ascii(s: string): void {
    if (this.pos + s.length > this.buf.length) this.flush();
    this.pos += this.buf.write(s, this.pos, "latin1");
  }

  flush(): void {
    if (this.pos > 0) this.writeOut(this.buf, this.pos);
    this.pos = 0;
  }

  private writeOut(b: Uint8Array, length: number): void {
    let off = 0;
    while (off < length) off += writeSync(this.fd, b, off, length - off);
    this.written += length;
  }
}

/**
 * Number.MAX_SAFE_INTEGER, read once: read in isExactWhole it is a property look-up that fractions skip,
 * so a loop optimised on fractions alone was thrown away at the first whole number (`--trace-deopt`).
 */
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * A whole number the writer spells digit by digit (exact in float64 up to 2^53); any other finite
 * number is written as String(x) writes it. NumberTexts prepares texts for exactly those others.
 */
export function isExactWhole(x: number): boolean {
  return Number.isInteger(x) && x <= MAX_SAFE && x >= -MAX_SAFE;
}

/** The ASCII digits of 0…9999, four bytes each, zero-padded: integers are written four digits at a time. */
const DIGITS4 = (() => {
  const t = new Uint8Array(40000);
  for (let v = 0; v < 10000; v++) {
    t[v * 4] = 48 + ((v / 1000) | 0);
    t[v * 4 + 1] = 48 + (((v / 100) | 0) % 10);
    t[v * 4 + 2] = 48 + (((v / 10) | 0) % 10);
    t[v * 4 + 3] = 48 + (v % 10);
  }
  return t;
})();

const FORMULA_START = new Set([61, 43, 45, 64, 9, 13]); // = + - @ \t \r

/**
 * True when a field holds a comma, quote or line break (RFC 4180 quotes it then). A regular expression,
 * not a loop over char codes: audit messages are long two-byte (Chinese) strings, which V8's regexp
 * engine scans about three times as fast (the loop was the audit export's largest single cost at 1M rows).
 */
function needsQuotes(s: string): boolean {
  return NEEDS_QUOTES.test(s);
}

const NEEDS_QUOTES = /[",\n\r]/;

/** The UTF-8 bytes of a CSV text field (RFC 4180), with a formula guard when asked. */
export function encodeField(s: string, guard: boolean): Buffer {
  const text = guard && s.length > 0 && FORMULA_START.has(s.charCodeAt(0)) ? `'${s}` : s;
  return Buffer.from(needsQuotes(text) ? `"${text.replace(/"/g, '""')}"` : text, "utf8");
}
