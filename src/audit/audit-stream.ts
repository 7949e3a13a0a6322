/**
 * The audit a group of reports at a time, for corpora whose findings would not fit in memory at once
 * (a synthetic 50M-row corpus has millions). Reports come in reading order (entity ids in
 * readingOrder, then year; no two reports tie) and every finding belongs to one report, so sorting
 * each report's findings gives, report after report, exactly the order `auditReport` gives by sorting
 * them all: within one report the checks run in the same order (printed changes row by row, then the
 * per-report checks), and the sort is stable. Sorting a report's few findings needs no entity ranks
 * (ranking a group's entity ids through ICU's collation, group after group, took 5 % of an audit).
 */
import type { ObservationTable } from "../core/observation-table.js";
import { type AuditOptions, PER_REPORT, SEVERITY_RANK } from "./audit.js";
import { AuditContext } from "./audit-context.js";
import { checkPrintedChangeAt, hasPrintedChange } from "./check-printed-changes.js";
import { type Finding, sortFindings, sortReportFindings } from "./finding.js";

/** Reports per group: enough to amortise a sort, few enough that a group's findings stay small. */
export const REPORTS_PER_GROUP = 4096;

/**
 * Findings per group, at most, give or take one report's: a 2019+ report has dozens of findings, each
 * with figures, and 4096 reports' worth (100 MB and more) outlived the young generation's collections,
 * so V8's old space grew with garbage. On 1M rows of 2021-layout table 三 (9,000 reports, 144,000
 * findings) the audit's peak memory went from 545 MB to 292 MB, and its time from 3.2 s to 2.3 s, with
 * groups of 4096 findings. Even those are copied by every young-generation collection while the group
 * fills: 1024 took the 200k audit export from 350–535 ms (median 454) to 280–450 ms (median 338).
 */
export const FINDINGS_PER_GROUP = 1024;

export interface AuditStream {
  /** The findings in the order of `auditReport`, a group of reports at a time (each group sorted). */
  groups: Iterable<Finding[]>;
  /** How far the groups have got, 0 to 1. */
  fraction: () => number;
}

/**
 * `range`, given the number of reports, picks the reports [from, to) to audit (all by default): a part
 * of them can be audited by one thread and the parts' findings concatenated, since every finding
 * belongs to one report.
 */
export function auditStream(
  table: ObservationTable,
  options: AuditOptions = {},
  reportsPerGroup = REPORTS_PER_GROUP,
  range?: (reports: number) => { from: number; to: number },
  findingsPerGroup = FINDINGS_PER_GROUP,
): AuditStream {
  let fraction = 0;
  return {
    fraction: () => fraction,
    groups: {
      *[Symbol.iterator]() {
        const ctx = new AuditContext(table, options.lang);
        const reports = ctx.reports;
        const changes = printedChangeRows(ctx);
        const entities = options.entities?.length ? new Set(options.entities) : null;
        const keep = options.checks?.length ? new Set(options.checks) : null;
        const min = SEVERITY_RANK[options.minSeverity ?? "note"];
        const { from: first, to: last } = range?.(reports.length) ?? { from: 0, to: reports.length };
        // Printed-change rows of reports before the range are not this part's.
        let c = 0;
        while (c < changes.report.length && (changes.report[c] as number) < first) c++;
        for (let start = first; start < last; ) {
          const end = Math.min(start + reportsPerGroup, last);
          let group: Finding[] = [];
          // Reports come in reading order, so sorting each report's findings orders the group (should a
          // finding name another report, the group is sorted whole).
          let sorted = true;
          let k = start;
          // A group also ends, at a report's end, once it holds findingsPerGroup findings (see FINDINGS_PER_GROUP).
          for (; k < end && group.length < findingsPerGroup; k++) {
            const r = reports[k] as (typeof reports)[number];
            const before = group.length;
            // Printed-change rows of this report (they are sorted by report, then row).
            while (c < changes.report.length && (changes.report[c] as number) === k) {
              if (entities === null || entities.has(r.entity)) checkPrintedChangeAt(ctx, changes.row[c] as number, group);
              c++;
            }
            if (entities !== null && !entities.has(r.entity)) continue;
            for (const check of PER_REPORT) for (const f of check(ctx, r)) group.push(f);
            if (!sorted) continue;
            for (let f = before; f < group.length; f++) {
              const finding = group[f] as Finding;
              if (finding.entity !== r.entity || finding.year !== r.year) sorted = false;
            }
            if (sorted) sortReportFindings(group, before);
          }
          if (keep !== null) group = group.filter((f) => keep.has(f.check));
          group = group.filter((f) => SEVERITY_RANK[f.severity] <= min);
          fraction = (k - first) / (last - first);
          start = k;
          if (group.length > 0) yield sorted ? group : sortFindings(group);
        }
        fraction = 1;
      },
    },
  };
}

/** The rows printing a change or growth, each with the position of its report, ordered by report then row. */
function printedChangeRows(ctx: AuditContext): { report: Int32Array; row: Int32Array } {
  const t = ctx.table;
  const rows: number[] = [];
  for (let i = 0; i < t.length; i++) if (hasPrintedChange(t, i)) rows.push(i);
  if (rows.length === 0) return { report: new Int32Array(0), row: new Int32Array(0) };
  // Position of each report by entity code and year offset; entities with a printed change only.
  const wanted = new Set(rows.map((i) => t.entity[i] as number));
  const positions = new Map<number, Map<number, number>>();
  ctx.reports.forEach((r, k) => {
    const e = r.code;
    if (!wanted.has(e)) return;
    let years = positions.get(e);
    if (years === undefined) {
      years = new Map();
      positions.set(e, years);
    }
    years.set(r.year, k);
  });
  const report = Int32Array.from(rows, (i) => positions.get(t.entity[i] as number)?.get(t.year[i] as number) as number);
  const order = [...rows.keys()].sort((a, b) => (report[a] as number) - (report[b] as number) || (rows[a] as number) - (rows[b] as number));
  return { report: Int32Array.from(order, (o) => report[o] as number), row: Int32Array.from(order, (o) => rows[o] as number) };
}
