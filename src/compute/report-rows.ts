/**
 * The rows of one report at a time, read into a small table by metric and applicant, for the many
 * look-ups a report's computations make: every part and whole of every breakdown group for shares,
 * every part of every sum for the audit, in each applicant column, this year's and last year's.
 *
 * Why not the table-wide index (ValueIndex): each of its probes reads a slot and then the key columns of
 * the row the slot names, far apart in memory on a corpus of millions of rows, and a report needs
 * dozens; and the index itself costs a pass of random writes over the whole table (1.2 s at 5M rows)
 * and 6.4 bytes a row. A report's rows usually lie together (one file per report, a sorted corpus, and
 * the subtotals deriveSubtotals appends report by report at the end), so a report is one or two runs
 * of rows (report-runs.ts finds them, once per table): reading them once, in order, makes its look-ups
 * array reads. Only a report in more than two runs (an unsorted corpus) is looked up in the index,
 * built then. Both give the same row: the last row of a cell's key, the only one in a validated table.
 */
import { METRICS } from "../catalogue/metrics.js";
import type { ObservationTable } from "../core/observation-table.js";
import { type ReportRuns, reportAt, reportRuns, SCATTERED } from "./report-runs.js";
import { ValueIndex } from "./value-index.js";

/** Applicant columns of a metric: 总计 (−1) and the applicant kinds, with room to spare. */
const APPLICANT_SLOTS = 8;
const SLOTS = METRICS.length * APPLICANT_SLOTS;

/** One report's cells: slot (metric × 8 + applicant + 1) → row, valid where stamp equals the load's. */
class LoadedReport {
  entity = -1;
  year = -1;
  /** Look the report up in the index: its rows lie in more than two runs. */
  scattered = false;
  /** −1 until a report is loaded: no stamp equals it. */
  load = -1;
  readonly stamp = new Int32Array(SLOTS);
  readonly row = new Int32Array(SLOTS);
}

export class ReportRows {
  /** Where each report's rows lie (made once per table). */
  private readonly runs: ReportRuns;
  private current = new LoadedReport();
  private other = new LoadedReport();
  private loads = 0;

  /** Built for the first scattered report, if any. */
  private index: ValueIndex | null = null;

  constructor(private readonly table: ObservationTable) {
    this.runs = reportRuns(table);
  }

  /** True when the table has a row of the entity (code) in the year: that report was read. */
  has(entity: number, year: number): boolean {
    return reportAt(this.runs, entity, year) >= 0;
  }

  /** The row of a cell given as table codes (entity code, catalogue metric code, applicant index or −1), or −1. */
  rowOf(entity: number, year: number, metric: number, applicant: number): number {
    let r = this.current;
    if (r.entity !== entity || r.year !== year) {
      // Checks across years read the report before: keep the last two loaded.
      r = this.other;
      if (r.entity !== entity || r.year !== year) this.load(r, entity, year);
      this.other = this.current;
      this.current = r;
    }
    if (r.scattered) {
      this.index ??= ValueIndex.of(this.table);
      return this.index.rowOf(entity, year, metric, applicant);
    }
    if (metric < 0 || metric >= METRICS.length || applicant < -1 || applicant >= APPLICANT_SLOTS - 1) return -1;
    const slot = metric * APPLICANT_SLOTS + applicant + 1;
    return r.stamp[slot] === r.load ? (r.row[slot] as number) : -1;
  }

  private load(into: LoadedReport, entity: number, year: number): void {
    into.entity = entity;
    into.year = year;
    into.load = ++this.loads;
    const r = reportAt(this.runs, entity, year) * 4;
    const runs = this.runs.runs;
    into.scattered = r >= 0 && runs[r + 2] === SCATTERED;
    if (r < 0 || into.scattered) return;
    this.fill(into, runs[r] as number, runs[r + 1] as number);
    const second = runs[r + 2] as number;
    if (second >= 0) this.fill(into, second, runs[r + 3] as number);
  }

  private fill(into: LoadedReport, start: number, end: number): void {
    const t = this.table;
    const stamp = into.stamp;
    const rows = into.row;
    const load = into.load;
    for (let i = start; i < end; i++) {
      const m = t.metric[i] as number;
      const a = t.applicant[i] as number;
      if (m < 0 || m >= METRICS.length || a < -1 || a >= APPLICANT_SLOTS - 1) continue;
      const slot = m * APPLICANT_SLOTS + a + 1;
      stamp[slot] = load;
      rows[slot] = i;
    }
  }
}
