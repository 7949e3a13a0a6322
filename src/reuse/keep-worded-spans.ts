import type { ReusedSpan, ReusedSpans } from "./find-reused-spans.js";

/**
 * Keeps the stretches that hold at least `minWords` units of words (not figures), and recomputes what
 * they cover. Figures match any figure (or are digits, with --figures exact), so a run of figures alone —
 * a table row such as "1 1 0 0 2 1 0 0 0 1 2 0 1 0 3" outside the tables found — would match any other
 * table's row: it says nothing about copied text. A stretch with words keeps its figures.
 */
export function keepWordedSpans(found: ReusedSpans, neu: string, minWords: number): ReusedSpans {
  // words[i]: the units of words among the first i units.
  const words = new Int32Array(neu.length + 1);
  for (let i = 0; i < neu.length; i++) words[i + 1] = (words[i] as number) + (isFigure(neu.charCodeAt(i)) ? 0 : 1);
  const covered = new Uint8Array(neu.length);
  const spans: ReusedSpan[] = [];
  let coveredCount = 0;
  for (const span of found.spans) {
    const end = span.newStart + span.length;
    if ((words[end] as number) - (words[span.newStart] as number) < minWords) continue;
    spans.push(span);
    for (let i = span.newStart; i < end; i++) {
      if (covered[i] === 0) {
        covered[i] = 1;
        coveredCount++;
      }
    }
  }
  return { covered, coveredCount, spans };
}

/** The unit of a figure: "#" (any figure) or a digit (exact figures). */
function isFigure(c: number): boolean {
  return c === 0x23 || (c >= 0x30 && c <= 0x39);
}
