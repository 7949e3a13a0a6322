import { describe, expect, it } from "vitest";
import { changeBetween } from "../../src/compute/change-between.js";
import { bodyComparability } from "../../src/compute/comparability.js";
import { compareEntities } from "../../src/compute/compare-entities.js";
import { trend } from "../../src/compute/trend.js";
import { yoy } from "../../src/compute/yoy.js";
import { tableFromObservations } from "../../src/core/observation-table.js";
import { sameScope, scopeChangeBetween, scopeKind } from "../../src/coverage/scope-by-year.js";
import { loadDatasetsOrThrow } from "../../src/io/load-datasets.js";
import type { EntityInfo } from "../../src/types.js";
import { cells } from "./observations.js";

// 洪泽区's entity.json: the 2023 report counts the whole district (全区), the 2024 report the district
// government office (办公室). Its table 三 says 21 new requests in 2023 and 95 in 2024.
const HONGZE = "datasets/huaian-hongze";

/** A small table whose body "a" states the given scopes in its entity.json. */
function scoped(scope: unknown, rows: Parameters<typeof cells>[0]) {
  const t = cells(rows);
  const infos = [...t.entityInfo.values()].map((i) => ({ ...i, scope }) as EntityInfo);
  return tableFromObservations(t.rows(), infos);
}

describe("a body's scope over time in every comparison", () => {
  it("compare 2023→2024 of 洪泽区's new requests says scope changed (全区→办公室), never comparable; the change is still computed", async () => {
    const t = await loadDatasetsOrThrow(HONGZE);
    const row = changeBetween(t, 2023, 2024)
      .rows()
      .find((r) => r.metric === "requests_new" && r.applicant === null);
    expect(row).toMatchObject({
      from_value: 21,
      to_value: 95,
      change: 74,
      comparability: "scope_changed",
      scope_from: "全区",
      scope_to: "办公室",
    });
    expect(row?.change_pct).toBeCloseTo((74 / 21) * 100, 10);
    // Every pair of the two years, yoy's too, carries the same verdict: no figure of 2023 → 2024 reads comparable.
    const all = yoy(t)
      .rows()
      .filter((r) => r.from_year === 2023 && r.to_year === 2024 && r.from_value !== null);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((r) => r.comparability !== "scope_changed").map((r) => r.metric)).toEqual([]);
  });

  it("trend and peers of 洪泽区's new requests say the same", async () => {
    const t = await loadDatasetsOrThrow(HONGZE);
    const s = trend(t, { metric: "requests_new" }).series[0];
    expect(s?.points.map((p) => [p.year, p.value, p.comparability, p.scope_from, p.scope_to])).toEqual([
      [2023, 21, "no_prior", null, null],
      [2024, 95, "scope_changed", "全区", "办公室"],
    ]);
    expect(s?.comparability).toBe("scope_changed");
    const peer = compareEntities(t, { year: 2024, metric: "requests_new" }).rows[0];
    expect(peer).toMatchObject({
      prior_value: 21,
      value: 95,
      change: 74,
      comparability: "scope_changed",
      scope_from: "全区",
      scope_to: "办公室",
    });
  });

  it("a scope held from an earlier year, a scope of the same kind, and an unknown scope are no change", () => {
    const rows: Parameters<typeof cells>[0] = [
      ["a", 2021, "requests_new", 10],
      ["a", 2022, "requests_new", 12],
      ["a", 2023, "requests_new", 14],
      ["a", 2024, "requests_new", 16],
    ];
    const t = scoped({ "2022": "全县", "2023": "全区", "2024": "本级" }, rows);
    expect(
      yoy(t)
        .rows()
        .map((r) => [r.to_year, r.comparability, r.scope_from, r.scope_to]),
    ).toEqual([
      [2021, "no_prior", null, null],
      // 2021's scope is unknown (none stated before 2022): nothing to compare.
      [2022, "comparable", null, null],
      // 全县 → 全区 (a county turned district) still counts the whole area.
      [2023, "comparable", null, null],
      [2024, "scope_changed", "全区", "本级"],
    ]);
    // One scope for every year changes nothing.
    expect(
      yoy(scoped("本级", rows))
        .rows()
        .every((r) => r.comparability !== "scope_changed"),
    ).toBe(true);
  });

  it("a layout that already rules the comparison out stays not comparable; an approximate step across a scope change is scope_changed", () => {
    const t = scoped({ "2018": "全市", "2019": "办公室" }, [
      ["a", 2018, "proactive_items", 100],
      ["a", 2019, "proactive_items", 90],
      ["a", 2018, "answer_refused", 3],
      ["a", 2019, "answer_refused", 3],
    ]);
    const rows = changeBetween(t, 2018, 2019).rows();
    expect(rows.find((r) => r.metric === "proactive_items")?.comparability).toBe("scope_changed");
    expect(rows.find((r) => r.metric === "answer_refused")).toMatchObject({
      comparability: "not_comparable",
      scope_from: "全市",
      scope_to: "办公室",
    });
  });

  it("the vocabulary: whole area, this level, this office; other texts compare as written", () => {
    expect(["全市", "全区", " 全县 ", "本级", "市本级", "办公室", "本机关", "区政府信息中心"].map(scopeKind)).toEqual([
      "whole_area",
      "whole_area",
      "whole_area",
      "this_level",
      "this_level",
      "this_office",
      "this_office",
      null,
    ]);
    expect(sameScope("办公室", "本机关")).toBe(true);
    expect(sameScope("全区", "本级")).toBe(false);
    expect(sameScope("区政府信息中心", "区政府信息中心 ")).toBe(true);
    const scopes = new Map([
      [2023, "全区"],
      [2024, "办公室"],
    ]);
    expect(scopeChangeBetween(scopes, 2023, 2024)).toEqual({ from_year: 2023, to_year: 2024, from: "全区", to: "办公室" });
    expect(bodyComparability("requests_new", 2023, 2024, scopes)).toMatchObject({
      fit: "scope_changed",
      note: "scope changed: 全区 → 办公室",
    });
    expect(bodyComparability("requests_new", 2023, 2024, new Map()).fit).toBe("comparable");
  });
});
