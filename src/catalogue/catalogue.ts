/** Look-ups over the metric catalogue: by id, by numeric code (the columnar core's metric column), by era. */

import { closestStrings } from "../text/closest-strings.js";
import type { Layout, MetricId, Year } from "../types.js";
import type { MetricDefinition } from "./metric-definition.js";
import { METRICS } from "./metrics.js";

const byId = new Map<MetricId, number>(METRICS.map((m, i) => [m.id, i]));

/** The last id asked for, and its code: consecutive rows mostly name the same metric (one per applicant). */
let lastId = "";
let lastCode = -1;

/** The numeric code of a metric id (its index in METRICS), or -1 when the id is unknown. */
export function metricCode(id: MetricId): number {
  // Comparing with the last id costs a sixth of hashing a fresh cell's text for the map.
  if (id !== lastId) {
    lastId = id;
    lastCode = byId.get(id) ?? -1;
  }
  return lastCode;
}

/** The definition of a metric code (see metricCode). */
export function metricAt(code: number): MetricDefinition {
  const m = METRICS[code];
  if (m === undefined) throw new RangeError(`no metric has code ${code}`);
  return m;
}

/** The definition of a metric id, or undefined when the catalogue has no such id. */
export function findMetric(id: MetricId): MetricDefinition | undefined {
  const code = byId.get(id);
  return code === undefined ? undefined : METRICS[code];
}

/** The definition of a metric id; throws for an unknown id (a programming error, not a data error). */
export function getMetric(id: MetricId): MetricDefinition {
  const m = findMetric(id);
  if (m === undefined) throw new RangeError(`unknown metric id "${id}"`);
  return m;
}

/** The ids once: closestStrings remembers its answers per list, so a file repeating one wrong id is searched once. */
const METRIC_IDS: readonly string[] = METRICS.map((m) => m.id);

/** Up to `limit` known metric ids closest to a mistyped one, best first. */
export function closestMetricIds(id: string, limit = 3): string[] {
  return closestStrings(id, METRIC_IDS, limit);
}

/** The statistical layout a report of this year uses (2019 and 2021 are the template changes). */
export function layoutOfYear(year: Year): Layout {
  if (year >= 2021) return "2021";
  if (year >= 2019) return "2019";
  return "2008";
}

/** The label of a metric in the chosen language. */
export function metricLabel(id: MetricId, locale: "zh" | "en" = "zh"): string {
  const m = findMetric(id);
  if (m === undefined) return id;
  return locale === "zh" ? m.label_zh : m.label_en;
}
