/**
 * What one body's report page says, gathered from the compute and audit modules: the overview figures,
 * year-over-year changes, trends of the key figures, breakdowns and audit findings. Nothing is
 * computed here beyond selecting and ordering the engine's results.
 */

import { auditReport } from "../audit/audit.js";
import type { Finding } from "../audit/finding.js";
import { layoutOfYear } from "../catalogue/catalogue.js";
import { type BreakdownRow, breakdown } from "../compute/breakdown.js";
import type { ChangeRow } from "../compute/change-table.js";
import type { ComputeWarning } from "../compute/compute-warning.js";
import { type TrendSeries, trend } from "../compute/trend.js";
import { yoy } from "../compute/yoy.js";
import type { ObservationTable } from "../core/observation-table.js";
import { type ScopeChange, scopeByYear, scopeChanges } from "../coverage/scope-by-year.js";
import { currentLang, type Lang, setLang } from "../messages/lang.js";
import type { Applicant, EntityInfo, MetricId, Year } from "../types.js";
import { KEY_METRICS } from "./key-metrics.js";

export interface HeadlineFigure {
  metric: MetricId;
  year: Year;
  value: number;
  /** The year-over-year change on year − 1, when the engine could give one. */
  change: ChangeRow | null;
  /**
   * Years (this one, or the year of the change's prior figure) in which an audit error involves this
   * metric: the printed figure disagrees with the report's own counts, so the card must not present it,
   * or a change computed from it, as plain fact.
   */
  disputed_years: Year[];
  /** The body's scope changed between the change's two years (entity.json's `scope`): not comparable. */
  scope_change: ScopeChange | null;
}

/** One figure the latest year's report states. */
export interface StatedFigure {
  metric: MetricId;
  applicant: Applicant | null;
  value: number;
}

/**
 * A latest year with fewer figures than this is a sparse page: it lists what the report does state
 * instead of key-figure cards (a full table-based report states about a hundred).
 */
export const FEW_FIGURES = 12;

export interface EntityReport {
  entity: string;
  info: EntityInfo | null;
  name_zh: string;
  name_en: string;
  years: Year[];
  latest_year: Year;
  headline: HeadlineFigure[];
  /** Every figure the latest year's report states, in the order the data gives them. */
  latest_figures: StatedFigure[];
  /** Changes between consecutive years the body has reports for (总计 columns only), both sides stated. */
  changes: ChangeRow[];
  /** Figures stated in only one of two consecutive reports: no change can be given for them. */
  one_sided: number;
  /** Trends of the key figures that have at least two stated years. */
  trends: TrendSeries[];
  breakdowns: BreakdownRow[];
  /** The scope each year's report counts, as entity.json states it (empty when it does not). */
  scopes: Map<Year, string>;
  findings: Finding[];
  checks_run: number;
  warnings: ComputeWarning[];
}

/** The most trend charts a page shows; the changes table has every figure. */
const MAX_TRENDS = 4;

/**
 * One report per body in the table, in id order, its findings and notes in `lang` (default the current
 * language). The compute warnings that become the page's notes speak the current language, so it is
 * `lang` while they are made (all of it synchronous: nothing else runs meanwhile).
 */
export function buildReports(table: ObservationTable, lang: Lang = currentLang()): EntityReport[] {
  const before = currentLang();
  setLang(lang);
  try {
    const changes = yoy(table);
    const changeRows = changes.rows();
    const breakdowns = breakdown(table);
    const entities = [...new Set(table.entityNames)].sort();
    return entities.map((entity) => buildEntityReport(table, entity, changeRows, changes.warnings, breakdowns, lang));
  } finally {
    setLang(before);
  }
}

function buildEntityReport(
  table: ObservationTable,
  entity: string,
  allChanges: readonly ChangeRow[],
  allWarnings: readonly ComputeWarning[],
  allBreakdowns: readonly BreakdownRow[],
  lang: Lang,
): EntityReport {
  const info = table.entityInfo.get(entity) ?? null;
  const years = yearsOf(table, entity);
  const latest = years[years.length - 1] as number;
  const has = new Set(years);
  const pairs = allChanges.filter((c) => c.entity === entity && c.applicant === null && has.has(c.from_year) && has.has(c.to_year));
  const changes = pairs.filter((c) => c.from_value !== null && c.to_value !== null);
  const oneSided = pairs.filter((c) => (c.from_value === null) !== (c.to_value === null)).length;
  const keys = KEY_METRICS[layoutOfYear(latest)];
  const audit = auditReport(table, { entities: [entity], lang });
  // A bad `scope` field is reported by validate and coverage; the page then marks no scope change.
  const scopes = scopeByYear(info ?? undefined, years, `entity.json of ${entity}`).scopes;
  const headline: HeadlineFigure[] = [];
  for (const metric of keys) {
    const value = table.get(entity, latest, metric);
    if (value === null) continue;
    const change = changes.find((c) => c.metric === metric && c.to_year === latest) ?? null;
    const years = change === null ? [latest] : [change.from_year, latest];
    const disputed_years = years.filter((y) =>
      audit.findings.some((f) => f.severity === "error" && f.year === y && f.metrics.includes(metric)),
    );
    const scope_change = change === null ? null : (scopeChanges(scopes, [change.from_year, latest])[0] ?? null);
    headline.push({ metric, year: latest, value, change, disputed_years, scope_change });
  }
  const trendMetrics = [...keys, ...KEY_METRICS["2008"]].filter((m, i, all) => all.indexOf(m) === i);
  const trends: TrendSeries[] = [];
  for (const metric of trendMetrics) {
    if (trends.length >= MAX_TRENDS) break;
    const series = trend(table, { metric, entities: [entity] }).series[0];
    if (series && series.points.filter((p) => p.value !== null).length >= 2) trends.push(series);
  }
  return {
    entity,
    info,
    name_zh: info?.name_zh ?? entity,
    name_en: info?.name_en ?? entity,
    years,
    latest_year: latest,
    headline,
    latest_figures: figuresOf(table, entity, latest),
    changes,
    one_sided: oneSided,
    trends,
    breakdowns: allBreakdowns.filter((b) => b.entity === entity),
    scopes,
    findings: audit.findings,
    checks_run: audit.checks_run,
    warnings: allWarnings.filter((w) => w.entity === entity && has.has(w.missing_year)),
  };
}

function yearsOf(table: ObservationTable, entity: string): Year[] {
  const years = new Set<number>();
  for (let i = 0; i < table.length; i++) if (table.entityAt(i) === entity) years.add(table.year[i] as number);
  return [...years].sort((a, b) => a - b);
}

function figuresOf(table: ObservationTable, entity: string, year: Year): StatedFigure[] {
  const figures: StatedFigure[] = [];
  for (let i = 0; i < table.length; i++) {
    if (table.entityAt(i) !== entity || table.year[i] !== year) continue;
    const value = table.valueAt(i);
    // A blank is unknown, not a figure the report states.
    if (value !== null) figures.push({ metric: table.metricAt(i), applicant: table.applicantAt(i), value });
  }
  return figures;
}
