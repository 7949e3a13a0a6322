/**
 * Row filters shared by the compute functions: which metrics and entities to keep, as code masks over
 * the typed columns (no per-row string comparisons).
 */
import { metricCode } from "../catalogue/catalogue.js";
import type { ObservationTable } from "../core/observation-table.js";
import type { EntityId, MetricId } from "../types.js";

export interface SeriesFilter {
  /** Keep only these metric ids (default: all). */
  metrics?: readonly MetricId[];
  /** Keep only these entity ids (default: all). */
  entities?: readonly EntityId[];
}

/** A predicate over row indexes; unknown ids simply match nothing. */
export function rowFilter(table: ObservationTable, filter: SeriesFilter): (row: number) => boolean {
  const metrics = filter.metrics?.length ? new Set(filter.metrics.map(metricCode)) : null;
  const entities = filter.entities?.length ? new Set(filter.entities.map((e) => table.entityNames.indexOf(e))) : null;
  if (metrics === null && entities === null) return () => true;
  return (row) =>
    (metrics === null || metrics.has(table.metric[row] as number)) && (entities === null || entities.has(table.entity[row] as number));
}
