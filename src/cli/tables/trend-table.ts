import type { TrendPoint, TrendSeries } from "../../compute/trend.js";
import type { ObservationTable } from "../../core/observation-table.js";
import type { TableData } from "../../format/table-data.js";
import { say } from "../../messages/catalogue.js";
import { type ParsedOutput, roundPct } from "../command-options.js";
import { entityName } from "../labels.js";
import { basisLabel, comparabilityLabel } from "./code-labels.js";
import { columnTitle } from "./column-title.js";
import { percentFormat, signedFormat } from "./number-formats.js";
import { scopeChangeText } from "./scope-change-text.js";

/** The points of `trend`: one row per entity and year. */
export function trendTable(table: ObservationTable, points: readonly TrendPoint[], o: ParsedOutput): TableData {
  const t = (key: string, as?: string) => columnTitle(key, o.lang, as);
  return {
    columns: [
      { key: "entity", title: t("entity"), extra: true },
      { key: "entity_name", title: t("entity_name") },
      { key: "year", title: t("year"), align: "right" },
      { key: "value", title: t("value"), align: "right" },
      { key: "change", title: t("change"), align: "right", format: signedFormat },
      { key: "change_pct", title: t("change_pct"), align: "right", format: percentFormat(o.digits, true) },
      { key: "index", title: t("index"), align: "right", format: (x) => (o.digits === null ? String(x) : x.toFixed(1)) },
      { key: "comparability", title: t("comparability", "trend_comparability"), text: comparabilityLabel },
      ...(points.some((p) => p.scope_from !== null) ? [{ key: "scope", title: say("scope.column", {}, o.lang) }] : []),
      { key: "basis", title: t("basis"), text: basisLabel },
      { key: "source_metrics", title: t("source_metrics"), extra: true },
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
  const t = (key: string) => columnTitle(key, o.lang);
  return {
    columns: [
      { key: "entity", title: t("entity"), extra: true },
      { key: "entity_name", title: t("entity_name") },
      { key: "first_year", title: t("first_year"), align: "right" },
      { key: "first_value", title: t("first_value"), align: "right" },
      { key: "last_year", title: t("last_year"), align: "right" },
      { key: "last_value", title: t("last_value"), align: "right" },
      { key: "cagr_pct", title: t("cagr_pct"), align: "right", format: percentFormat(o.digits, true) },
      { key: "base_year", title: t("base_year"), align: "right", extra: true },
      { key: "comparability", title: t("comparability"), text: comparabilityLabel },
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
