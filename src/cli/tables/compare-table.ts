import type { ChangeRow } from "../../compute/change-table.js";
import type { ObservationTable } from "../../core/observation-table.js";
import type { TableData } from "../../format/table-data.js";
import { say } from "../../messages/catalogue.js";
import { type ParsedOutput, roundPct } from "../command-options.js";
import { cellLabel, entityName } from "../labels.js";
import { basisLabel, comparabilityLabel } from "./code-labels.js";
import { columnTitle } from "./column-title.js";
import { percentFormat, signedFormat } from "./number-formats.js";
import { scopeChangeText } from "./scope-change-text.js";

/**
 * The table of `compare`: one row per series, the two years' figures, the change and the percent change
 * (column change_pct, in percent, rounded to `digits`).
 */
export function compareTable(table: ObservationTable, rows: readonly ChangeRow[], from: number, to: number, o: ParsedOutput): TableData {
  const withApplicant = rows.some((r) => r.applicant !== null);
  // Derived figures (subtotals summed from their rows, baselines worked out from a printed change) are
  // marked, with their formula in files.
  const withDerived = rows.some((r) => r.derivation !== null);
  // The headings of the value columns name the years in tables meant for reading; files keep year columns.
  const yearColumns = o.format === "csv" || o.format === "json";
  const t = (key: string) => columnTitle(key, o.lang);
  return {
    columns: [
      { key: "entity", title: t("entity"), extra: true },
      { key: "entity_name", title: t("entity_name") },
      { key: "metric", title: t("metric"), extra: true },
      { key: "label", title: t("label") },
      ...(withApplicant ? [{ key: "applicant", title: t("applicant") }] : []),
      ...(yearColumns ? [{ key: "from_year", title: t("from_year"), align: "right" as const }] : []),
      { key: "from_value", title: String(from), align: "right" as const },
      ...(yearColumns ? [{ key: "to_year", title: t("to_year"), align: "right" as const }] : []),
      { key: "to_value", title: String(to), align: "right" as const },
      { key: "change", title: t("change"), align: "right" as const, format: signedFormat },
      { key: "change_pct", title: t("change_pct"), align: "right" as const, format: percentFormat(o.digits, true) },
      { key: "comparability", title: t("comparability"), text: comparabilityLabel },
      // Which scopes a scope_changed row compares (全区→办公室), when any row has one.
      // Extra in the terminal: comparability already says scope_changed, and the table must fit 100 columns.
      ...(rows.some((r) => r.scope_from !== null) ? [{ key: "scope", title: say("scope.column", {}, o.lang), extra: true }] : []),
      ...(withDerived ? [{ key: "basis", title: t("basis"), text: basisLabel }] : []),
      ...(withDerived && yearColumns ? [{ key: "derivation", title: t("derivation") }] : []),
    ],
    rows: rows.map((r) => ({
      entity: r.entity,
      entity_name: entityName(table, r.entity, o.lang),
      metric: r.metric,
      label: cellLabel(r.metric, null, o.lang),
      applicant: r.applicant,
      from_year: r.from_year,
      from_value: r.from_value,
      to_year: r.to_year,
      to_value: r.to_value,
      change: r.change,
      change_pct: roundPct(r.change_pct, o.digits),
      comparability: r.comparability,
      scope: scopeChangeText(r, o.lang),
      basis: basisText(r),
      derivation: r.derivation,
    })),
  };
}

/** "derived" when both figures are, else the year of the one derived figure ("2016 derived"); "" when printed. */
function basisText(r: ChangeRow): string {
  const from = r.from_basis === "derived";
  const to = r.to_basis === "derived";
  if (from && to) return "derived";
  if (from) return `${r.from_year} derived`;
  if (to) return `${r.to_year} derived`;
  return "";
}
