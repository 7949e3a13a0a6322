import { describe, expect, it } from "vitest";
import { metricCode } from "../../src/catalogue/catalogue.js";
import { deriveSubtotals } from "../../src/compute/derive-subtotals.js";
import { ReportRows } from "../../src/compute/report-rows.js";
import { adoptReportRuns, reportAt, reportRuns, SCATTERED } from "../../src/compute/report-runs.js";
import { ValueIndex } from "../../src/compute/value-index.js";
import type { ObservationTable } from "../../src/core/observation-table.js";
import { loadDatasetsOrThrow } from "../../src/io/load-datasets.js";
import { type Cell, cells } from "./observations.js";

/** Every cell of the table, and its neighbours one year and one applicant column away, as the index finds them. */
function expectSameAsIndex(table: ObservationTable, rows: ReportRows): number {
  const index = ValueIndex.of(table, { keep: false });
  let looked = 0;
  for (let i = 0; i < table.length; i++) {
    const e = table.entity[i] as number;
    const y = table.year[i] as number;
    const m = table.metric[i] as number;
    const a = table.applicant[i] as number;
    for (const [year, applicant] of [
      [y, a],
      [y - 1, a],
      [y, a === -1 ? 0 : -1],
    ] as const) {
      expect(rows.rowOf(e, year, m, applicant)).toBe(index.rowOf(e, year, m, applicant));
      looked++;
    }
  }
  return looked;
}

describe("a report's cells read from its rows", () => {
  it("finds every row of the bundled datasets, with derived subtotals appended, as the index does", async () => {
    const full = deriveSubtotals(await loadDatasetsOrThrow("datasets"));
    expect(expectSameAsIndex(full, new ReportRows(full))).toBe(full.length * 3);
  });

  it("a report in two runs (its subtotals appended) and one in three (an unsorted table) give the index's rows", () => {
    const table = cells([
      ["a", 2010, "proactive_items", 10],
      ["b", 2010, "proactive_items", 7],
      ["a", 2010, "channel_website", 4],
      ["a", 2011, "proactive_items", 12],
      ["b", 2010, "channel_weibo", 1],
      ["a", 2011, "channel_website", null],
      ["b", 2010, "channel_website", 3],
    ]);
    const rows = new ReportRows(table);
    expectSameAsIndex(table, rows);
    const a = table.entityNames.indexOf("a");
    const b = table.entityNames.indexOf("b");
    const web = metricCode("channel_website");
    // b 2010 lies in three runs: looked up in the index, and found all the same.
    expect(rows.rowOf(b, 2010, web, -1)).toBe(6);
    expect(rows.rowOf(b, 2010, metricCode("channel_weibo"), -1)).toBe(4);
    // a 2011's row with an unknown value is a row; a cell it lacks, a year it lacks, an entity it lacks are not.
    expect(rows.rowOf(a, 2011, web, -1)).toBe(5);
    expect(rows.rowOf(a, 2011, metricCode("channel_weibo"), -1)).toBe(-1);
    expect(rows.rowOf(a, 2012, web, -1)).toBe(-1);
    expect(rows.rowOf(-1, 2010, web, -1)).toBe(-1);
    expect(rows.rowOf(a, 2010, -1, -1)).toBe(-1);
    expect(rows.has(a, 2011)).toBe(true);
    expect(rows.has(a, 2012)).toBe(false);
  });

  it("alternating between a report and the year before keeps both, and a third report replaces the older", () => {
    const table = cells([
      ["a", 2010, "proactive_items", 1],
      ["a", 2011, "proactive_items", 2],
      ["a", 2012, "proactive_items", 3],
    ]);
    const rows = new ReportRows(table);
    const a = table.entityNames.indexOf("a");
    const m = metricCode("proactive_items");
    const seen = [2011, 2010, 2011, 2012, 2010, 2012, 2011].map((y) => rows.rowOf(a, y, m, -1));
    expect(seen).toEqual([1, 0, 1, 2, 0, 2, 1]);
  });

  it("a table's report runs are found once, on shared memory when asked, and another thread's can be adopted", () => {
    const rows = [
      ["b", 2011, "proactive_items", 1],
      ["a", 2010, "proactive_items", 2],
      ["b", 2010, "proactive_items", 3],
      ["b", 2011, "channel_website", 4],
      ["a", 2010, "channel_website", 5],
      ["a", 2010, "channel_weibo", 6],
      ["a", 2010, "channel_wechat", 7],
    ] as const;
    const table = cells(rows.map((r) => [...r]));
    const runs = reportRuns(table, { shared: true });
    expect(reportRuns(table)).toBe(runs);
    expect(runs.runs.buffer).toBeInstanceOf(SharedArrayBuffer);
    const a = table.entityNames.indexOf("a");
    const b = table.entityNames.indexOf("b");
    // Reading order: a 2010, b 2010, b 2011. a 2010 lies in rows 1, 4–6 (two runs), b 2011 in rows 0 and
    // 3 (two runs), b 2010 in row 2.
    expect([reportAt(runs, a, 2010), reportAt(runs, b, 2010), reportAt(runs, b, 2011)]).toEqual([0, 1, 2]);
    expect(Array.from(runs.runs)).toEqual([1, 2, 4, 7, 2, 3, -1, -1, 0, 1, 3, 4]);
    expect([reportAt(runs, a, 2011), reportAt(runs, -1, 2010), reportAt(runs, 99, 2010)]).toEqual([-1, -1, -1]);
    const other = cells(rows.map((r) => [...r]));
    adoptReportRuns(other, runs);
    expect(reportRuns(other)).toBe(runs);
    // A third run marks the report scattered.
    const scattered = reportRuns(
      cells([
        ...rows.map((r) => [...r] as Cell),
        ["a", 2010, "channel_other", 8],
        ["b", 2010, "channel_other", 9],
        ["a", 2010, "requests_received", 1],
      ]),
    );
    expect(scattered.runs[2]).toBe(SCATTERED);
  });
});
