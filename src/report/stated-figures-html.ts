/**
 * The overview of a body-year with few figures: a plain sentence saying how many figures the data holds
 * and from which report, and the figures themselves. Such a year has no key-figure cards to show, and a
 * page that only said so (or showed empty sections) would read as if the data were lost.
 */
import { findMetric, metricLabel } from "../catalogue/catalogue.js";
import { applicantLabel } from "../charts/applicant-label.js";
import type { ChartLang } from "../charts/theme.js";
import { unitLabel } from "../charts/unit-label.js";
import { say } from "../messages/catalogue.js";
import { escapeHtml } from "../render/html-escape.js";
import { disputedText } from "./disputed-text.js";
import { type EntityReport, FEW_FIGURES } from "./entity-report.js";
import { htmlTable } from "./html-table.js";
import { countText } from "./number-text.js";
import { entityLabel } from "./report-charts.js";
import { scopeChangeWarning } from "./scope-change-text.js";
import { sectionLabel } from "./section-label.js";

/** True when the latest year's page lists its figures instead of showing key-figure cards. */
export function isSparse(r: Pick<EntityReport, "latest_figures" | "headline">): boolean {
  return r.latest_figures.length < FEW_FIGURES || r.headline.length === 0;
}

export function statedFiguresHtml(r: EntityReport, lang: ChartLang): string {
  const n = r.latest_figures.length;
  const name = entityLabel(r, lang);
  const y = r.latest_year;
  // The report sections the figures come from, each named once, in the order the data gives them.
  const sections = [...new Set(r.latest_figures.map((f) => sectionLabel(findMetric(f.metric)?.section ?? f.metric, lang)))];
  const sentence = say(
    n === 1 ? "report.sparse_one" : "report.sparse",
    { name, year: y, count: n, sections: sections.join(say("report.section_separator", undefined, lang)) },
    lang,
  );
  const earlier = r.years.filter((x) => x !== y);
  const others =
    earlier.length === 0 ? "" : say("report.sparse_others", { years: earlier.join(say("general.list_separator", undefined, lang)) }, lang);
  const table = htmlTable({
    columns: [
      { key: "metric", title: say("report.metric", undefined, lang) },
      { key: "value", title: say("report.value", undefined, lang), align: "right" },
      { key: "unit", title: say("report.unit", undefined, lang) },
      // A warnings column only when a figure has one.
      ...(r.latest_figures.some((f) => f.applicant === null && warningOf(r, f.metric, lang) !== "") ? [{ key: "warning", title: "" }] : []),
    ],
    rows: r.latest_figures.map((f) => ({
      // The warnings a key figure's card would carry go with it here.
      warning: f.applicant === null ? warningOf(r, f.metric, lang) : "",
      metric: f.applicant === null ? metricLabel(f.metric, lang) : `${metricLabel(f.metric, lang)} · ${applicantLabel(f.applicant, lang)}`,
      value: countText(f.value),
      unit: unitLabel(findMetric(f.metric)?.unit ?? "", lang),
    })),
  });
  return `<p class="sparse">${escapeHtml(sentence + others)}</p>\n${table}`;
}

function warningOf(r: EntityReport, metric: string, lang: ChartLang): string {
  const h = r.headline.find((x) => x.metric === metric);
  if (h === undefined) return "";
  const marks = [
    h.disputed_years.length === 0 ? null : disputedText(h.disputed_years, lang),
    h.scope_change === null ? null : scopeChangeWarning(h.scope_change, lang),
  ].filter((x): x is string => x !== null);
  return marks.map((m) => `⚠ ${m}`).join(" ");
}
