import { findMetric } from "../../catalogue/catalogue.js";
import { UsageError } from "../../errors.js";
import { say } from "../../messages/catalogue.js";

/**
 * The rows whose metric belongs to one of the catalogue sections named by --section (proactive,
 * requests, t3, t4, …); all rows without it. A section that no row belongs to is an error naming the
 * sections the rows do hold, never an empty table.
 */
export function inSections<R extends { metric: string }>(rows: readonly R[], sections: readonly string[] | undefined): R[] {
  if (sections === undefined || sections.length === 0) return [...rows];
  const sectionOf = (r: R) => findMetric(r.metric)?.section ?? "";
  const held = [...new Set(rows.map(sectionOf))].filter((s) => s !== "").sort();
  const missing = sections.filter((s) => !held.includes(s));
  if (missing.length > 0)
    throw new UsageError(
      say("table.view.filter_no_match", { option: "--section", values: missing.join(", "), held: held.join(", ") || "—" }),
    );
  return rows.filter((r) => sections.includes(sectionOf(r)));
}
