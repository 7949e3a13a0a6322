/**
 * What the analysis commands say instead of an empty answer: a year the data does not hold, a metric no
 * body states, an empty peer set. Each is a UsageError (a message and exit 1) that names what the data
 * does hold and, when a report layout cannot hold the metric at all, says so (a 2018 dataset cannot
 * hold a 2019-only metric) rather than suggesting to add it.
 */

import { findMetric, layoutOfYear } from "../catalogue/catalogue.js";
import { outsideLayout } from "../compute/compute-warning.js";
import type { ObservationTable } from "../core/observation-table.js";
import { UsageError } from "../errors.js";
import { say } from "../messages/catalogue.js";
import type { MetricId } from "../types.js";
import { listText, orText } from "./list-text.js";

/** The report years of the given bodies (all when undefined), ascending. */
export function yearsHeld(table: ObservationTable, entities: readonly string[] | undefined): number[] {
  if (entities === undefined) return table.years();
  const codes = new Set(entities.map((e) => table.entityNames.indexOf(e)));
  const years = new Set<number>();
  for (let i = 0; i < table.length; i++) if (codes.has(table.entity[i] as number)) years.add(table.year[i] as number);
  return [...years].sort((a, b) => a - b);
}

/** Each body's report years, in one pass over the table. */
export function yearsByEntity(table: ObservationTable): Map<string, Set<number>> {
  const byCode: Set<number>[] = table.entityNames.map(() => new Set<number>());
  for (let i = 0; i < table.length; i++) byCode[table.entity[i] as number]?.add(table.year[i] as number);
  return new Map(table.entityNames.map((e, k) => [e, byCode[k] as Set<number>]));
}

/** Throws when none of the given bodies has a report of one of `years`. */
export function requireYears(table: ObservationTable, years: readonly number[], entities: readonly string[] | undefined): void {
  const held = yearsHeld(table, entities);
  const missing = years.filter((y) => !held.includes(y));
  if (missing.length === 0) return;
  const at = { years: orText(missing), held: held.length ? listText(held) : say("cli.none") };
  throw new UsageError(
    entities === undefined
      ? say("cli.no_report_of_years_data", at)
      : say("cli.no_report_of_years_entities", { ...at, entities: listText(entities) }),
  );
}

/** Why a metric may have no figure in `years`: the years whose report layout cannot hold it, else "". */
export function layoutReasons(metric: MetricId, years: readonly number[]): string {
  // One reason per layout, naming its years together ("a 2016 or 2017 dataset cannot hold it").
  const byLayout = new Map<string, number[]>();
  for (const y of years) byLayout.set(layoutOfYear(y), [...(byLayout.get(layoutOfYear(y)) ?? []), y]);
  const reasons = [...byLayout.values()]
    .map((ys) => outsideLayout(metric, ys[0] as number, orText(ys)))
    .filter((x): x is string => x !== null);
  const gap = say("cli.sentence_gap");
  return reasons.map((r) => gap + r).join("");
}

/** The report years whose layout carries the metric, as text ("2019–2020, 2021+"). */
export function metricYearsText(metric: MetricId): string {
  const names: Record<string, string> = {
    "2008": say("cli.layout_years_2008"),
    "2019": say("cli.layout_years_2019"),
    "2021": say("cli.layout_years_2021_on"),
  };
  return listText((findMetric(metric)?.layouts ?? []).map((l) => names[l] as string));
}

/** True when the metric is part of the layout of `year`. */
export function layoutHolds(metric: MetricId, year: number): boolean {
  return findMetric(metric)?.layouts.includes(layoutOfYear(year)) === true;
}
