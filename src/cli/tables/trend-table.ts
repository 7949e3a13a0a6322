import type { TrendPoint, TrendSeries } from "../../compute/trend.js";
import type { ObservationTable } from "../../core/observation-table.js";
import type { TableData } from "../../format/table-data.js";
import { say } from "../../messages/catalogue.js";
import { type ParsedOutput, roundPct } from "../command-options.js";
import { entityName } from "../labels.js";
import { percentFormat, signedFormat } from "./number-formats.js";
import { scopeChangeText } from "./scope-change-text.js";

/** The points of `trend`: one row per entity and year. */
export function trendTable(table: ObservationTable, points: readonly TrendPoint[], o: ParsedOutput): TableData {
  return {
    columns: [
      { key: "entity", title: "entity" },
      { key: "entity_name", title: o.lang === "zh" ? "名称" : "name" },
      { key: "year", title: "year", align: "right" },
      { key: "value", title: "value", align: "right" },
      { key: "change", title: "change", align: "right", format: signedFormat },
      { key: "change_pct", title: "change %", align: "right", format: percentFormat(o.digits, true) },
      { key: "index", title: "index", align: "right", format: (x) => (o.digits === null ? String(x) : x.toFixed(1)) },
      { key: "comparability", title: "vs year before" },
      ...(points.some((p) => p.scope_from !== null) ? [{ key: "scope", title: say("scope.column", {}, o.lang) }] : []),
      { key: "basis", title: "basis" },
      { key: "source_metrics", title: "from metrics" },
    ],
    rows: points.map((p) => ({
      entity: p.entity,
      entity_name: entityName(table, p.entity, o.lang),
      year: p.year,
      value: p.value,
      change: p.change,
      change_pct: roundPct(p.change_pct, o.digits),
      index: o.digits === null || p.index === null ? p.index : Math.round(p.index * 10 ** o.digits) / 10 ** o.digits,
      comparability: p.comparability,
      scope: scopeChangeText(p, o.lang),
      basis: p.basis,
      source_metrics: p.source_metrics.join("+"),
    })),
  };
}

/** One row per series: first and last figure and the compound annual growth. */
export function trendSummaryTable(table: ObservationTable, series: readonly TrendSeries[], o: ParsedOutput): TableData {
  return {
    columns: [
      { key: "entity", title: "entity" },
      { key: "entity_name", title: o.lang === "zh" ? "名称" : "name" },
      { key: "first_year", title: "first", align: "right" },
      { key: "first_value", title: "value", align: "right" },
      { key: "last_year", title: "last", align: "right" },
      { key: "last_value", title: "value", align: "right" },
      { key: "cagr_pct", title: "CAGR %/yr", align: "right", format: percentFormat(o.digits, true) },
      { key: "base_year", title: "index base", align: "right" },
      { key: "comparability", title: "comparability" },
    ],
    rows: series.map((s) => ({
      entity: s.entity,
      entity_name: entityName(table, s.entity, o.lang),
      first_year: s.first_year,
      first_value: s.first_value,
      last_year: s.last_year,
      last_value: s.last_value,
      cagr_pct: roundPct(s.cagr_pct, o.digits),
      base_year: s.base_year,
      comparability: s.comparability,
    })),
  };
}
