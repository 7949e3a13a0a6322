/**
 * Where each report's rows lie in a table: a report (entity, year) is found by its entity's place in
 * the reading order (reportOrder: an entity's reports stand together, years ascending), and holds its
 * first two runs of consecutive rows, or a mark that it lies in more (an unsorted table). ReportRows
 * reads a report's cells from these runs.
 *
 * Made once per table and kept with it, as the report order is: shares and the audit each read every
 * report, and this pass over every row would otherwise be made by each of them, in each thread. An
 * export's threads take the one their lead made (adoptReportRuns), on shared memory. 16 bytes a report
 * and 8 an entity.
 */
import { madePerTable } from "../core/made-per-table.js";
import type { ObservationTable } from "../core/observation-table.js";
import { numberArray, onSharedMemory } from "../core/shared-memory.js";
import { reportOrder } from "./report-order.js";

export interface ReportRuns {
  /** Per entity code: the place of its first report in the reading order (−1: none), and how many. */
  entityFirst: Int32Array;
  entityCount: Int32Array;
  /** The reports' years, in reading order. */
  year: Int32Array;
  /**
   * Per report (in reading order), four numbers: its first run [start, end) of rows, then its second
   * run, whose start is −1 when there is none and −2 when the report lies in more than two.
   */
  runs: Int32Array;
}

/** A report's second-run start when it lies in more than two runs. */
export const SCATTERED = -2;

const made = madePerTable(build);

/** `shared` puts the arrays on SharedArrayBuffers, for threads to adopt (adoptReportRuns). */
export function reportRuns(table: ObservationTable, options: { shared?: boolean } = {}): ReportRuns {
  return made.of(table, options);
}

/** Takes `runs`, made from `table` by another thread, as table's report runs. */
export function adoptReportRuns(table: ObservationTable, runs: ReportRuns): void {
  made.adopt(table, runs);
}

/** The place of the report (entity code, year) in the reading order, or −1 when the table has none. */
export function reportAt(r: ReportRuns, entity: number, year: number): number {
  if (entity < 0 || entity >= r.entityFirst.length) return -1;
  const first = r.entityFirst[entity] as number;
  const end = first + (r.entityCount[entity] as number);
  for (let k = first; k < end; k++) if (r.year[k] === year) return k;
  return -1;
}

function build(table: ObservationTable, shared: boolean): ReportRuns {
  const order = reportOrder(table);
  const entities = table.entityNames.length;
  const entityFirst = numberArray(Int32Array, entities, shared).fill(-1);
  const entityCount = numberArray(Int32Array, entities, shared);
  for (let k = 0; k < order.length; k++) {
    const e = order.entity[k] as number;
    if (entityCount[e] === 0) entityFirst[e] = k;
    entityCount[e] = (entityCount[e] as number) + 1;
  }
  const year = shared ? onSharedMemory(order.year) : order.year;
  const result: ReportRuns = { entityFirst, entityCount, year, runs: numberArray(Int32Array, order.length * 4, shared).fill(-1) };
  const runs = result.runs;
  const n = table.length;
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && table.entity[i] === table.entity[start] && table.year[i] === table.year[start]) continue;
    const r = reportAt(result, table.entity[start] as number, table.year[start] as number) * 4;
    if (runs[r] === -1) {
      runs[r] = start;
      runs[r + 1] = i;
    } else if (runs[r + 2] === -1) {
      runs[r + 2] = start;
      runs[r + 3] = i;
    } else runs[r + 2] = SCATTERED;
    start = i;
  }
  return result;
}
