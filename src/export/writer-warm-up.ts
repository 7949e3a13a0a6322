/**
 * Runs every path of the CSV writer's cell methods once in a thread, on a tiny buffer written to the
 * null device, before the thread writes its first output.
 *
 * Why: V8 optimises an export's row loop (piece-writer.ts) with these methods inlined into it once the
 * loop has run a while, and a path no row has taken by then has no type feedback: the buffer running
 * full (once a megabyte), a number's next batch of texts (once every 2,048 fractions). When a row
 * first takes such a path the optimised loop is thrown away and compiled again, 10–20 ms a time at
 * 200,000 rows (`--trace-deopt` showed two or three compiles of each output's loop a thread). Run
 * here, the paths have feedback before any loop is optimised. It costs well under a millisecond, once.
 */
import { closeSync, openSync } from "node:fs";
import { devNull } from "node:os";
import { CsvByteWriter } from "./csv-byte-writer.js";
import { NumberTexts } from "./number-texts.js";

let warmed = false;

/** Once per thread: later calls return at once. */
export function warmUpWriter(): void {
  if (warmed) return;
  warmed = true;
  let fd: number;
  try {
    fd = openSync(devNull, "w");
  } catch {
    // No null device: the loops are compiled again now and then, as before.
    return;
  }
  try {
    exercise(new CsvByteWriter(fd, true, SMALL_BUFFER));
  } finally {
    closeSync(fd);
  }
}

/** The smallest buffer the writer takes: each method below meets it full. */
const SMALL_BUFFER = 64;

function exercise(w: CsvByteWriter): void {
  const fill = () => {
    for (let k = 0; k < SMALL_BUFFER; k++) w.comma();
  };
  // Each method with the buffer full, so that each one's flush runs.
  fill();
  w.comma();
  fill();
  w.newline();
  fill();
  w.number(1);
  fill();
  w.bytes(Uint8Array.of(49, 50));
  fill();
  w.ascii("true");
  fill();
  w.text("x");
  // Every kind of number: small, medium and large integers, negative, beyond 32 bits, not stated,
  // not finite, and fractions with and without prepared texts.
  for (const x of [7, 12345, 1234567890, -42, 2 ** 40, -(2 ** 40), Number.NaN, Number.POSITIVE_INFINITY, 0.5]) w.number(x);
  // Texts for more than one batch, so that moving on to the next batch runs too.
  const fractions = Float64Array.from({ length: 2049 }, (_, i) => i + 0.5);
  const texts = NumberTexts.of(fractions, null, fractions.length);
  for (const x of fractions) w.number(x, texts);
  // Cells short and long, a cell longer than the buffer, texts quoted, with quotes and guarded.
  w.bytes(new Uint8Array(40));
  w.bytes(new Uint8Array(2 * SMALL_BUFFER));
  for (const s of ["plain", "a,b", 'say "x"', "=1+1", "长文本".repeat(30)]) w.text(s);
  w.flush();
}
