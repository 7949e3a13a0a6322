/** Tiny inline tables for compute and audit tests. */
import { tableFromObservations } from "../../src/core/observation-table.js";
import type { Applicant, EntityInfo, Observation } from "../../src/types.js";

export type Cell = [entity: string, year: number, metric: string, value: number | null, extra?: Partial<Observation>];

export function cells(rows: Cell[], applicant: Applicant | null = null) {
  const infos = new Map<string, EntityInfo>();
  const obs: Observation[] = rows.map(([entity, year, metric, value, extra], i) => {
    infos.set(entity, { id: entity, name_zh: `${entity}市`, name_en: entity, level: "city", province: "测试省", parent: null });
    return {
      entity,
      year,
      metric,
      applicant,
      value,
      printed_share: null,
      printed_change: null,
      printed_change_pct: null,
      basis: "printed",
      source: `${metric} ${value ?? "—"}`,
      file: `datasets/${entity}/${year}.csv`,
      line: i + 2,
      ...extra,
    };
  });
  return tableFromObservations(obs, [...infos.values()]);
}
