/**
 * What a chart builder says when the rows it is given cannot be drawn honestly: a line with two values for
 * one body and year, a donut of several bodies or years, a slope with one year. Each is a UsageError
 * naming what was found and how to select the rows, never a chart that silently stacks or drops them.
 */
import { UsageError } from "../errors.js";
import { say } from "../messages/catalogue.js";
import type { BreakdownChartRow, TrendChartRow } from "./chart-rows.js";

const list = (xs: Iterable<string | number>) => [...new Set(xs)].sort().join(", ");

/** A trend or slope draws one value per body, metric and year. */
export function refuseRepeatedPoints(rows: readonly TrendChartRow[], chart: string): void {
  const seen = new Set<string>();
  for (const r of rows) {
    const key = `${r.entity}\u0000${r.metric}\u0000${r.year}`;
    if (seen.has(key)) {
      throw new UsageError(say("chart.refuse_repeated", { chart, body: r.entity_label ?? r.entity, metric: r.metric, year: r.year }));
    }
    seen.add(key);
  }
}

/** A donut is one body's breakdown in one year. */
export function refuseMixedDonut(rows: readonly BreakdownChartRow[]): void {
  const bodies = new Set(rows.map((r) => r.entity));
  const years = new Set(rows.map((r) => r.year));
  if (bodies.size > 1 || years.size > 1) {
    const held = [
      ...(bodies.size > 1 ? [say("chart.refuse_bodies", { bodies: list(bodies) })] : []),
      ...(years.size > 1 ? [say("chart.refuse_years", { years: list(years) })] : []),
    ].join(say("chart.refuse_and"));
    throw new UsageError(say("chart.refuse_mixed_donut", { held }));
  }
}

/** A slope runs from one year to another. */
export function refuseOneYearSlope(from: number, to: number): void {
  if (!(from < to)) throw new UsageError(say("chart.refuse_one_year_slope", { from, to }));
}
