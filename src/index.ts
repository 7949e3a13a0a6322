/**
 * The public TypeScript API of disclosure-trends: named re-exports only.
 * Functions ending in `Frame` take or return Danfo DataFrames; the others work on ObservationTable.
 */

export { findMetric, getMetric, layoutOfYear, metricLabel } from "./catalogue/catalogue.js";
export { CROSSWALK, type CrosswalkEntry, type CrosswalkFit } from "./catalogue/crosswalk.js";
export { GROUPS, type MetricGroup } from "./catalogue/groups.js";
export type { MetricDefinition, MetricKind } from "./catalogue/metric-definition.js";
export { METRICS } from "./catalogue/metrics.js";
// ── loading ─────────────────────────────────────────────────────────────
export { ObservationTable, tableFromObservations } from "./core/observation-table.js";
export { type DatasetSummary, summarize } from "./core/summarize.js";
export { type DataFrame, danfo } from "./frame/danfo.js";
export { loadFrame } from "./frame/load-frame.js";
export { OBSERVATION_COLUMNS, toFrame } from "./frame/to-frame.js";
export { fromFrame } from "./frame/from-frame.js";
export { frameToRows, rowsToFrame } from "./frame/rows-to-frame.js";
export { DataError, type DataProblem, formatProblems, PROBLEM_CODES, type ProblemCode, UsageError } from "./errors.js";
export { type LoadOptions, type LoadResult, loadDatasets, loadDatasetsOrThrow, readDatasetText } from "./io/load-datasets.js";
// ── types, errors, catalogue ────────────────────────────────────────────
export * from "./types.js";

// ── compute and audit ───────────────────────────────────────────────────

// ── charts and rendering ────────────────────────────────────────────────

// ── extraction ──────────────────────────────────────────────────────────
