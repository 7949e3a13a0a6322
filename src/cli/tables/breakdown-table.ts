import type { BreakdownRow } from "../../compute/breakdown.js";
import type { ObservationTable } from "../../core/observation-table.js";
import type { TableData } from "../../format/table-data.js";
import { type ParsedOutput, roundPct } from "../command-options.js";
import { applicantLabel, cellLabel, entityName } from "../labels.js";
import { columnTitle } from "./column-title.js";
import { percentFormat, pointsFormat } from "./number-formats.js";

/**
 * The table of `breakdown`. Both denominators are explicit: share_of_parts_pct divides by parts_sum,
 * share_of_whole_pct by whole_value; the changes on the year before are in percentage points.
 */
export function breakdownTable(table: ObservationTable, rows: readonly BreakdownRow[], o: ParsedOutput): TableData {
  const pct = percentFormat(o.digits, false);
  const pp = pointsFormat(o.digits);
  const t = (key: string, as?: string) => columnTitle(key, o.lang, as);
  return {
    columns: [
      { key: "entity", title: t("entity"), extra: true },
      { key: "entity_name", title: t("entity_name") },
      { key: "year", title: t("year"), align: "right" },
      { key: "group", title: t("group"), extra: true },
      { key: "metric", title: t("metric", "part"), extra: true },
      { key: "label", title: t("label") },
      { key: "value", title: t("value"), align: "right" },
      { key: "parts_sum", title: t("parts_sum"), align: "right", extra: true },
      { key: "share_of_parts_pct", title: t("share_of_parts_pct"), align: "right", format: pct },
      { key: "whole", title: t("whole"), extra: true },
      { key: "whole_value", title: t("whole_value"), align: "right", extra: true },
      { key: "share_of_whole_pct", title: t("share_of_whole_pct"), align: "right", format: pct },
      { key: "printed_share_pct", title: t("printed_share_pct"), align: "right", format: (x) => `${x}%`, extra: true },
      { key: "share_of_parts_change_pp", title: t("share_of_parts_change_pp"), align: "right", format: pp },
      { key: "share_of_whole_change_pp", title: t("share_of_whole_change_pp"), align: "right", format: pp, extra: true },
    ],
    rows: rows.map((r) => ({
      entity: r.entity,
      entity_name: entityName(table, r.entity, o.lang),
      year: r.year,
      group: r.group,
      metric: r.applicant === null ? r.metric : `${r.metric}:${r.applicant}`,
      label: r.applicant === null ? cellLabel(r.metric, null, o.lang) : applicantLabel(r.applicant, o.lang),
      value: r.value,
      parts_sum: r.parts_sum,
      share_of_parts_pct: roundPct(r.share_of_parts, o.digits),
      whole: r.whole,
      whole_value: r.whole_value,
      share_of_whole_pct: roundPct(r.share_of_whole, o.digits),
      printed_share_pct: r.printed_share,
      share_of_parts_change_pp: roundPct(r.share_of_parts_change_pp, o.digits),
      share_of_whole_change_pp: roundPct(r.share_of_whole_change_pp, o.digits),
    })),
  };
}
