/**
 * O(1) look-up of a row by (entity, year, metric, applicant). ObservationTable.find is linear; audits
 * and breakdowns look up thousands of cells, so they build this index once.
 */
import { metricCode } from "../catalogue/catalogue.js";
import type { ObservationTable } from "../core/observation-table.js";
import { APPLICANTS, type Applicant } from "../types.js";

export class ValueIndex {
  private readonly rows = new Map<number, number>();
  private readonly entityCodes = new Map<string, number>();

  constructor(readonly table: ObservationTable) {
    table.entityNames.forEach((name, code) => {
      this.entityCodes.set(name, code);
    });
    for (let i = 0; i < table.length; i++) {
      this.rows.set(
        cellKey(table.entity[i] as number, table.year[i] as number, table.metric[i] as number, table.applicant[i] as number),
        i,
      );
    }
  }

  /** The row of a cell, or −1 when the table has no such row. */
  row(entity: string, year: number, metric: string, applicant: Applicant | null = null): number {
    const e = this.entityCodes.get(entity);
    const m = metricCode(metric);
    if (e === undefined || m < 0) return -1;
    const a = applicant === null ? -1 : APPLICANTS.indexOf(applicant);
    return this.rows.get(cellKey(e, year, m, a)) ?? -1;
  }

  /** The value of a cell; NaN when the row is absent or its value is not stated. */
  value(entity: string, year: number, metric: string, applicant: Applicant | null = null): number {
    const i = this.row(entity, year, metric, applicant);
    return i < 0 ? Number.NaN : (this.table.value[i] as number);
  }

  /** True when the entity has any row for the year (its report for that year was read). */
  hasYear(entity: string, year: number): boolean {
    return this.entityYears().has(`${entity}\u0000${year}`);
  }

  private years: Set<string> | null = null;

  private entityYears(): Set<string> {
    if (this.years === null) {
      const s = new Set<string>();
      for (let i = 0; i < this.table.length; i++) s.add(`${this.table.entityAt(i)}\u0000${this.table.year[i]}`);
      this.years = s;
    }
    return this.years;
  }
}

/** A collision-free numeric key: years 1900–5995, up to 8 applicant slots, any metric and entity code. */
function cellKey(entity: number, year: number, metric: number, applicant: number): number {
  return ((entity * 4096 + metric) * 8 + (applicant + 1)) * 4096 + (year - 1900);
}
