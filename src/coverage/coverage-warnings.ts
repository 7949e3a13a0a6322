/**
 * The warning lines of a coverage answer: expected reports that are missing (the bodies that have not
 * published the latest year named first) and scope fields that could not be read. Missing reports do
 * not fail the command: they are the answer, and the warning says so on stderr.
 */
import type { Coverage } from "./coverage.js";
import { yearList } from "./coverage-grid-text.js";
import { bodyName } from "./coverage-tables.js";
import type { CoverageLang } from "./coverage-words.js";

/** Bodies named in a warning line, at most; the tables name every one. */
const NAMED = 8;

export function coverageWarnings(c: Coverage, lang: CoverageLang): string[] {
  const lines: string[] = [];
  const missing = c.rows.flatMap((r) => r.cells.filter((x) => x.status === "missing").map((x) => ({ r, year: x.year })));
  if (missing.length > 0) {
    const lagging = c.rows.filter((r) => r.latest_missing);
    const behind =
      lagging.length > 0
        ? `; ${lagging.length} of ${c.rows.length} bodies have not published ${c.latest}: ${names(lagging.map((r) => bodyName(r, lang)))}`
        : "";
    const gaps = missing.filter((m) => m.year !== c.latest);
    const gapText =
      gaps.length > 0
        ? `; other years missing: ${names([...groupBy(gaps).entries()].map(([r, years]) => `${bodyName(r, lang)} (${yearList(years)})`))}`
        : "";
    lines.push(`warning: ${missing.length} expected report${missing.length === 1 ? " is" : "s are"} missing${behind}${gapText}`);
  }
  for (const p of c.scope_problems) lines.push(`warning: ${p}; scope changes of that body are not shown`);
  return lines;
}

function groupBy<R>(xs: readonly { r: R; year: number }[]): Map<R, number[]> {
  const out = new Map<R, number[]>();
  for (const { r, year } of xs) out.set(r, [...(out.get(r) ?? []), year]);
  return out;
}

function names(xs: readonly string[]): string {
  return xs.length > NAMED ? `${xs.slice(0, NAMED).join(", ")}, … (${xs.length - NAMED} more)` : xs.join(", ");
}
