import type { ObservationTable } from "./observation-table.js";

/** What a set of datasets holds: per entity and year, how many figures are printed, derived or blank. */
export interface DatasetSummary {
  entities: number;
  years: number[];
  metrics: number;
  rows: number;
  printed: number;
  derived: number;
  /** Rows whose value is not stated (blank, —). */
  unknown: number;
  byEntityYear: { entity: string; name_zh: string; year: number; rows: number; printed: number; derived: number; unknown: number }[];
}

export function summarize(table: ObservationTable): DatasetSummary {
  const groups = new Map<string, DatasetSummary["byEntityYear"][number]>();
  const metrics = new Set<number>();
  let printed = 0;
  let derived = 0;
  let unknown = 0;
  for (let i = 0; i < table.length; i++) {
    const entity = table.entityAt(i);
    const year = table.year[i] as number;
    const key = `${entity}\u0000${year}`;
    let g = groups.get(key);
    if (!g) {
      g = { entity, name_zh: table.entityInfo.get(entity)?.name_zh ?? entity, year, rows: 0, printed: 0, derived: 0, unknown: 0 };
      groups.set(key, g);
    }
    g.rows++;
    metrics.add(table.metric[i] as number);
    if (Number.isNaN(table.value[i] as number)) {
      g.unknown++;
      unknown++;
    } else if (table.basis[i] === 1) {
      g.derived++;
      derived++;
    } else {
      g.printed++;
      printed++;
    }
  }
  const byEntityYear = [...groups.values()].sort((a, b) => a.entity.localeCompare(b.entity) || a.year - b.year);
  return {
    entities: new Set(byEntityYear.map((g) => g.entity)).size,
    years: table.years(),
    metrics: metrics.size,
    rows: table.length,
    printed,
    derived,
    unknown,
    byEntityYear,
  };
}
