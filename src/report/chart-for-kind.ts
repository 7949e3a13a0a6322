/**
 * One chart from a table, by kind and selection, for the `chart` command: the data comes from the
 * compute and audit modules, the drawing from the chart builders. A selection that leaves nothing to
 * draw is a UsageError that says what the data does hold.
 */

import type { TopLevelSpec } from "vega-lite";
import { audit } from "../audit/audit.js";
import { findMetric } from "../catalogue/catalogue.js";
import { auditChart } from "../charts/audit-chart.js";
import { breakdownChart } from "../charts/breakdown-chart.js";
import type { BreakdownChartRow, GrowthChartRow, TrendChartRow } from "../charts/chart-rows.js";
import { donutChart } from "../charts/donut-chart.js";
import { growthChart } from "../charts/growth-chart.js";
import { growthHeatmap } from "../charts/growth-heatmap.js";
import { slopeChart } from "../charts/slope-chart.js";
import type { ChartLang } from "../charts/theme.js";
import { trendChart } from "../charts/trend-chart.js";
import { breakdown } from "../compute/breakdown.js";
import { BREAKDOWN_SPECS } from "../compute/breakdown-specs.js";
import { changeBetween } from "../compute/change-between.js";
import type { ChangeRow } from "../compute/change-table.js";
import { trend } from "../compute/trend.js";
import { yoy } from "../compute/yoy.js";
import type { ObservationTable } from "../core/observation-table.js";
import { scopeByYear } from "../coverage/scope-by-year.js";
import { UsageError } from "../errors.js";
import { say } from "../messages/catalogue.js";
import { auditShareGroups } from "./audit-share-groups.js";
import { crosswalkNote } from "./crosswalk-note.js";
import { denominatorText, groupLabel } from "./report-charts.js";

export const CHART_KINDS = ["trend", "growth", "heatmap", "breakdown", "donut", "slope", "audit"] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export interface ChartSelection {
  metrics?: readonly string[];
  entities?: readonly string[];
  group?: string;
  year?: number;
  from?: number;
  to?: number;
  lang?: ChartLang;
  title?: string;
}

export function parseChartKind(kind: string): ChartKind {
  if ((CHART_KINDS as readonly string[]).includes(kind)) return kind as ChartKind;
  throw new UsageError(say("report.chart_kind_unknown", { kind, kinds: CHART_KINDS.join(", ") }));
}

export function chartForKind(table: ObservationTable, kind: ChartKind, s: ChartSelection): TopLevelSpec {
  const lang = s.lang ?? "zh";
  const label = (entity: string) => {
    const info = table.entityInfo.get(entity);
    return info === undefined ? entity : lang === "zh" ? info.name_zh : info.name_en;
  };
  const title = s.title === undefined ? {} : { title: s.title };
  const inSpan = (y: number) => (s.from === undefined || y >= s.from) && (s.to === undefined || y <= s.to);
  switch (kind) {
    case "trend": {
      const metrics = need(s.metrics, "--metric", "trend");
      const points = metrics.flatMap((metric) =>
        trend(table, { metric, ...(s.entities ? { entities: s.entities } : {}) })
          .rows()
          .filter((p) => inSpan(p.year)),
      );
      const rows: TrendChartRow[] = points.map((p) => ({
        entity: p.entity,
        entity_label: label(p.entity),
        metric: p.metric,
        year: p.year,
        value: p.value,
        // An older form's figure read through the crosswalk is drawn hollow.
        basis: p.basis,
      }));
      const crosswalked = points.some((p) => p.basis === "crosswalk");
      return trendChart(nonEmpty(rows, say("report.chart_empty_trend")), {
        lang,
        ...(crosswalked ? { subtitle: crosswalkNote(lang) } : {}),
        // Each body's scope by year (entity.json's `scope`), so a scope change is marked like a template change.
        scopes: new Map(
          [...new Set(rows.map((r) => r.entity))].map((e) => {
            const years = rows.filter((r) => r.entity === e).map((r) => r.year);
            return [e, scopeByYear(table.entityInfo.get(e), years, `entity.json of ${e}`).scopes];
          }),
        ),
        ...title,
      });
    }
    case "growth":
    case "heatmap": {
      const rows: GrowthChartRow[] = changes(table, s)
        .filter((c) => c.from_value !== null && c.to_value !== null && !(c.from_value === 0 && c.to_value === 0))
        .map((c) => ({ ...c, entity_label: label(c.entity) }));
      const kept = nonEmpty(rows, say("report.chart_empty_pairs"));
      return kind === "growth" ? growthChart(kept, { lang, ...title }) : growthHeatmap(kept, { lang, ...title });
    }
    case "breakdown":
    case "donut": {
      const group = groupOf(s);
      const rows: BreakdownChartRow[] = breakdown(table, { group, ...(s.entities ? { entities: s.entities } : {}) })
        .filter((b) => inSpan(b.year) && (s.year === undefined || b.year === s.year))
        .map((b) => ({ ...b, entity_label: label(b.entity) }));
      nonEmpty(rows, say("report.chart_empty_group", { group }));
      const name = groupLabel(group, lang);
      if (kind === "breakdown") return breakdownChart(rows, { lang, title: name, ...title });
      const entities = [...new Set(rows.map((r) => r.entity))];
      if (entities.length > 1) throw new UsageError(say("report.chart_donut_one_body", { entities: entities.join(", ") }));
      const year = s.year ?? Math.max(...rows.map((r) => r.year));
      return donutChart(
        rows.filter((r) => r.year === year),
        // A given --title replaces the one with the year: the subtitle then carries it.
        { lang, title: `${name} ${year}`, subtitle: `${label(entities[0] as string)}${s.title === undefined ? "" : ` ${year}`}`, ...title },
      );
    }
    case "slope": {
      // A group's parts come from the breakdown, which also derives the subtotals tables leave out.
      const rows: TrendChartRow[] = s.group
        ? breakdown(table, { group: groupOf(s), ...(s.entities ? { entities: s.entities } : {}) })
            .filter((b) => b.applicant === null)
            .map((b) => ({ entity: b.entity, entity_label: label(b.entity), metric: b.metric, year: b.year, value: b.value }))
        : need(s.metrics, say("report.chart_metric_or_group"), "slope").flatMap((metric) =>
            trend(table, { metric, crosswalk: false, ...(s.entities ? { entities: s.entities } : {}) })
              .rows()
              .map((p) => ({ entity: p.entity, entity_label: label(p.entity), metric, year: p.year, value: p.value })),
          );
      const years = [...new Set(nonEmpty(rows, say("report.chart_empty_figures")).map((r) => r.year))].sort((a, b) => a - b);
      const from = s.from ?? (years[0] as number);
      const to = s.to ?? (years[years.length - 1] as number);
      if (from === to) throw new UsageError(say("report.chart_slope_one_year", { year: from }));
      return slopeChart(rows, { lang, from, to, ...title });
    }
    case "audit": {
      const entities = s.entities ?? [...table.entityNames];
      const findings = audit(table, { entities, checks: ["printed_share"] });
      const parts = breakdown(table, { entities, ...(s.group ? { group: groupOf(s) } : {}) });
      const groups = auditShareGroups(parts, findings).filter((g) => s.year === undefined || g.year === s.year);
      if (groups.length === 0) throw new UsageError(say("report.chart_no_printed_shares"));
      if (groups.length > 1) {
        const list = groups.map((g) => `--group ${g.group} --year ${g.year}`).join("; ");
        throw new UsageError(say("report.chart_choose_group", { choices: list }));
      }
      const g = groups[0] as (typeof groups)[number];
      // Audit rows carry no body: the body whose breakdown this is, when it is one, is named here (with
      // the year when a given --title replaces the one that has it).
      const bodies = [...new Set(parts.filter((b) => b.group === g.group && b.year === g.year).map((b) => b.entity))];
      const entity = bodies.length === 1 ? `${label(bodies[0] as string)}${s.title === undefined ? "" : ` ${g.year}`} · ` : "";
      return auditChart(g.rows, {
        lang,
        title: `${groupLabel(g.group, lang)} ${g.year}`,
        subtitle: `${entity}${denominatorText(g, lang)}`,
        ...title,
      });
    }
  }
}

/** The year-over-year changes, or the change between --from and --to, of the selected figures. */
function changes(table: ObservationTable, s: ChartSelection): ChangeRow[] {
  const filter = { ...(s.metrics?.length ? { metrics: s.metrics } : {}), ...(s.entities ? { entities: s.entities } : {}) };
  const rows = s.from !== undefined && s.to !== undefined ? changeBetween(table, s.from, s.to, filter).rows() : yoy(table, filter).rows();
  return rows.filter(
    (c) =>
      c.applicant === null &&
      (s.year === undefined || c.to_year === s.year) &&
      // Without --metric, the top-level figures only: sub-rows would crowd the chart.
      (s.metrics?.length ? true : findMetric(c.metric)?.parent === null),
  );
}

function groupOf(s: ChartSelection): string {
  if (s.group !== undefined) {
    if (BREAKDOWN_SPECS.some((g) => g.id === s.group)) return s.group;
    throw new UsageError(say("report.chart_group_unknown", { group: s.group, groups: BREAKDOWN_SPECS.map((g) => g.id).join(", ") }));
  }
  const whole = s.metrics?.[0];
  const byWhole = BREAKDOWN_SPECS.find((g) => g.whole.metric === whole);
  if (byWhole) return byWhole.id;
  throw new UsageError(say("report.chart_group_needed", { groups: BREAKDOWN_SPECS.map((g) => g.id).join(", ") }));
}

function need<T>(xs: readonly T[] | undefined, option: string, kind: string): readonly T[] {
  if (!xs?.length) throw new UsageError(say("report.chart_needs_option", { kind, option }));
  return xs;
}

function nonEmpty<T>(xs: T[], why: string): T[] {
  if (xs.length === 0) throw new UsageError(say("report.chart_nothing_to_draw", { why }));
  return xs;
}
