/**
 * The reviewed crosswalk: a "break" (对外公开总数量 before 现行有效) is never joined into a series, and
 * every command marks the step not comparable; a missing prior reads "no_prior"; every metric that
 * appears or disappears at a layout change has a crosswalk row saying what became of it.
 */
import { describe, expect, it } from "vitest";
import { CROSSWALK } from "../../src/catalogue/crosswalk.js";
import { METRICS } from "../../src/catalogue/metrics.js";
import { changeBetween } from "../../src/compute/change-between.js";
import { compareEntities } from "../../src/compute/compare-entities.js";
import { trend } from "../../src/compute/trend.js";
import type { Layout } from "../../src/types.js";
import { inEnglish } from "../helpers/in-english.js";
import { cells } from "./observations.js";

// These tests check the English wording of messages.
inEnglish();

const t = () =>
  cells([
    ["a", 2020, "rules_published_total", 197],
    ["a", 2020, "requests_new", 10],
    ["a", 2021, "rules_in_force", 62],
    ["a", 2021, "requests_new", 12],
    ["a", 2022, "rules_in_force", 60],
  ]);

describe("a crosswalk break: 对外公开总数量 (2019 layout) → 现行有效 (2021)", () => {
  it("peers shows no change from 197 to 62 and marks it not comparable", () => {
    const { rows, warnings } = compareEntities(t(), { year: 2021, metric: "rules_in_force" });
    expect(rows[0]).toMatchObject({ value: 62, prior_value: null, change: null, change_pct: null, comparability: "not_comparable" });
    expect(warnings.map((w) => w.code)).toEqual(["W_SERIES_BREAK"]);
  });

  it("trend starts the series in 2021, marks the start not comparable and warns why", () => {
    const r = trend(t(), { metric: "rules_in_force" });
    const s = r.series[0];
    expect(s?.points.map((p) => [p.year, p.value, p.change, p.comparability])).toEqual([
      [2021, 62, null, "not_comparable"],
      [2022, 60, -2, "comparable"],
    ]);
    expect(s?.comparability).toBe("not_comparable");
    expect(r.warnings.map((w) => w.code)).toEqual(["W_SERIES_BREAK"]);
    expect(r.warnings[0]?.message).toContain("rules_published_total counts something else");
  });

  it("compare 2020 → 2021 reads not comparable, and an absent prior elsewhere reads no_prior", () => {
    const rows = changeBetween(t(), 2020, 2021).rows();
    const by = (m: string) => rows.find((r) => r.metric === m);
    expect(by("rules_in_force")).toMatchObject({ from_value: null, to_value: 62, change: null, comparability: "not_comparable" });
    expect(by("requests_new")).toMatchObject({ from_value: 10, to_value: 12, change: 2, change_pct: 20, comparability: "comparable" });
    const later = changeBetween(t(), 2021, 2022).rows();
    expect(later.find((r) => r.metric === "requests_new")).toMatchObject({ from_value: 12, to_value: null, comparability: "comparable" });
    const noPrior = changeBetween(
      cells([
        ["a", 2021, "requests_new", 12],
        ["a", 2022, "requests_new", 14],
        ["a", 2022, "requests_carried_in", 1],
      ]),
      2021,
      2022,
    ).rows();
    expect(noPrior.find((r) => r.metric === "requests_carried_in")?.comparability).toBe("no_prior");
    // A trend of one year has no step: the series reads no_prior too.
    const one = trend(cells([["a", 2022, "requests_carried_in", 1]]), { metric: "requests_carried_in" }).series[0];
    expect([one?.points[0]?.comparability, one?.comparability]).toEqual(["no_prior", "no_prior"]);
  });

  it("a prior-year warning for a metric the prior layout cannot hold says so instead of asking to add it", () => {
    const { warnings } = changeBetween(
      cells([
        ["a", 2018, "requests_received", 5],
        ["a", 2019, "requests_new", 6],
      ]),
      2018,
      2019,
    );
    const w = warnings.find((x) => x.metric === "requests_new");
    expect(w?.message).toContain("requests_new is not part of the 2008–2018 report layout, so a 2018 dataset cannot hold it");
    expect(w?.message).toContain("its counterpart there is requests_received");
    expect(w?.message).not.toContain("Add ");
  });
});

describe("CROSSWALK", () => {
  const steps: [Layout, Layout][] = [
    ["2008", "2019"],
    ["2019", "2021"],
  ];
  it("has a row for every metric that disappears or appears at each layout change", () => {
    for (const [a, b] of steps) {
      const rows = CROSSWALK.filter((e) => e.from_layout === a);
      const gone = METRICS.filter((m) => m.layouts.includes(a) && !m.layouts.includes(b) && !rows.some((e) => e.from.includes(m.id)));
      const came = METRICS.filter(
        (m) => !m.layouts.includes(a) && m.layouts.includes(b) && !CROSSWALK.some((e) => e.to_layout === b && e.to.includes(m.id)),
      );
      expect([a, b, gone.map((m) => m.id)]).toEqual([a, b, []]);
      expect([a, b, came.map((m) => m.id)]).toEqual([a, b, []]);
    }
  });

  it("names only catalogue metrics, and a lost row names no newer metric", () => {
    const ids = new Set(METRICS.map((m) => m.id));
    for (const e of CROSSWALK) {
      for (const m of [...e.from, ...e.to]) expect(ids.has(m), m).toBe(true);
      if (e.fit === "lost") expect(e.to).toEqual([]);
      if (e.fit === "new") expect(e.from).toEqual([]);
    }
  });

  it("breaks the 对外公开总数量 → 现行有效 rows and the fee rows with different legal bases", () => {
    const fitOf = (from: string) => CROSSWALK.find((e) => e.from.includes(from))?.fit;
    expect([fitOf("rules_published_total"), fitOf("normdocs_published_total"), fitOf("request_fees")]).toEqual(["break", "break", "break"]);
  });
});
