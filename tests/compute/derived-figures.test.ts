/**
 * One derivation for every computation: the subtotals the 2019+ table 三 does not print are derived once
 * (deriveSubtotals) and read alike by changeBetween, yoy, trend and compareEntities. Expected figures are
 * worked out by hand from the cells written here.
 */
import { describe, expect, it } from "vitest";
import { changeBetween } from "../../src/compute/change-between.js";
import { compareEntities } from "../../src/compute/compare-entities.js";
import { deriveSubtotals } from "../../src/compute/derive-subtotals.js";
import { trend } from "../../src/compute/trend.js";
import { yoy } from "../../src/compute/yoy.js";
import { DENIED } from "../helpers/sub-rows.js";
import { type Cell, cells } from "./observations.js";

/** The eight 不予公开 rows of one report, from their values in order. */
function denied(entity: string, year: number, values: number[]): Cell[] {
  return DENIED.map((g, k) => [entity, year, `result_denied.${g}`, values[k] ?? null]);
}

describe("deriveSubtotals(table)", () => {
  it("derives 其他处理 in a 2021-layout report as the sum of its three rows, per applicant column, marked derived with its formula", () => {
    const t = cells([
      ["a", 2022, "result_other.no_amend", 1],
      ["a", 2022, "result_other.fee_unpaid", 0],
      ["a", 2022, "result_other.misc", 2],
      ["a", 2022, "result_other.no_amend", 1, { applicant: "natural_person" }],
      ["a", 2022, "result_other.fee_unpaid", 0, { applicant: "natural_person" }],
      ["a", 2022, "result_other.misc", 1, { applicant: "natural_person" }],
    ]);
    const full = deriveSubtotals(t);
    const total = full.find("a", 2022, "result_other");
    const person = full.find("a", 2022, "result_other", "natural_person");
    // 1 + 0 + 2 = 3 in 总计; 1 + 0 + 1 = 2 for 自然人.
    expect(full.valueAt(total)).toBe(3);
    expect(full.valueAt(person)).toBe(2);
    expect(full.basisAt(total)).toBe("derived");
    expect(full.sourceAt(total)).toBe(
      "derived: result_other = result_other.no_amend + result_other.fee_unpaid + result_other.misc (the report prints no subtotal row)",
    );
  });

  it("keeps a printed figure and adds no derived one beside it (2021 printed 其他处理, 2019 one-row 其他处理)", () => {
    const t = cells([
      ["a", 2022, "result_other", 5],
      ["a", 2022, "result_other.no_amend", 1],
      ["a", 2022, "result_other.fee_unpaid", 0],
      ["a", 2022, "result_other.misc", 2],
      ["b", 2019, "result_other", 4],
    ]);
    const full = deriveSubtotals(t);
    // Nothing to add: the table itself, with its printed 5 (not 1 + 0 + 2 = 3) and 4.
    expect(full).toBe(t);
    expect(full.get("a", 2022, "result_other")).toBe(5);
    expect(full.get("b", 2019, "result_other")).toBe(4);
  });

  it("derives no subtotal when a row is not stated, and derives a derived table to itself", () => {
    const t = cells([...denied("a", 2020, [1, 0, 0, 0, 0, 0, 0]), ["a", 2020, "result_denied.admin_inquiry", null]]);
    const full = deriveSubtotals(t);
    expect(full.find("a", 2020, "result_denied")).toBe(-1);
    const u = cells(denied("a", 2020, [1, 2, 0, 0, 0, 3, 0, 0]));
    const once = deriveSubtotals(u);
    expect(once).not.toBe(u);
    expect(deriveSubtotals(once)).toBe(once);
    // 1 + 2 + 3 = 6.
    expect(once.get("a", 2020, "result_denied")).toBe(6);
  });
});

describe("every computation reads the derived subtotals", () => {
  const table = () =>
    cells([
      ["a", 2018, "answer_refused", 4],
      ...denied("a", 2019, [1, 0, 0, 2, 0, 0, 0, 0]),
      ...denied("a", 2020, [0, 0, 0, 1, 0, 4, 0, 0]),
      ["b", 2019, "result_denied", 9],
      ["b", 2020, "result_denied", 6],
    ]);

  it("changeBetween compares 不予公开 of a body that prints only its rows: 3 → 5", () => {
    const rows = changeBetween(table(), 2019, 2020, { metrics: ["result_denied"] }).rows();
    expect(rows.map((r) => [r.entity, r.from_value, r.to_value, r.change, r.from_basis, r.to_basis])).toEqual([
      ["a", 3, 5, 2, "derived", "derived"],
      ["b", 9, 6, -3, "printed", "printed"],
    ]);
    // (5 − 3) / 3 × 100.
    expect(rows[0]?.change_pct).toBe((2 / 3) * 100);
    expect(rows[0]?.derivation).toMatch(/^derived: result_denied = result_denied\.state_secret \+ /);
  });

  it("yoy gives the same pair as changeBetween", () => {
    const rows = yoy(table(), { metrics: ["result_denied"], entities: ["a"] }).rows();
    expect(rows.map((r) => [r.from_year, r.to_year, r.from_value, r.to_value])).toEqual([
      [2018, 2019, null, 3],
      [2019, 2020, 3, 5],
    ]);
  });

  it("trend runs past 2018: answer_refused through the crosswalk, then the derived subtotal", () => {
    const a = trend(table(), { metric: "result_denied", entities: ["a"] }).series[0];
    expect(a?.points.map((p) => [p.year, p.value, p.basis])).toEqual([
      [2018, 4, "crosswalk"],
      [2019, 3, "derived"],
      [2020, 5, "derived"],
    ]);
  });

  it("compareEntities ranks both bodies, the one printing only rows too", () => {
    const { rows } = compareEntities(table(), { year: 2020, metric: "result_denied" });
    expect(rows.map((r) => [r.entity, r.value, r.rank, r.basis])).toEqual([
      ["b", 6, 1, "printed"],
      ["a", 5, 2, "derived"],
    ]);
    // 6 + 5 = 11; 5 / 11 × 100.
    expect(rows[1]?.share_of_peer_total).toBe((5 / 11) * 100);
  });
});

describe("a baseline from a printed change", () => {
  it("gives the prior year's figure a printed change implies, where the data has none: 89370 − 2589 = 86781", () => {
    const t = cells([
      ["a", 2017, "proactive_items", 89370, { printed_change: 2589, source: "主动公开政府信息89370条,较2016年增加2589条" }],
    ]);
    const full = deriveSubtotals(t);
    const row = full.find("a", 2016, "proactive_items");
    expect(full.valueAt(row)).toBe(86781);
    expect(full.basisAt(row)).toBe("derived");
    expect(full.sourceAt(row)).toBe(
      "derived from the printed change: 89370 − 2589, from the 2017 report: 主动公开政府信息89370条,较2016年增加2589条",
    );
    // compare then has both years: +2589, 2589 / 86781 × 100 %.
    const pair = changeBetween(t, 2016, 2017).rows()[0];
    expect([pair?.from_value, pair?.change, pair?.change_pct, pair?.from_basis]).toEqual([86781, 2589, (2589 / 86781) * 100, "derived"]);
  });

  it("keeps a prior figure the data has, and derives none a prior layout cannot hold or a signed figure implies", () => {
    const t = cells([
      ["a", 2016, "proactive_items", 80000],
      ["a", 2017, "proactive_items", 89370, { printed_change: 2589 }],
      // 2018 is of the 2008 layout, which has no requests_new.
      ["a", 2019, "requests_new", 12, { printed_change: 2 }],
      ["a", 2020, "licensing_items_delta", 3, { printed_change: 1 }],
      // 5 − 9 would be a negative count: the report contradicts itself, and no figure is made up.
      ["a", 2020, "requests_new", 5, { printed_change: 9 }],
    ]);
    const full = deriveSubtotals(t);
    expect(full).toBe(t);
    expect(full.get("a", 2016, "proactive_items")).toBe(80000);
  });
});
