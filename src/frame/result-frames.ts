/**
 * The comparison engine with DataFrames in and out, for analysts who work in Danfo. The arithmetic runs
 * in float64 over the columnar table (src/compute, src/audit); Danfo only receives the finished, exact
 * numbers. Warnings still reach `options.warn`.
 */
import { type AuditOptions, audit } from "../audit/audit.js";
import { type BreakdownOptions, breakdown } from "../compute/breakdown.js";
import { type ChangeBetweenOptions, changeBetween } from "../compute/change-between.js";
import { type CompareEntitiesOptions, compareEntities } from "../compute/compare-entities.js";
import { type TrendOptions, trend } from "../compute/trend.js";
import { type YoyOptions, yoy } from "../compute/yoy.js";
import { asTable, type FrameInput } from "./as-table.js";
import type { DataFrame } from "./danfo.js";
import { rowsToFrame } from "./rows-to-frame.js";

const CHANGE_COLUMNS = [
  "entity",
  "entity_name",
  "metric",
  "applicant",
  "from_year",
  "to_year",
  "from_value",
  "to_value",
  "change",
  "change_pct",
  "comparability",
  "scope_from",
  "scope_to",
];

/** Year over year (yoy) as a DataFrame: one row per series and consecutive year pair; change_pct in percent. */
export function yoyFrame(input: FrameInput, options: YoyOptions = {}): DataFrame {
  return rowsToFrame(yoy(asTable(input), options).rows(), CHANGE_COLUMNS);
}

/** The change between two given years (changeBetween) as a DataFrame. */
export function changeBetweenFrame(input: FrameInput, from: number, to: number, options: ChangeBetweenOptions = {}): DataFrame {
  return rowsToFrame(changeBetween(asTable(input), from, to, options).rows(), CHANGE_COLUMNS);
}

/** Breakdowns (each part's share of the parts' sum and of the declared whole) as a DataFrame. */
export function breakdownFrame(input: FrameInput, options: BreakdownOptions = {}): DataFrame {
  const rows = breakdown(asTable(input), options);
  return rowsToFrame(rows, [
    "entity",
    "entity_name",
    "year",
    "group",
    "whole",
    "metric",
    "applicant",
    "value",
    "parts_sum",
    "whole_value",
    "share_of_parts",
    "share_of_whole",
    "printed_share",
    "share_of_parts_change_pp",
    "share_of_whole_change_pp",
  ]);
}

/** A trend (value, change, index with base year = 100) per entity as a DataFrame, one row per point. */
export function trendFrame(input: FrameInput, options: TrendOptions): DataFrame {
  const points = trend(asTable(input), options).series.flatMap((s) =>
    s.points.map((p) => ({ ...p, source_metrics: p.source_metrics.join("+"), cagr_pct: s.cagr_pct, base_year: s.base_year })),
  );
  return rowsToFrame(points, [
    "entity",
    "entity_name",
    "metric",
    "year",
    "value",
    "change",
    "change_pct",
    "index",
    "base_year",
    "cagr_pct",
    "comparability",
    "scope_from",
    "scope_to",
    "basis",
    "source_metrics",
    "file",
    "line",
  ]);
}

/** Several entities side by side for a year and metric (compareEntities) as a DataFrame. */
export function peersFrame(input: FrameInput, options: CompareEntitiesOptions): DataFrame {
  const rows = compareEntities(asTable(input), options).rows.map((r) => ({ ...r, prior_metrics: r.prior_metrics.join("+") }));
  return rowsToFrame(rows, [
    "entity",
    "entity_name",
    "year",
    "metric",
    "value",
    "rank",
    "share_of_peer_total",
    "peer_total",
    "peer_median",
    "prior_year",
    "prior_metrics",
    "prior_value",
    "change",
    "change_pct",
    "comparability",
    "scope_from",
    "scope_to",
  ]);
}

/** The audit findings as a DataFrame, one row per finding (its figures are in `audit()`'s result). */
export function auditFrame(input: FrameInput, options: AuditOptions = {}): DataFrame {
  const rows = audit(asTable(input), options).map((f) => ({ ...f, metrics: f.metrics.join("+") }));
  return rowsToFrame(rows, [
    "entity",
    "entity_name",
    "year",
    "check",
    "severity",
    "ran",
    "metrics",
    "applicant",
    "printed",
    "computed",
    "difference",
    "message",
    "source",
    "file",
    "line",
  ]);
}
