/**
 * The index page over several bodies: a table linking each body's page with its years and audit
 * counts, and the charts that compare bodies: which body has a report for which year (who has not
 * published the latest), growth of the top-level figures as a heatmap, and the
 * trend of new requests across bodies and report eras (older reports through the crosswalk).
 */

import { findMetric, metricLabel } from "../catalogue/catalogue.js";
import type { GrowthChartRow, TrendChartRow } from "../charts/chart-rows.js";
import { growthHeatmap } from "../charts/growth-heatmap.js";
import type { ChartLang } from "../charts/theme.js";
import { trendChart } from "../charts/trend-chart.js";
import { trend } from "../compute/trend.js";
import type { ObservationTable } from "../core/observation-table.js";
import { coverageReportChart } from "../coverage/coverage-report-chart.js";
import { type MessageKey, say } from "../messages/catalogue.js";
import { escapeHtml } from "../render/html-escape.js";
import { htmlShell } from "../render/html-shell.js";
import { crosswalkNote } from "./crosswalk-note.js";
import type { EntityReport } from "./entity-report.js";
import { chartElementId } from "./entity-report-html.js";
import { tableWrap } from "./html-table.js";
import { countText } from "./number-text.js";
import { entityLabel, type ReportChart } from "./report-charts.js";
import { REPORT_STYLE } from "./report-style.js";

/** Figures compared across bodies when several have them. */
const CROSS_BODY_METRICS = ["requests_new", "result_total"] as const;

export function indexCharts(table: ObservationTable, reports: readonly EntityReport[], lang: ChartLang): ReportChart[] {
  const charts: ReportChart[] = [];
  // First, so a reader sees which years are missing before comparing bodies.
  const coverage = coverageReportChart(table, lang);
  if (coverage !== null) charts.push(coverage);
  const labels = new Map(reports.map((r) => [r.entity, entityLabel(r, lang)]));
  const growth: GrowthChartRow[] = reports.flatMap((r) =>
    r.changes
      .filter(
        (c) =>
          findMetric(c.metric)?.parent === null &&
          c.from_value !== null &&
          c.to_value !== null &&
          !(c.from_value === 0 && c.to_value === 0),
      )
      .map((c) => ({ ...c, entity_label: labels.get(r.entity) ?? r.entity })),
  );
  if (growth.length > 0) charts.push({ id: "growth-heatmap", section: "changes", spec: growthHeatmap(growth, { lang }) });
  for (const metric of CROSS_BODY_METRICS) {
    const series = trend(table, { metric }).series.filter((s) => s.points.some((p) => p.value !== null));
    if (series.length < 2) continue;
    const rows: TrendChartRow[] = series.flatMap((s) =>
      s.points.map((p) => ({
        entity: p.entity,
        entity_label: labels.get(p.entity) ?? p.entity,
        metric,
        year: p.year,
        value: p.value,
        basis: p.basis,
      })),
    );
    const crosswalked = series.some((s) => s.points.some((p) => p.basis === "crosswalk"));
    const subtitle = crosswalked ? crosswalkNote(lang) : undefined;
    charts.push({
      id: `trend-${metric}`,
      section: "trends",
      spec: trendChart(rows, { lang, title: metricLabel(metric, lang), ...(subtitle ? { subtitle } : {}) }),
    });
  }
  return charts;
}

export function indexHtml(
  reports: readonly EntityReport[],
  charts: readonly ReportChart[],
  pages: ReadonlyMap<string, string>,
  lang: ChartLang,
): string {
  const t = (k: MessageKey) => say(k, undefined, lang);
  const rows = reports.map((r) => {
    const count = (s: string) => r.findings.filter((f) => f.severity === s).length;
    const href = pages.get(r.entity) ?? "";
    const first = r.headline[0];
    const headline = first === undefined ? "" : `${metricLabel(first.metric, lang)} ${countText(first.value)}`;
    return `<tr><td><a href="${escapeHtml(encodeURI(href))}">${escapeHtml(entityLabel(r, lang))}</a></td><td>${escapeHtml(r.years.join(t("general.list_separator")))}</td><td>${escapeHtml(headline)}</td><td class="num sev-error">${count("error")}</td><td class="num sev-warning">${count("warning")}</td><td class="num sev-note">${count("note")}</td></tr>`;
  });
  const head = [t("report.body"), t("report.years"), t("report.headline"), t("report.error"), t("report.warning"), t("report.note")]
    .map((h) => `<th>${escapeHtml(h)}</th>`)
    .join("");
  const body = [
    `<h1>${escapeHtml(t("report.index_title"))}</h1>`,
    `<p class="meta">${escapeHtml(t("report.report_title"))}</p>`,
    tableWrap(`<table class="data"><thead><tr>${head}</tr></thead><tbody>\n${rows.join("\n")}\n</tbody></table>`),
    `<h2>${escapeHtml(t("report.cross_body"))}</h2>`,
    ...charts.map((c) => `<figure class="chart" id="${chartElementId(c)}" data-chart="${escapeHtml(c.id)}"></figure>`),
    `<p class="note">${escapeHtml(t("report.template_note"))}</p>`,
  ];
  return htmlShell({
    title: t("report.index_title"),
    lang,
    style: REPORT_STYLE,
    body: body.join("\n"),
    charts: charts.map((c) => ({ id: chartElementId(c), spec: c.spec })),
  });
}
