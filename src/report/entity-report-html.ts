/**
 * One body's report as a self-contained offline HTML page: overview cards, trends, year-over-year
 * changes, breakdowns and the audit, each with its charts and tables. Every text from the data (names,
 * labels, findings, quoted report sentences) is escaped; the charts go in through the page frame.
 */

import type { Finding } from "../audit/finding.js";
import { findMetric, metricLabel } from "../catalogue/catalogue.js";
import { applicantLabel } from "../charts/applicant-label.js";
import type { ChartLang } from "../charts/theme.js";
import { unitLabel } from "../charts/unit-label.js";
import { BREAKDOWN_SPECS } from "../compute/breakdown-specs.js";
import type { ChangeRow } from "../compute/change-table.js";
import { scopeChanges } from "../coverage/scope-by-year.js";
import { sourcePlaceText } from "../format/source-place.js";
import type { TableData } from "../format/table-data.js";
import { type MessageKey, say } from "../messages/catalogue.js";
import { escapeHtml } from "../render/html-escape.js";
import { htmlShell } from "../render/html-shell.js";
import { disputedText } from "./disputed-text.js";
import type { EntityReport } from "./entity-report.js";
import { checkLabel, findingSummary } from "./finding-summary.js";
import { htmlTable, tableWrap } from "./html-table.js";
import { levelLabel } from "./level-label.js";
import { countText, percentText, signedCountText, signedPercentText } from "./number-text.js";
import { entityLabel, groupLabel, type ReportChart, type ReportSection } from "./report-charts.js";
import { REPORT_STYLE } from "./report-style.js";
import { scopeChangeWarning } from "./scope-change-text.js";
import { isSparse, statedFiguresHtml } from "./stated-figures-html.js";

export interface EntityReportHtmlOptions {
  lang?: ChartLang;
  /** Relative folder of the chart files written beside the page, for links; none when omitted. */
  chartDir?: string;
  /** The chart file formats written there. Default vl.json and svg. */
  chartFormats?: readonly string[];
  /** Relative link back to the index page, when there is one. */
  indexHref?: string;
  /** The text-reuse section (report --texts): its heading for the contents and its HTML, put before the notes. */
  reuse?: { title: string; html: string };
}

export function entityReportHtml(r: EntityReport, charts: readonly ReportChart[], options: EntityReportHtmlOptions = {}): string {
  const lang = options.lang ?? "zh";
  const t = (k: MessageKey) => say(k, undefined, lang);
  const name = entityLabel(r, lang);
  const chartBlock = (c: ReportChart) => {
    const files =
      options.chartDir === undefined
        ? ""
        : `<div class="files">${(options.chartFormats ?? ["vl.json", "svg"]).map((ext) => `<a href="${escapeHtml(encodeURI(`${options.chartDir}/${c.id}.${ext}`))}">${ext}</a>`).join("")}</div>`;
    return `<figure class="chart" id="${chartElementId(c)}" data-chart="${escapeHtml(c.id)}"></figure>${files}`;
  };
  const inSection = (s: ReportSection, group?: string) =>
    charts
      .filter((c) => c.section === s && (group === undefined || c.group === group))
      .map(chartBlock)
      .join("\n");
  const info = r.info;
  const meta = [
    info?.province,
    info?.parent,
    info?.level === undefined ? undefined : levelLabel(info.level, lang),
    say("report.years_meta", { years: r.years.join(t("general.list_separator")) }, lang),
  ].filter((x): x is string => Boolean(x));
  const groups = [...new Set(r.breakdowns.map((b) => b.group))];
  const trendCharts = inSection("trends");
  // A section with nothing to show is left out, with its link, rather than shown with a note.
  const shown: Record<ReportSectionId, boolean> = {
    overview: true,
    trends: trendCharts !== "",
    changes: r.changes.length > 0 || r.one_sided > 0,
    breakdowns: groups.length > 0,
    audit: true,
    notes: true,
  };
  const parts: string[] = [];
  parts.push(
    options.indexHref === undefined
      ? ""
      : `<p><a href="${escapeHtml(encodeURI(options.indexHref))}">← ${escapeHtml(t("report.index_title"))}</a></p>`,
    `<h1>${escapeHtml(name)}</h1>`,
    `<p class="meta">${escapeHtml(lang === "zh" ? r.name_en : r.name_zh)} · ${escapeHtml(meta.join(" · "))}</p>`,
    `<nav class="toc">${SECTION_IDS.filter((s) => shown[s])
      .map(
        (s) =>
          `${s === "notes" && options.reuse !== undefined ? `<a href="#reuse">${escapeHtml(options.reuse.title)}</a>` : ""}<a href="#${s}">${escapeHtml(t(`report.${s}`))}</a>`,
      )
      .join("")}</nav>`,
  );
  // Overview
  parts.push(`<h2 id="overview">${escapeHtml(t("report.overview"))} ${r.latest_year}</h2>`);
  // A year with few figures says what the data holds and lists it, in place of the key-figure cards.
  if (isSparse(r)) parts.push(statedFiguresHtml(r, lang));
  else
    parts.push(
      `<div class="cards">${r.headline
        .map((h) => {
          const delta = h.change === null ? "" : changeText(h.change, lang);
          const disputed =
            h.disputed_years.length === 0 ? "" : `<div class="disputed">⚠ ${escapeHtml(disputedText(h.disputed_years, lang))}</div>`;
          // A change across a scope change compares different counts: marked like a disputed figure.
          const scope =
            h.scope_change === null ? "" : `<div class="disputed">⚠ ${escapeHtml(scopeChangeWarning(h.scope_change, lang))}</div>`;
          return `<div class="card"><div class="label">${escapeHtml(metricLabel(h.metric, lang))}</div><div class="value">${escapeHtml(countText(h.value))}<small> ${escapeHtml(unitLabel(findMetric(h.metric)?.unit ?? "", lang))}</small></div><div class="delta">${escapeHtml(delta)}</div>${disputed}${scope}</div>`;
        })
        .join("")}</div>`,
    );
  // Trends
  if (shown.trends) parts.push(`<h2 id="trends">${escapeHtml(t("report.trends"))}</h2>`, trendCharts);
  // Changes
  if (shown.changes) parts.push(`<h2 id="changes">${escapeHtml(t("report.changes"))}</h2>`);
  if (r.changes.length > 0) parts.push(inSection("changes"), htmlTable(changesTable(r.changes, lang, r.scopes)));
  if (r.one_sided > 0) parts.push(`<p class="note">${escapeHtml(oneSidedText(r.one_sided, lang))}</p>`);
  // Breakdowns
  if (shown.breakdowns) parts.push(`<h2 id="breakdowns">${escapeHtml(t("report.breakdowns"))}</h2>`);
  for (const group of groups) {
    const rows = r.breakdowns.filter((b) => b.group === group);
    const spec = BREAKDOWN_SPECS.find((s) => s.id === group);
    parts.push(`<h3>${escapeHtml(groupLabel(group, lang))}</h3>`);
    if (spec?.relation === "overlapping") parts.push(`<p class="note">${escapeHtml(t("report.overlapping_note"))}</p>`);
    parts.push(inSection("breakdowns", group));
    parts.push(
      htmlTable({
        columns: [
          { key: "year", title: t("report.year") },
          { key: "part", title: t("report.part") },
          { key: "value", title: t("report.value"), align: "right" },
          { key: "share_of_parts", title: t("report.share_of_parts"), align: "right" },
          { key: "share_of_whole", title: t("report.share_of_whole"), align: "right" },
          { key: "printed_share", title: t("report.printed_share"), align: "right" },
        ],
        rows: rows.map((b) => ({
          year: b.year,
          part: b.applicant === null ? metricLabel(b.metric, lang) : applicantLabel(b.applicant, lang),
          value: b.value === null ? t("report.not_stated") : countText(b.value),
          share_of_parts: percentText(b.share_of_parts),
          share_of_whole: percentText(b.share_of_whole),
          printed_share: b.printed_share === null ? "" : `${b.printed_share}%`,
        })),
      }),
    );
  }
  // Audit
  parts.push(
    `<h2 id="audit">${escapeHtml(t("report.audit"))}</h2>`,
    `<p class="note">${escapeHtml(say("report.audit_intro", { checks: r.checks_run }, lang))}</p>`,
  );
  parts.push(r.findings.length === 0 ? `<p>${escapeHtml(t("report.audit_none"))}</p>` : findingsTable(r.findings, lang));
  parts.push(inSection("audit"));
  if (options.reuse !== undefined) parts.push(options.reuse.html);
  // Notes
  parts.push(`<h2 id="notes">${escapeHtml(t("report.notes"))}</h2>`, `<p class="note">${escapeHtml(t("report.template_note"))}</p>`);
  if (r.warnings.length > 0) parts.push(`<ul class="note">${r.warnings.map((w) => `<li>${escapeHtml(w.message)}</li>`).join("")}</ul>`);
  return htmlShell({
    title: `${name} · ${t("report.report_title")}`,
    lang,
    style: REPORT_STYLE,
    body: parts.filter((p) => p !== "").join("\n"),
    charts: charts.map((c) => ({ id: chartElementId(c), spec: c.spec })),
  });
}

/** The page's sections, in order: the ids of their headings and contents links. */
const SECTION_IDS = ["overview", "trends", "changes", "breakdowns", "audit", "notes"] as const;
type ReportSectionId = (typeof SECTION_IDS)[number];

/** The element id a chart is drawn into. */
export function chartElementId(c: Pick<ReportChart, "id">): string {
  return `chart-${c.id}`;
}

function oneSidedText(n: number, lang: ChartLang): string {
  return say("report.one_sided", { count: n }, lang);
}

/** "+2,589 (+2.98%) on 2016", or why the growth is missing. */
function changeText(c: ChangeRow, lang: ChartLang): string {
  if (c.change === null) return say("report.change_on_no_prior", { year: c.from_year }, lang);
  const growth = c.change_pct === null ? say(`report.${missingGrowth(c)}`, undefined, lang) : signedPercentText(c.change_pct);
  return say("report.change_on", { year: c.from_year, change: signedCountText(c.change), growth }, lang);
}

/** Why a change with both figures has no growth rate: a zero prior, or a signed figure (本年增/减). */
function missingGrowth(c: ChangeRow): "prior_zero" | "signed_change" | "no_prior" {
  if (c.from_value === 0) return "prior_zero";
  if (c.from_value !== null && (findMetric(c.metric)?.kind === "delta" || c.from_value < 0)) return "signed_change";
  return "no_prior";
}

function changesTable(changes: readonly ChangeRow[], lang: ChartLang, scopes: ReadonlyMap<number, string>): TableData {
  const t = (k: MessageKey) => say(k, undefined, lang);
  return {
    columns: [
      { key: "metric", title: t("report.metric") },
      { key: "years", title: t("report.years") },
      { key: "from", title: t("report.from_value"), align: "right" },
      { key: "to", title: t("report.to_value"), align: "right" },
      { key: "change", title: t("report.change"), align: "right" },
      { key: "growth", title: t("report.growth"), align: "right" },
      { key: "comparability", title: t("report.comparability") },
    ],
    rows: changes.map((c) => ({
      metric: metricLabel(c.metric, lang),
      years: `${c.from_year}→${c.to_year}`,
      from: c.from_value === null ? t("report.not_stated") : countText(c.from_value),
      to: c.to_value === null ? t("report.not_stated") : countText(c.to_value),
      change: signedCountText(c.change),
      growth:
        c.change_pct !== null
          ? signedPercentText(c.change_pct)
          : c.from_value !== null && c.to_value !== null
            ? t(`report.${missingGrowth(c)}`)
            : "",
      // A derived figure (a subtotal summed from its rows, a baseline from a printed change) says so.
      comparability: comparabilityText(c, lang, scopes),
    })),
  };
}

/** "可比", "近似可比 · 推算", or a scope change spelled out: "⚠ 统计范围改变（全区→办公室），不可直接比较". */
function comparabilityText(c: ChangeRow, lang: ChartLang, scopes: ReadonlyMap<number, string>): string {
  const t = (k: MessageKey) => say(k, undefined, lang);
  // Two reports counting different scopes: the change compares different things, said with from → to.
  const scoped = scopeChanges(scopes, [c.from_year, c.to_year]).map((sc) => `⚠ ${scopeChangeWarning(sc, lang)}`);
  // The scope_changed code is the warning itself; only without the page's scopes does it stand as a word.
  const word =
    c.comparability !== "scope_changed" ? [t(`report.${c.comparability}`)] : scoped.length === 0 ? [t("report.scope_changed_short")] : [];
  return [...word, ...(c.derivation === null ? [] : [t("report.derived")]), ...scoped].join(" · ");
}

function findingsTable(findings: readonly Finding[], lang: ChartLang): string {
  const t = (k: MessageKey) => say(k, undefined, lang);
  const rows = findings.map((f) => {
    const where = f.file === null ? "" : `${f.file}${f.line === null ? "" : `:${f.line}`}`;
    const quote = f.source === null ? "" : `<blockquote>${escapeHtml(sourcePlaceText(f.source, lang))}</blockquote>`;
    // A one-line reading of the finding first; the audit's own message, with the full arithmetic, underneath.
    const what = `${escapeHtml(findingSummary(f, lang))}<div class="note">${escapeHtml(sourcePlaceText(f.message, lang))}</div>`;
    const check = `${escapeHtml(checkLabel(f.check, lang))}<div class="note">${escapeHtml(f.check)}</div>`;
    return `<tr><td class="sev-${f.severity}">${escapeHtml(t(`report.${f.severity}`))}</td><td class="num">${f.year}</td><td>${check}</td><td>${what}${quote}</td><td>${escapeHtml(where)}</td></tr>`;
  });
  const head = [t("report.severity"), t("report.year"), t("report.check"), t("report.finding"), t("report.source")]
    .map((h) => `<th>${escapeHtml(h)}</th>`)
    .join("");
  return tableWrap(`<table class="data findings"><thead><tr>${head}</tr></thead><tbody>\n${rows.join("\n")}\n</tbody></table>`);
}
