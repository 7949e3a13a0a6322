import { describe, expect, it } from "vitest";
import { seriesOrder } from "../../src/compute/series-order.js";
import { APPLICANTS } from "../../src/types.js";
import { type Cell, cells } from "./observations.js";

describe("seriesOrder(table)", () => {
  it("seriesOrder(table) groups rows by entity, metric and applicant, each ascending by year", () => {
    const t = cells([
      ["b", 2019, "requests_new", 1],
      ["a", 2020, "requests_new", 2],
      ["a", 2018, "result_total", 3],
      ["a", 2019, "requests_new", 4],
    ]);
    const order = Array.from(seriesOrder(t));
    expect(order.map((i) => [t.entityAt(i), t.metricAt(i), t.year[i]])).toEqual([
      ["a", "requests_new", 2019],
      ["a", "requests_new", 2020],
      ["a", "result_total", 2018],
      ["b", "requests_new", 2019],
    ]);
  });

  it("seriesOrder(table) sorts rows stably by entity id, metric, applicant and year, in both of its ways", () => {
    const entities = ["b", "a", "a-1", "B", "é"];
    const metrics = ["requests_new", "proactive_items", "channel_website", "result_total"];
    // Years 2015–2020 make one key of metric, applicant and year; a year 1 and a year 9000 make the
    // key's range too large for that, and the order is found in four passes.
    for (const years of [
      [2015, 2016, 2017, 2018, 2019, 2020],
      [1, 2018, 9000],
    ]) {
      const rows: Cell[] = [];
      let k = 17;
      for (let i = 0; i < 300; i++) {
        k = (k * 48271) % 2147483647;
        const applicant = k % 3 === 0 ? null : (APPLICANTS[k % APPLICANTS.length] as (typeof APPLICANTS)[number]);
        rows.push([entities[k % 5] as string, years[(k >> 3) % years.length] as number, metrics[(k >> 6) % 4] as string, i, { applicant }]);
      }
      const t = cells(rows);
      const want = rows
        .map((_, i) => i)
        .sort(
          (a, b) =>
            (t.entityAt(a) < t.entityAt(b) ? -1 : t.entityAt(a) > t.entityAt(b) ? 1 : 0) ||
            (t.metric[a] as number) - (t.metric[b] as number) ||
            (t.applicant[a] as number) - (t.applicant[b] as number) ||
            (t.year[a] as number) - (t.year[b] as number) ||
            a - b,
        );
      expect(Array.from(seriesOrder(t)), `years ${years.join(", ")}`).toEqual(want);
      expect(seriesOrder(t, { shared: true }).buffer).toBeInstanceOf(SharedArrayBuffer);
    }
  });
});
