/**
 * The warning lines of a coverage answer: expected reports that are missing (the bodies that have not
 * published the latest year named first), reports failing validation, and scope fields that could not be read. Missing reports do
 * not fail the command: they are the answer, and the warning says so on stderr.
 */
import { say } from "../messages/catalogue.js";
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
    lines.push(
      missing.length === 1 ? say("cli.coverage_missing_one", {}, lang) : say("cli.coverage_missing", { count: missing.length }, lang),
    );
    const lagging = c.rows.filter((r) => r.latest_missing);
    if (lagging.length > 0)
      lines.push(
        say(
          "cli.coverage_not_published",
          {
            year: c.latest ?? "",
            count: lagging.length,
            bodies: c.rows.length,
            names: names(
              lagging.map((r) => bodyName(r, lang)),
              lang,
            ),
          },
          lang,
        ),
      );
    const gaps = missing.filter((m) => m.year !== c.latest);
    if (gaps.length > 0)
      lines.push(
        say(
          "cli.coverage_other_missing",
          {
            names: names(
              [...groupBy(gaps).entries()].map(([r, years]) => `${bodyName(r, lang)} ${yearList(years)}`),
              lang,
            ),
          },
          lang,
        ),
      );
  }
  const failing = c.rows.reduce((n, r) => n + r.cells.filter((x) => x.status === "failing").length, 0);
  if (failing > 0 || c.other_problems > 0) {
    const other =
      c.other_problems === 0
        ? ""
        : c.other_problems === 1
          ? say("cli.coverage_other_problem_one", {}, lang)
          : say("cli.coverage_other_problems", { count: c.other_problems }, lang);
    lines.push(
      failing === 1 ? say("cli.coverage_failing_one", { other }, lang) : say("cli.coverage_failing", { count: failing, other }, lang),
    );
  }
  for (const p of c.scope_problems) lines.push(say("cli.coverage_scope_problem", { problem: p }, lang));
  return lines;
}

function groupBy<R>(xs: readonly { r: R; year: number }[]): Map<R, number[]> {
  const out = new Map<R, number[]>();
  for (const { r, year } of xs) out.set(r, [...(out.get(r) ?? []), year]);
  return out;
}

function names(xs: readonly string[], lang: CoverageLang): string {
  const sep = lang === "zh" ? "、" : "; ";
  return xs.length > NAMED
    ? `${xs.slice(0, NAMED).join(sep)}${sep}${say("cli.coverage_more", { count: xs.length - NAMED }, lang)}`
    : xs.join(sep);
}
