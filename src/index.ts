/**
 * The public TypeScript API of disclosure-trends: named re-exports only.
 * Functions ending in `Frame` take or return Danfo DataFrames; the others work on ObservationTable.
 */

// ── compute and audit ───────────────────────────────────────────────────
export { type AuditOptions, type AuditReport, audit, auditReport } from "./audit/audit.js";
export { CHECK_IDS, type CheckId, type Finding, type FindingFigure, type Severity } from "./audit/finding.js";
export { judgePrinted, type PrintedJudgement, type PrintedVerdict } from "./audit/printed-precision.js";
export { findMetric, getMetric, layoutOfYear, metricLabel } from "./catalogue/catalogue.js";
export { CROSSWALK, type CrosswalkEntry, type CrosswalkFit } from "./catalogue/crosswalk.js";
export { GROUPS, type MetricGroup } from "./catalogue/groups.js";
export type { MetricDefinition, MetricKind } from "./catalogue/metric-definition.js";
export { METRICS } from "./catalogue/metrics.js";
export { type BreakdownOptions, type BreakdownRow, breakdown } from "./compute/breakdown.js";
export { APPLICANT_TYPES_GROUP, BREAKDOWN_SPECS, type BreakdownSpec } from "./compute/breakdown-specs.js";
export { type ChangeBetweenOptions, changeBetween } from "./compute/change-between.js";
export { type ChangeRow, ChangeTable } from "./compute/change-table.js";
export { type Comparability, comparability } from "./compute/comparability.js";
export { type CompareEntitiesOptions, type CompareEntitiesResult, compareEntities, type PeerRow } from "./compute/compare-entities.js";
export { compoundGrowth } from "./compute/compound-growth.js";
export type { ComputeWarning, ComputeWarningCode, WarnSink } from "./compute/compute-warning.js";
export { deriveSubtotals } from "./compute/derive-subtotals.js";
export { percentChange } from "./compute/percent-change.js";
export { seriesOrder } from "./compute/series-order.js";
export { type TrendOptions, type TrendPoint, type TrendResult, type TrendSeries, trend } from "./compute/trend.js";
export { type YoyOptions, yoy } from "./compute/yoy.js";
// ── loading ─────────────────────────────────────────────────────────────
export { ObservationTable, tableFromObservations } from "./core/observation-table.js";
export { type DatasetSummary, summarize } from "./core/summarize.js";
export { DataError, type DataProblem, formatProblems, PROBLEM_CODES, type ProblemCode, UsageError } from "./errors.js";
export type { FrameInput } from "./frame/as-table.js";
export { type DataFrame, danfo } from "./frame/danfo.js";
export { fromFrame } from "./frame/from-frame.js";
export { loadFrame } from "./frame/load-frame.js";
export { auditFrame, breakdownFrame, changeBetweenFrame, peersFrame, trendFrame, yoyFrame } from "./frame/result-frames.js";
export { frameToRows, rowsToFrame } from "./frame/rows-to-frame.js";
export { OBSERVATION_COLUMNS, toFrame } from "./frame/to-frame.js";
export { type LoadOptions, type LoadResult, loadDatasets, loadDatasetsOrThrow, readDatasetText } from "./io/load-datasets.js";
// ── types, errors, catalogue ────────────────────────────────────────────
export * from "./types.js";

// ── charts and rendering ────────────────────────────────────────────────

// ── extraction ──────────────────────────────────────────────────────────
export { datasetFromReport, type ReportDataset } from "./extract/dataset-from-report.js";
export { detectLayout } from "./extract/detect-layout.js";
export { detectTitle, type ReportTitle } from "./extract/detect-title.js";
export { type ExtractOptions, extractReport } from "./extract/extract-report.js";
export type { ExtractedFigure, ExtractedReport, UnassignedNumber } from "./extract/extracted-report.js";
export { htmlToText } from "./extract/html-to-text.js";
export { type Accuracy, type ComparableFigure, measureAccuracy } from "./extract/measure-accuracy.js";
export { type ReportFile, readReportFile } from "./extract/read-report-file.js";
export { datasetTable, toDatasetCsv } from "./extract/to-dataset-csv.js";

// ── notebooks ───────────────────────────────────────────────────────────
export { JUPYTER_DISPLAY, type MimeBundle, NotebookOutput } from "./notebook/notebook-output.js";
export {
  chartTitle,
  type ShowChartOptions,
  showChart,
  VEGA_LITE_V5_MIME,
  VEGA_LITE_V5_SCHEMA,
  vegaLiteForJupyter,
} from "./notebook/show-chart.js";
export { formatNumber, type ShowTableOptions, showTable, toTableData } from "./notebook/show-table.js";
