import { describe, expect, it } from "vitest";
import { seriesOrder } from "../../src/compute/series-order.js";
import { cells } from "./observations.js";

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
});
