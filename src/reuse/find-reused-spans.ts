/** A stretch of the new text found in the old: `length` units from `newStart` equal those from `oldStart`. */
export interface ReusedSpan {
  newStart: number;
  oldStart: number;
  length: number;
}

/** What of the new units is found in the old. */
export interface ReusedSpans {
  /** `covered[i]` is 1 when new unit i lies in a stretch of at least `minLength` units found in the old. */
  covered: Uint8Array;
  /** How many units are covered. */
  coveredCount: number;
  /** The stretches, each as long as it goes, in the order they start in the new text; they may overlap. */
  spans: ReusedSpan[];
}

const BASE = 0x01000193;
/** How many earlier places of one window in the old text are tried when extending a stretch. */
const MAX_CANDIDATES = 16;

/**
 * Finds every stretch of at least `minLength` units of `neu` that also occurs in `old`, in time linear in
 * the two lengths: the old text's windows of `minLength` units are indexed by a rolling hash (each hit is
 * compared character by character, so a hash collision never counts), the new text's windows are looked
 * up in turn, and a hit is extended as far as it goes. A window lying wholly inside a stretch already
 * found is not looked up again (every part of a stretch occurs in the old too), which keeps repetitive
 * texts from doing the same work twice. `covered` is exactly the union of the matching windows.
 */
export function findReusedSpans(old: string, neu: string, minLength: number): ReusedSpans {
  const k = minLength;
  const covered = new Uint8Array(neu.length);
  const spans: ReusedSpan[] = [];
  if (k < 1 || old.length < k || neu.length < k) return { covered, coveredCount: 0, spans };
  const top = power(BASE, k - 1);
  // The last place of each hash in the old text, and for each place the previous place of its hash.
  const last = new Map<number, number>();
  const previous = new Int32Array(old.length - k + 1);
  let h = windowHash(old, 0, k);
  for (let p = 0; ; p++) {
    previous[p] = last.get(h) ?? -1;
    last.set(h, p);
    if (p + k >= old.length) break;
    h = roll(h, old.charCodeAt(p), old.charCodeAt(p + k), top);
  }
  let coverEnd = 0;
  let coveredCount = 0;
  h = windowHash(neu, 0, k);
  for (let j = 0; ; j++) {
    if (j + k > coverEnd) {
      let best = -1;
      let bestLength = 0;
      let tried = 0;
      for (let p = last.get(h) ?? -1; p >= 0 && tried < MAX_CANDIDATES; p = previous[p] as number) {
        tried++;
        if (!sameWindow(old, p, neu, j, k)) continue;
        let length = k;
        while (p + length < old.length && j + length < neu.length && old.charCodeAt(p + length) === neu.charCodeAt(j + length)) length++;
        // The earliest place wins a tie: the chain runs from the last place back.
        if (length >= bestLength) {
          best = p;
          bestLength = length;
        }
      }
      if (best >= 0) {
        spans.push({ newStart: j, oldStart: best, length: bestLength });
        for (let i = Math.max(j, coverEnd); i < j + bestLength; i++) covered[i] = 1;
        coveredCount += Math.max(0, j + bestLength - Math.max(j, coverEnd));
        coverEnd = Math.max(coverEnd, j + bestLength);
      }
    }
    if (j + k >= neu.length) break;
    h = roll(h, neu.charCodeAt(j), neu.charCodeAt(j + k), top);
  }
  return { covered, coveredCount, spans };
}

function windowHash(s: string, from: number, k: number): number {
  let h = 0;
  for (let i = from; i < from + k; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) >>> 0;
  return h;
}

/** The hash of the window one place on: drop `out`, append `into` (arithmetic modulo 2^32). */
function roll(h: number, out: number, into: number, top: number): number {
  return (Math.imul((h - Math.imul(out, top)) >>> 0, BASE) + into) >>> 0;
}

function power(b: number, e: number): number {
  let r = 1;
  for (let i = 0; i < e; i++) r = Math.imul(r, b) >>> 0;
  return r;
}

function sameWindow(a: string, i: number, b: string, j: number, k: number): boolean {
  for (let t = 0; t < k; t++) if (a.charCodeAt(i + t) !== b.charCodeAt(j + t)) return false;
  return true;
}
