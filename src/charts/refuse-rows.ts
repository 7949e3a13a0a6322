/**
 * What a chart builder says when the rows it is given cannot be drawn honestly: a line with two values for
 * one body and year, a donut of several bodies or years, a slope with one year. Each is a UsageError
 * naming what was found and how to select the rows, never a chart that silently stacks or drops them.
 */
import { UsageError } from "../errors.js";
import type { BreakdownChartRow, TrendChartRow } from "./chart-rows.js";

const list = (xs: Iterable<string | number>) => [...new Set(xs)].sort().join(", ");

/** A trend or slope draws one value per body, metric and year. */
export function refuseRepeatedPoints(rows: readonly TrendChartRow[], chart: string): void {
  const seen = new Set<string>();
  for (const r of rows) {
    const key = `${r.entity}\u0000${r.metric}\u0000${r.year}`;
    if (seen.has(key)) {
      throw new UsageError(
        `${chart}: two values for ${r.entity_label ?? r.entity} ${r.metric} ${r.year}; a line has one value a year. ` +
          "Give one applicant column (the 总计 figures, or trend(table, {metric, applicant}))",
      );
    }
    seen.add(key);
  }
}

/** A donut is one body's breakdown in one year. */
export function refuseMixedDonut(rows: readonly BreakdownChartRow[]): void {
  const bodies = new Set(rows.map((r) => r.entity));
  const years = new Set(rows.map((r) => r.year));
  if (bodies.size > 1 || years.size > 1) {
    throw new UsageError(
      `donutChart draws one body's breakdown in one year; these rows hold ${bodies.size > 1 ? `bodies ${list(bodies)}` : ""}${
        bodies.size > 1 && years.size > 1 ? " and " : ""
      }${years.size > 1 ? `years ${list(years)}` : ""}: select one of each, or draw breakdownChart`,
    );
  }
}

/** A slope runs from one year to another. */
export function refuseOneYearSlope(from: number, to: number): void {
  if (!(from < to))
    throw new UsageError(`slopeChart needs two years, an earlier and a later one; got ${from} → ${to}: select rows of two years`);
}
