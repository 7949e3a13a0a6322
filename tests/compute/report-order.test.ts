import { describe, expect, it } from "vitest";
import { adoptReportOrder, readingOrder, reportOrder } from "../../src/compute/report-order.js";
import { cells } from "./observations.js";

describe("reportOrder(table)", () => {
  it("reportOrder(table) lists each (entity, year) once, ids in localeCompare order, then years", () => {
    const ids = ["b", "a-b", "ab", "B", "a_b", "a10", "a9", "é", "e", "z"];
    const years = [2021, 2008, 2016, 2100, 2017];
    const rows = ids.flatMap((id, i) =>
      years
        .filter((_, k) => (i + k) % 3 !== 0)
        .flatMap((y) => [[id, y, "proactive_items", 1] as const, [id, y, "channel_website", 2] as const]),
    );
    const table = cells(rows.map((r) => [...r]));
    const r = reportOrder(table);
    const got = Array.from(r.entity, (e, k) => [table.entityNames[e], r.year[k]]);
    const want = [...new Set(rows.map(([id, y]) => `${id}\u0000${y}`))]
      .map((k) => k.split("\u0000"))
      .map(([id, y]) => [id, Number(y)] as [string, number])
      .sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
    expect(got).toEqual(want);
  });

  it("reportOrder(table) is empty for an empty table", () => {
    expect(reportOrder(cells([])).length).toBe(0);
  });

  it("reportOrder(table) keeps two ids localeCompare finds equal apart, by code units, each with its years together", () => {
    const composed = "\u00e9";
    const decomposed = "e\u0301";
    expect(composed.localeCompare(decomposed)).toBe(0);
    const table = cells([
      [composed, 2018, "proactive_items", 1],
      [decomposed, 2017, "proactive_items", 2],
      [composed, 2017, "proactive_items", 3],
      [decomposed, 2018, "proactive_items", 4],
      ["d", 2018, "proactive_items", 5],
    ]);
    const r = reportOrder(table);
    const got = Array.from(r.entity, (e, k) => `${table.entityNames[e]} ${r.year[k]}`);
    // "e\u0301" < "\u00e9" in code units.
    expect(got).toEqual(["d 2018", `${decomposed} 2017`, `${decomposed} 2018`, `${composed} 2017`, `${composed} 2018`]);
    expect(readingOrder()(decomposed, composed)).toBeLessThan(0);
    expect(readingOrder()("a", "b")).toBe("a".localeCompare("b"));
  });

  it("reportOrder(table) is made once per table; shared, it lies on shared memory; another thread's can be adopted", () => {
    const table = cells([
      ["b", 2017, "proactive_items", 1],
      ["a", 2017, "proactive_items", 2],
    ]);
    const shared = reportOrder(table, { shared: true });
    expect(shared.entity.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(reportOrder(table)).toBe(shared);
    const other = cells([
      ["b", 2017, "proactive_items", 1],
      ["a", 2017, "proactive_items", 2],
    ]);
    adoptReportOrder(other, shared);
    expect(reportOrder(other)).toBe(shared);
    expect(Array.from(shared.entity, (e) => table.entityNames[e])).toEqual(["a", "b"]);
  });
});
