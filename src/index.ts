/**
 * The public TypeScript API of disclosure-trends: named re-exports only.
 * Functions ending in `Frame` take or return Danfo DataFrames; the others work on ObservationTable.
 */

export { type AuditOptions, type AuditReport, audit, auditReport } from "./audit/audit.js";
export { CHECK_IDS, type CheckId, checkDescription, type Finding, type FindingFigure, type Severity } from "./audit/finding.js";
export { judgePrinted, type PrintedJudgement, type PrintedVerdict } from "./audit/printed-precision.js";
export { findMetric, getMetric, layoutOfYear, metricLabel } from "./catalogue/catalogue.js";
export { CROSSWALK, type CrosswalkEntry, type CrosswalkFit } from "./catalogue/crosswalk.js";
export { GROUPS, type MetricGroup } from "./catalogue/groups.js";
export type { MetricDefinition, MetricKind } from "./catalogue/metric-definition.js";
export { METRICS } from "./catalogue/metrics.js";
export { type AuditChartOptions, auditChart } from "./charts/audit-chart.js";
export { type BreakdownChartOptions, breakdownChart } from "./charts/breakdown-chart.js";
export type { AuditChartRow, BreakdownChartRow, GrowthChartRow, TrendChartRow } from "./charts/chart-rows.js";
export { type DonutChartOptions, donutChart } from "./charts/donut-chart.js";
export { type GrowthChartOptions, growthChart } from "./charts/growth-chart.js";
export { type GrowthHeatmapOptions, growthHeatmap } from "./charts/growth-heatmap.js";
export { type SlopeChartOptions, slopeChart } from "./charts/slope-chart.js";
export { CHART_FONT, type ChartLang, chartConfig } from "./charts/theme.js";
export { TEMPLATE_CHANGE_YEARS, type TrendChartOptions, trendChart } from "./charts/trend-chart.js";
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
export { ObservationTable, tableFromObservations } from "./core/observation-table.js";
export { type DatasetSummary, summarize } from "./core/summarize.js";
export { DataError, type DataProblem, formatProblems, PROBLEM_CODES, type ProblemCode, UsageError } from "./errors.js";
export { datasetFromReport, type ReportDataset } from "./extract/dataset-from-report.js";
export { detectLayout } from "./extract/detect-layout.js";
export { detectTitle, type ReportTitle } from "./extract/detect-title.js";
export { type ExtractOptions, extractReport } from "./extract/extract-report.js";
export { extractReportFile } from "./extract/extract-report-file.js";
export type { ExtractedFigure, ExtractedReport, UnassignedNumber } from "./extract/extracted-report.js";
export { htmlToText } from "./extract/html-to-text.js";
export { type LocatedFigure, type LocatedReport, locateFigures, type ReportPlace } from "./extract/locate-figures.js";
export { type Accuracy, type ComparableFigure, expectedFigures, measureAccuracy } from "./extract/measure-accuracy.js";
export { type ReportFile, readReportFile } from "./extract/read-report-file.js";
export { datasetTable, toDatasetCsv } from "./extract/to-dataset-csv.js";
export type { FrameInput } from "./frame/as-table.js";
export { type DataFrame, danfo } from "./frame/danfo.js";
export { fromFrame } from "./frame/from-frame.js";
export { loadFrame } from "./frame/load-frame.js";
export { auditFrame, breakdownFrame, changeBetweenFrame, peersFrame, trendFrame, yoyFrame } from "./frame/result-frames.js";
export { frameToRows, rowsToFrame } from "./frame/rows-to-frame.js";
export { OBSERVATION_COLUMNS, toFrame } from "./frame/to-frame.js";
export { type LoadOptions, type LoadResult, loadDatasets, loadDatasetsOrThrow, readDatasetText } from "./io/load-datasets.js";
export { currentLang, type Lang, setLang } from "./messages/lang.js";
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
export { CHART_FORMATS, type ChartFormat, chartFormatOf } from "./render/chart-file-format.js";
export { escapeHtml, jsonForScript } from "./render/html-escape.js";
export { type HtmlOptions, toHtml } from "./render/to-html.js";
export { type PngOptions, svgToPng, toPng } from "./render/to-png.js";
export { toSvg } from "./render/to-svg.js";
export { type CompiledChart, toVegaSpec } from "./render/to-vega-spec.js";
export { chartBytes, writeChart } from "./render/write-chart.js";
export { CHART_KINDS, type ChartKind, type ChartSelection, chartForKind } from "./report/chart-for-kind.js";
export { buildReports, type EntityReport } from "./report/entity-report.js";
export { type ReportSummary, type WriteReportOptions, writeReport } from "./report/write-report.js";
export * from "./types.js";
