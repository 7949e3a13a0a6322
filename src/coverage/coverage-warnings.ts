/**
 * The warning lines of a coverage answer: expected reports that are missing (the bodies that have not
 * published the latest year named first), reports failing validation, and scope fields that could not be read. Missing reports do
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
    // A line per kind, indented under the warning: names in English may hold commas of their own.
    lines.push(`warning: ${missing.length} expected report${missing.length === 1 ? " is" : "s are"} missing`);
    const lagging = c.rows.filter((r) => r.latest_missing);
    if (lagging.length > 0)
      lines.push(
        `  not published ${c.latest} (${lagging.length} of ${c.rows.length} bodies): ${names(
          lagging.map((r) => bodyName(r, lang)),
          lang,
        )}`,
      );
    const gaps = missing.filter((m) => m.year !== c.latest);
    if (gaps.length > 0)
      lines.push(
        `  other years missing: ${names(
          [...groupBy(gaps).entries()].map(([r, years]) => `${bodyName(r, lang)} ${yearList(years)}`),
          lang,
        )}`,
      );
  }
  const failing = c.rows.reduce((n, r) => n + r.cells.filter((x) => x.status === "failing").length, 0);
  if (failing > 0 || c.other_problems > 0)
    lines.push(
      `warning: ${failing} report${failing === 1 ? "" : "s"} fail${failing === 1 ? "s" : ""} validation${c.other_problems > 0 ? `, and ${c.other_problems} problem${c.other_problems === 1 ? " is" : "s are"} in no one body's year` : ""}; \`disclosure-trends validate\` lists every problem`,
    );
  for (const p of c.scope_problems) lines.push(`warning: ${p}; scope changes of that body are not shown`);
  return lines;
}

function groupBy<R>(xs: readonly { r: R; year: number }[]): Map<R, number[]> {
  const out = new Map<R, number[]>();
  for (const { r, year } of xs) out.set(r, [...(out.get(r) ?? []), year]);
  return out;
}

function names(xs: readonly string[], lang: CoverageLang): string {
  const sep = lang === "zh" ? "、" : "; ";
  return xs.length > NAMED ? `${xs.slice(0, NAMED).join(sep)}${sep}… (${xs.length - NAMED} more)` : xs.join(sep);
}
