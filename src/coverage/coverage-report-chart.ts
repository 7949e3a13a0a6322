/**
 * The coverage chart of the report's index page: "who has not published <latest year>", from the
 * report's table (bodies and years it holds, scopes from entity.json). The latest year in the datasets
 * is the one expected of every body, as `disclosure-trends coverage` expects it by default.
 */
import { type CoverageChartRow, coverageChart } from "../charts/coverage-chart.js";
import type { ChartLang } from "../charts/theme.js";
import type { ObservationTable } from "../core/observation-table.js";
import type { ReportChart } from "../report/report-charts.js";
import { buildCoverage, type CoverageCell } from "./coverage.js";
import { coverageFromTable } from "./coverage-from-table.js";
import { bodyName } from "./coverage-tables.js";

/** The chart, or null when the table holds no year. */
export function coverageReportChart(table: ObservationTable, lang: ChartLang): ReportChart | null {
  const c = buildCoverage(coverageFromTable(table));
  if (c.latest === null || c.rows.length === 0) return null;
  const rows: CoverageChartRow[] = c.rows.flatMap((r) =>
    r.cells.map((x) => ({ entity: r.entity, entity_label: bodyName(r, lang), year: x.year, status: x.status, note: cellNote(x, lang) })),
  );
  return { id: "coverage", section: "trends", spec: coverageChart(rows, { lang, latest: c.latest }) };
}

function cellNote(x: CoverageCell, lang: ChartLang): string {
  if (x.scope_changed) return `${x.prior_scope_year}: ${x.prior_scope} → ${x.year}: ${x.scope}`;
  if (x.first_problem !== null) return x.first_problem;
  if (x.scope !== null) return lang === "zh" ? `统计范围：${x.scope}` : `scope: ${x.scope}`;
  return "";
}
