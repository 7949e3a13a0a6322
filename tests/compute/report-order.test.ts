import { describe, expect, it } from "vitest";
import { reportOrder } from "../../src/compute/report-order.js";
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
});
