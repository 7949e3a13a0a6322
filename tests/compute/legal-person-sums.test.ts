import { describe, expect, it } from "vitest";
import { changeBetween } from "../../src/compute/change-between.js";
import { deriveSubtotals, LEGAL_PERSON_FORMULA } from "../../src/compute/derive-subtotals.js";
import { trend } from "../../src/compute/trend.js";
import { loadDatasetsOrThrow } from "../../src/io/load-datasets.js";
import type { Applicant } from "../../src/types.js";
import { cells } from "./observations.js";

const sumOf = (t: Awaited<ReturnType<typeof loadDatasetsOrThrow>>, entity: string, year: number, metric: string) => {
  const d = deriveSubtotals(t);
  const row = d.find(entity, year, metric, "legal_person_total");
  return row < 0 ? undefined : { value: d.valueAt(row), basis: d.basisAt(row), source: d.sourceAt(row) };
};

describe("the 法人或其他组织 sum (applicant legal_person_total), derived from the five organisation columns", () => {
  it("淮安市 2024: 本年新收 53 + 0 + 0 + 61 + 4 = 118 (and 3001 自然人 + 118 = 3119 总计), 予以公开 21 + 0 + 0 + 50 + 3 = 74", async () => {
    const t = await loadDatasetsOrThrow("datasets/huaian-shi");
    expect(sumOf(t, "huaian-shi", 2024, "requests_new")).toEqual({ value: 118, basis: "derived", source: LEGAL_PERSON_FORMULA });
    expect(sumOf(t, "huaian-shi", 2024, "result_granted")?.value).toBe(74);
    // 本机关不掌握相关政府信息: 12 + 0 + 0 + 10 + 1 = 23 (746 + 23 = 769).
    expect(sumOf(t, "huaian-shi", 2024, "result_unavailable.not_held")?.value).toBe(23);
  });

  it("洪泽区: every organisation column of 本年新收 is 0 in both years, so the sum is 0, not blank; trend and compare see it", async () => {
    const t = await loadDatasetsOrThrow("datasets/huaian-hongze");
    expect(sumOf(t, "huaian-hongze", 2023, "requests_new")?.value).toBe(0);
    expect(sumOf(t, "huaian-hongze", 2024, "requests_new")?.value).toBe(0);
    const s = trend(t, { metric: "requests_new", applicant: "legal_person_total" }).series[0];
    expect(s?.points.map((p) => [p.year, p.value, p.basis])).toEqual([
      [2023, 0, "derived"],
      [2024, 0, "derived"],
    ]);
    const row = changeBetween(t, 2023, 2024, { metrics: ["requests_new"] })
      .rows()
      .find((r) => r.applicant === "legal_person_total");
    expect(row).toMatchObject({ from_value: 0, to_value: 0, change: 0, change_pct: null, from_basis: "derived", to_basis: "derived" });
  });

  it("is not derived when any organisation column is missing or unknown: blank is unknown", () => {
    const orgs: Applicant[] = ["commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org"];
    const rows = (values: (number | null)[]) =>
      orgs.map((a, i) => ["a", 2024, "requests_new", values[i] ?? null, { applicant: a }] as Parameters<typeof cells>[0][number]);
    const all = cells(rows([1, 2, 3, 4, 5]));
    expect(deriveSubtotals(all).get("a", 2024, "requests_new", "legal_person_total")).toBe(15);
    const unknown = cells(rows([1, 2, null, 4, 5]));
    expect(deriveSubtotals(unknown).find("a", 2024, "requests_new", "legal_person_total")).toBe(-1);
    const missing = cells(rows([1, 2, 3, 4, 5]).slice(0, 4));
    expect(deriveSubtotals(missing).find("a", 2024, "requests_new", "legal_person_total")).toBe(-1);
  });

  it("derives the sum of derived subtotal rows too: 淮安市 2024 不予公开 (eight rows, no printed subtotal) is 2 for 法人或其他组织", async () => {
    // 商业企业 1 (其他法律行政法规禁止公开) + 1 (属于三类内部事务信息); the other four columns 0 in all eight rows.
    const t = deriveSubtotals(await loadDatasetsOrThrow("datasets/huaian-shi"));
    expect(t.get("huaian-shi", 2024, "result_denied", "commercial_enterprise")).toBe(2);
    expect(t.get("huaian-shi", 2024, "result_denied", "legal_person_total")).toBe(2);
  });
});

describe("a frame of a derived table goes back to a table", () => {
  it("keeps the 法人或其他组织 sums it holds as derived, and refuses one given as printed", async () => {
    const { loadFrame } = await import("../../src/frame/load-frame.js");
    const { fromFrame } = await import("../../src/frame/from-frame.js");
    const { frameToRows } = await import("../../src/frame/rows-to-frame.js");
    const frame = await loadFrame("datasets/huaian-shi");
    const back = fromFrame(frame);
    expect(back.get("huaian-shi", 2024, "requests_new", "legal_person_total")).toBe(118);
    const rows = frameToRows(frame).map((r) => (r.applicant === "legal_person_total" ? { ...r, basis: "printed" } : r));
    const { danfo } = await import("../../src/frame/danfo.js");
    const dfd = danfo();
    const printed = new dfd.DataFrame(rows);
    expect(() => fromFrame(printed)).toThrow(/legal_person_total/);
  });
});
