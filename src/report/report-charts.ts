/**
 * The charts of a body's report page, built from its EntityReport: trends of the key figures, growth of
 * the top-level figures, each breakdown (donut for the latest year, 100% bars across years, a slope
 * between the last two years for the results of requests), and the share audit.
 */

import type { TopLevelSpec } from "vega-lite";
import { findMetric, metricLabel } from "../catalogue/catalogue.js";
import { auditChart } from "../charts/audit-chart.js";
import { breakdownChart } from "../charts/breakdown-chart.js";
import type { BreakdownChartRow, GrowthChartRow, TrendChartRow } from "../charts/chart-rows.js";
import { donutChart } from "../charts/donut-chart.js";
import { growthChart } from "../charts/growth-chart.js";
import { slopeChart } from "../charts/slope-chart.js";
import type { ChartLang } from "../charts/theme.js";
import { trendChart } from "../charts/trend-chart.js";
import { BREAKDOWN_SPECS } from "../compute/breakdown-specs.js";
import { say } from "../messages/catalogue.js";
import { type AuditShareGroup, auditShareGroups } from "./audit-share-groups.js";
import type { EntityReport } from "./entity-report.js";
import { countText } from "./number-text.js";

export type ReportSection = "trends" | "changes" | "breakdowns" | "audit";

export interface ReportChart {
  /** File-name-safe id, unique within the page. */
  id: string;
  section: ReportSection;
  /** The breakdown group a breakdown chart shows. */
  group?: string;
  spec: TopLevelSpec;
}

/** Groups whose parts are shown as a slope between the last two years. */
const SLOPE_GROUPS = new Set(["result_categories", "answer_categories"]);

export function entityLabel(r: Pick<EntityReport, "name_zh" | "name_en">, lang: ChartLang): string {
  return lang === "zh" ? r.name_zh : r.name_en;
}

export function groupLabel(group: string, lang: ChartLang): string {
  const spec = BREAKDOWN_SPECS.find((s) => s.id === group);
  return spec === undefined ? group : lang === "zh" ? spec.label_zh : spec.label_en;
}

export function reportCharts(r: EntityReport, lang: ChartLang): ReportChart[] {
  const name = entityLabel(r, lang);
  const charts: ReportChart[] = [];
  for (const s of r.trends) {
    const rows: TrendChartRow[] = s.points.map((p) => ({
      entity: p.entity,
      entity_label: name,
      metric: p.metric,
      year: p.year,
      value: p.value,
      basis: p.basis,
    }));
    // Every chart of one body names the body and the years it covers.
    const span = yearSpan(s.points.map((p) => p.year));
    charts.push({
      id: `trend-${fileSafe(s.metric)}`,
      section: "trends",
      spec: trendChart(rows, { lang, subtitle: `${name} ${span}`, scopes: new Map([[r.entity, r.scopes]]) }),
    });
  }
  // Growth of the top-level figures between the last two years; a pair of zeros has no growth to draw.
  const pairs = [...new Set(r.changes.map((c) => c.to_year))].sort((a, b) => a - b);
  for (const to of pairs) {
    const rows: GrowthChartRow[] = r.changes
      .filter((c) => c.to_year === to && findMetric(c.metric)?.parent === null && !(c.from_value === 0 && c.to_value === 0))
      .filter((c) => c.from_value !== null && c.to_value !== null)
      .map((c) => ({ ...c, entity_label: name }));
    if (rows.length > 0) {
      // The pair's own years: the prior report need not be the year before.
      const from = rows[0]?.from_year ?? to - 1;
      charts.push({ id: `growth-${to}`, section: "changes", spec: growthChart(rows, { lang, subtitle: `${name} ${from}→${to}` }) });
    }
  }
  const groups = [...new Set(r.breakdowns.map((b) => b.group))];
  for (const group of groups) {
    const rows = r.breakdowns.filter((b) => b.group === group);
    const label = groupLabel(group, lang);
    const years = [...new Set(rows.map((b) => b.year))].sort((a, b) => a - b);
    const toChart = (b: (typeof rows)[number]): BreakdownChartRow => ({ ...b, entity_label: name });
    const latest = rows.filter((b) => b.year === years[years.length - 1]);
    if (nonZeroParts(latest) >= 2) {
      charts.push({
        id: `donut-${fileSafe(group)}`,
        section: "breakdowns",
        group,
        spec: donutChart(latest.map(toChart), { lang, title: `${label} ${latest[0]?.year}`, subtitle: name }),
      });
    }
    if (years.length >= 2 && nonZeroParts(rows) >= 2) {
      charts.push({
        id: `breakdown-${fileSafe(group)}`,
        section: "breakdowns",
        group,
        spec: breakdownChart(rows.map(toChart), { lang, title: label, subtitle: `${name} ${yearSpan(years)}` }),
      });
    }
    if (SLOPE_GROUPS.has(group) && years.length >= 2) {
      const from = years[years.length - 2] as number;
      const to = years[years.length - 1] as number;
      const slope: TrendChartRow[] = rows
        .filter((b) => (b.year === from || b.year === to) && b.applicant === null)
        .map((b) => ({ entity: b.entity, entity_label: name, metric: b.metric, year: b.year, value: b.value }));
      charts.push({
        id: `slope-${fileSafe(group)}`,
        section: "breakdowns",
        group,
        spec: slopeChart(slope, { lang, from, to, title: `${label} ${from} → ${to}`, subtitle: name }),
      });
    }
  }
  for (const g of auditShareGroups(r.breakdowns, r.findings)) {
    charts.push({
      id: `audit-${g.year}-${fileSafe(g.group)}`,
      section: "audit",
      spec: auditChart(g.rows, {
        lang,
        title: `${groupLabel(g.group, lang)} ${g.year}`,
        subtitle: `${name} · ${denominatorText(g, lang)}`,
      }),
    });
  }
  return charts;
}

/** What an audit chart's computed shares divide by: "分母：各项合计 106,582". */
export function denominatorText(g: Pick<AuditShareGroup, "group" | "denominator" | "denominator_value">, lang: ChartLang): string {
  const value = countText(g.denominator_value);
  if (g.denominator === "parts") return say("report.denominator_parts", { value }, lang);
  const whole = metricLabel(BREAKDOWN_SPECS.find((s) => s.id === g.group)?.whole.metric ?? "", lang);
  return say("report.denominator_whole", { whole, value }, lang);
}

function nonZeroParts(rows: readonly { value: number | null; metric: string; applicant: string | null }[]): number {
  return new Set(rows.filter((b) => b.value !== null && b.value > 0).map((b) => `${b.metric}/${b.applicant}`)).size;
}

/** "2016–2024", or the one year. */
function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return "";
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/** Metric and group ids hold dots; chart ids and file names use letters, digits, - and _. */
export function fileSafe(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]+/g, "-");
}
