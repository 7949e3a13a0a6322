import type { BreakdownRow } from "../../compute/breakdown.js";
import type { ObservationTable } from "../../core/observation-table.js";
import type { TableData } from "../../format/table-data.js";
import { type ParsedOutput, roundPct } from "../command-options.js";
import { applicantLabel, cellLabel, entityName } from "../labels.js";
import { percentFormat, pointsFormat } from "./number-formats.js";

/**
 * The table of `breakdown`. Both denominators are explicit: share_of_parts_pct divides by parts_sum,
 * share_of_whole_pct by whole_value; the changes on the year before are in percentage points.
 */
export function breakdownTable(table: ObservationTable, rows: readonly BreakdownRow[], o: ParsedOutput): TableData {
  const pct = percentFormat(o.digits, false);
  const pp = pointsFormat(o.digits);
  return {
    columns: [
      { key: "entity", title: "entity" },
      { key: "entity_name", title: o.lang === "zh" ? "名称" : "name" },
      { key: "year", title: "year", align: "right" },
      { key: "group", title: "group" },
      { key: "metric", title: "part" },
      { key: "label", title: o.lang === "zh" ? "指标" : "label" },
      { key: "value", title: "value", align: "right" },
      { key: "parts_sum", title: "Σ parts", align: "right" },
      { key: "share_of_parts_pct", title: "% of Σ parts", align: "right", format: pct },
      { key: "whole", title: "whole" },
      { key: "whole_value", title: "whole value", align: "right" },
      { key: "share_of_whole_pct", title: "% of whole", align: "right", format: pct },
      { key: "printed_share_pct", title: "printed %", align: "right", format: (x) => `${x}%` },
      { key: "share_of_parts_change_pp", title: "Δ % of Σ parts", align: "right", format: pp },
      { key: "share_of_whole_change_pp", title: "Δ % of whole", align: "right", format: pp },
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
