/**
 * The trend of one metric for each entity: every year's figure, its change on the year before, an
 * index (base year = 100) and the compound annual growth over the whole span.
 *
 * Across the 2019 and 2021 template changes a year whose layout lacks the metric takes the figure the
 * CROSSWALK maps onto it (e.g. requests_received before 2019 for requests_new), marked basis
 * "crosswalk", and each step says whether it is comparable, approximate or not comparable. Percent
 * values are in percent.
 */

import { findMetric, layoutOfYear, metricCode } from "../catalogue/catalogue.js";
import { type CrosswalkEntry, crosswalkNote } from "../catalogue/crosswalk.js";
import type { ObservationTable } from "../core/observation-table.js";
import { entityScopes, scopeChangeBetween } from "../coverage/scope-by-year.js";
import { APPLICANT_CODES, type Applicant, type EntityId, type MetricId, type Year } from "../types.js";
import { type Comparability, comparability, crosswalkBreak, crosswalkPredecessor, weakerFit, withScope } from "./comparability.js";
import { compoundGrowth } from "./compound-growth.js";
import type { ComputeWarning } from "./compute-warning.js";
import { gapWarning, seriesBreakWarning, siblingYearFile, WarningLog, type WarnSink } from "./compute-warning.js";
import { deriveSubtotals } from "./derive-subtotals.js";
import { exactDifference } from "./exact-difference.js";
import { hasPercentChange, percentChangeOf } from "./percent-change.js";

export interface TrendOptions {
  metric: MetricId;
  /** Entity ids to include (default: every entity with the metric). */
  entities?: readonly EntityId[];
  /** The applicant column of a table 三 metric; null (default) is the 总计 column. */
  applicant?: Applicant | null;
  /** Index base year (= 100); default each series' first year with a non-zero figure. */
  baseYear?: Year;
  /** Read older layouts through the CROSSWALK (default true). */
  crosswalk?: boolean;
  warn?: WarnSink;
}

export type TrendBasis = "printed" | "derived" | "ocr" | "crosswalk";

export interface TrendPoint {
  entity: EntityId;
  entity_name: string;
  metric: MetricId;
  year: Year;
  /** The metrics the figure comes from: [metric], or the older layout's metrics through the crosswalk. */
  source_metrics: readonly MetricId[];
  basis: TrendBasis;
  /** Null when not stated (or, through the crosswalk, when any source figure is not stated). */
  value: number | null;
  /** Change on year − 1; null when either figure is unknown. */
  change: number | null;
  /**
   * Percent change on year − 1, in percent; null when either is unknown, the prior is not positive, or
   * the metric is a signed "delta" (its change is all there is).
   */
  change_pct: number | null;
  /** value / base-year value × 100; null when either is unknown or the base is 0. */
  index: number | null;
  /**
   * How the figure compares with year − 1's; "no_prior" when there is no year − 1 figure,
   * "scope_changed" when the body's report counts another scope than year − 1's.
   */
  comparability: Comparability | null;
  /** Year − 1's scope when the body's scope changed from it to this year's (全区), else null. */
  scope_from: string | null;
  /** This year's scope when it changed from year − 1's (办公室), else null. */
  scope_to: string | null;
  file: string;
  line: number;
}

export interface TrendSeries {
  entity: EntityId;
  entity_name: string;
  metric: MetricId;
  applicant: Applicant | null;
  base_year: Year | null;
  first_year: Year | null;
  last_year: Year | null;
  first_value: number | null;
  last_value: number | null;
  /** Compound annual growth from the first to the last known figure, in percent. */
  cagr_pct: number | null;
  /** The weakest comparability along the series; "no_prior" when no point has a year − 1 figure. */
  comparability: Comparability;
  points: TrendPoint[];
}

export interface TrendResult {
  series: TrendSeries[];
  warnings: readonly ComputeWarning[];
  /** Every point of every series, in order. */
  rows(): TrendPoint[];
}

export function trend(input: ObservationTable, options: TrendOptions): TrendResult {
  const { metric } = options;
  // The same figures every command sees: printed ones and the subtotals derived from them.
  const table = deriveSubtotals(input);
  if (metricCode(metric) < 0) throw new RangeError(`unknown metric id "${metric}"`);
  const applicant = options.applicant ?? null;
  const a = applicant === null ? -1 : APPLICANT_CODES.indexOf(applicant);
  const log = new WarningLog(options.warn);
  const wanted = new Set<number>([metricCode(metric)]);
  const predecessors = new Map<string, readonly MetricId[]>();
  // Older figures that stand in the metric's place but count something else: read only to mark where
  // the series breaks, never joined to it.
  const breaks = new Map<string, CrosswalkEntry>();
  for (const older of ["2008", "2019"] as const) {
    if (findMetric(metric)?.layouts.includes(older)) continue;
    const entry = options.crosswalk !== false ? crosswalkPredecessor(metric, older, "2021") : undefined;
    if (entry) {
      predecessors.set(older, entry.from);
      for (const m of entry.from) wanted.add(metricCode(m));
      continue;
    }
    const broken = crosswalkBreak(metric, older, "2021");
    if (broken) {
      breaks.set(older, broken);
      for (const m of broken.from) wanted.add(metricCode(m));
    }
  }
  const entities = options.entities?.length ? new Set(options.entities) : null;
  // One pass collects the few cells needed: entity → year → metric → row.
  const cells = new Map<string, Map<number, Map<number, number>>>();
  for (let i = 0; i < table.length; i++) {
    if (!wanted.has(table.metric[i] as number) || (table.applicant[i] as number) !== a) continue;
    const e = table.entityAt(i);
    if (entities && !entities.has(e)) continue;
    let years = cells.get(e);
    if (!years) {
      years = new Map();
      cells.set(e, years);
    }
    let ms = years.get(table.year[i] as number);
    if (!ms) {
      ms = new Map();
      years.set(table.year[i] as number, ms);
    }
    ms.set(table.metric[i] as number, i);
  }
  const series: TrendSeries[] = [];
  for (const entity of [...cells.keys()].sort()) {
    const years = cells.get(entity) as Map<number, Map<number, number>>;
    const name = table.entityInfo.get(entity)?.name_zh ?? entity;
    const points: TrendPoint[] = [];
    for (const year of [...years.keys()].sort((x, y) => x - y)) {
      const ms = years.get(year) as Map<number, number>;
      const own = ms.get(metricCode(metric));
      if (own !== undefined) {
        points.push(point(table, entity, name, metric, year, [metric], table.basisAt(own), table.value[own] as number, own));
        continue;
      }
      const from = predecessors.get(layoutOfYear(year));
      if (!from) continue;
      // (A year holding only a break's older figure adds no point.)
      const rows = from.map((m) => ms.get(metricCode(m)) ?? -1);
      if (rows.every((r) => r < 0)) continue;
      // A sum of the older figures is known only when every one of them is stated.
      const sum = rows.reduce((s, r) => s + (r < 0 ? Number.NaN : (table.value[r] as number)), 0);
      points.push(point(table, entity, name, metric, year, from, "crosswalk", sum, rows.find((r) => r >= 0) as number));
    }
    if (points.length === 0) continue;
    const s = finishSeries(entity, name, metric, applicant, points, options.baseYear, log, entityScopes(table, entity));
    markBreaks(s, years, breaks, log);
    series.push(s);
  }
  return {
    series,
    warnings: log.warnings,
    rows: () => series.flatMap((s) => s.points),
  };
}

function point(
  table: ObservationTable,
  entity: string,
  entity_name: string,
  metric: MetricId,
  year: number,
  source_metrics: readonly MetricId[],
  basis: TrendBasis,
  value: number,
  row: number,
): TrendPoint {
  return {
    entity,
    entity_name,
    metric,
    year,
    source_metrics,
    basis,
    value: Number.isNaN(value) ? null : value,
    change: null,
    change_pct: null,
    index: null,
    comparability: null,
    scope_from: null,
    scope_to: null,
    file: table.fileAt(row),
    line: table.line[row] as number,
  };
}

function finishSeries(
  entity: string,
  name: string,
  metric: MetricId,
  applicant: Applicant | null,
  points: TrendPoint[],
  baseYear: Year | undefined,
  log: WarningLog,
  scopes: ReadonlyMap<number, string>,
): TrendSeries {
  const at = { entity, entity_name: name, metric, applicant };
  let worst: Comparability = "comparable";
  const code = metricCode(metric);
  if (points.length > 0) (points[0] as TrendPoint).comparability = "no_prior";
  for (let k = 1; k < points.length; k++) {
    const p = points[k] as TrendPoint;
    const q = points[k - 1] as TrendPoint;
    if (q.year !== p.year - 1) {
      p.comparability = "no_prior";
      if (p.value !== null)
        log.add(gapWarning("W_NO_PRIOR", { ...at, year: p.year, missing_year: p.year - 1 }, siblingYearFile(p.file, p.year - 1)));
      continue;
    }
    const prior = q.value ?? Number.NaN;
    const current = p.value ?? Number.NaN;
    p.change = Number.isNaN(prior - current) ? null : exactDifference(current, prior);
    const pct = percentChangeOf(code, prior, current);
    p.change_pct = Number.isNaN(pct) ? null : pct;
    p.comparability = q.value === null ? "no_prior" : stepComparability(metric, q, p, scopes);
    if (p.comparability === "scope_changed") {
      const change = scopeChangeBetween(scopes, q.year, p.year);
      p.scope_from = change?.from ?? null;
      p.scope_to = change?.to ?? null;
    }
    worst = weakerFit(worst, p.comparability);
    if (p.value !== null && q.value === 0 && hasPercentChange(code))
      log.add(gapWarning("W_ZERO_PRIOR", { ...at, year: p.year, missing_year: q.year }, q.file));
    else if (p.value !== null && q.value === null) log.add(gapWarning("W_NO_PRIOR", { ...at, year: p.year, missing_year: q.year }, q.file));
  }
  const known = points.filter((p) => p.value !== null);
  const first = known[0];
  const last = known[known.length - 1];
  const base = baseYear === undefined ? points.find((p) => p.value !== null && p.value !== 0) : points.find((p) => p.year === baseYear);
  if (!hasPercentChange(metricCode(metric))) {
    // A signed figure has no index, so no base to miss.
  } else if (base === undefined || base.value === null || base.value === 0) {
    const missing = baseYear ?? first?.year;
    if (missing !== undefined && points.length > 0) {
      log.add(gapWarning("W_NO_BASE", { ...at, year: (points[points.length - 1] as TrendPoint).year, missing_year: missing }, null));
    }
  } else {
    // A signed figure (本年增/减) has no index: −3 against a base of 2 is no "−150".
    if (hasPercentChange(metricCode(metric)))
      for (const p of points) p.index = p.value === null ? null : (p.value / (base.value as number)) * 100;
  }
  // Across a gap the known figures still compare (or not) by their layouts.
  for (let k = 1; k < known.length; k++) {
    worst = weakerFit(worst, stepComparability(metric, known[k - 1] as TrendPoint, known[k] as TrendPoint, scopes));
  }
  const cagr =
    first && last && last.year > first.year && hasPercentChange(metricCode(metric))
      ? compoundGrowth(first.value as number, last.value as number, last.year - first.year)
      : Number.NaN;
  return {
    ...at,
    base_year: base?.value && hasPercentChange(metricCode(metric)) ? base.year : null,
    first_year: first?.year ?? null,
    last_year: last?.year ?? null,
    first_value: first?.value ?? null,
    last_value: last?.value ?? null,
    cagr_pct: Number.isNaN(cagr) ? null : cagr,
    // A series with no step at all (one year, or years apart) has nothing to compare: "no_prior".
    comparability: worst === "comparable" && points.every((p) => p.comparability === "no_prior") ? "no_prior" : worst,
    points,
  };
}

/**
 * A point with no year − 1 figure whose year − 1 report holds a crosswalk "break" figure (对外公开总数量
 * before 现行有效): the series starts there because the older figure counts something else. Marked not
 * comparable, with a warning naming both, so the start reads as a break, not as a missing prior.
 */
function markBreaks(
  s: TrendSeries,
  years: ReadonlyMap<number, ReadonlyMap<number, number>>,
  breaks: ReadonlyMap<string, CrosswalkEntry>,
  log: WarningLog,
): void {
  if (breaks.size === 0) return;
  for (const p of s.points) {
    if (p.comparability !== "no_prior" || p.basis === "crosswalk") continue;
    const entry = breaks.get(layoutOfYear(p.year - 1));
    const prior = years.get(p.year - 1);
    if (entry === undefined || prior === undefined || !entry.from.some((m) => prior.has(metricCode(m)))) continue;
    p.comparability = "not_comparable";
    s.comparability = "not_comparable";
    log.add(
      seriesBreakWarning(
        { entity: s.entity, entity_name: s.entity_name, metric: s.metric, applicant: s.applicant, year: p.year },
        entry.from,
        crosswalkNote(entry),
      ),
    );
  }
}

/**
 * A crosswalk step takes the crosswalk's fit; a same-source step takes the layout comparison; either is
 * then weakened by a change of the body's scope between the two years (withScope).
 */
function stepComparability(metric: MetricId, q: TrendPoint, p: TrendPoint, scopes: ReadonlyMap<number, string>): Comparability {
  return withScope(layoutStep(metric, q, p), scopeChangeBetween(scopes, q.year, p.year));
}

function layoutStep(metric: MetricId, q: TrendPoint, p: TrendPoint): Comparability {
  if (q.basis === "crosswalk" && p.basis !== "crosswalk") {
    const entry = crosswalkPredecessor(metric, layoutOfYear(q.year), layoutOfYear(p.year));
    return entry?.fit === "same" ? "comparable" : "approximate";
  }
  if (q.basis === "crosswalk" && p.basis === "crosswalk") return "comparable";
  return comparability(metric, q.year, p.year).fit;
}
