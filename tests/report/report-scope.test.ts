import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ObservationTable } from "../../src/core/observation-table.js";
import { loadDatasetsOrThrow } from "../../src/io/load-datasets.js";
import { buildReports } from "../../src/report/entity-report.js";
import { reportCharts } from "../../src/report/report-charts.js";
import { writeReport } from "../../src/report/write-report.js";

const DATASETS = join(import.meta.dirname, "..", "..", "datasets");
const tmp = mkdtempSync(join(tmpdir(), "dt-report-scope-"));
let table: ObservationTable;

beforeAll(async () => {
  table = await loadDatasetsOrThrow(DATASETS);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// 洪泽区's 2023 report: "2023年全区受理政府信息公开申请21件" (its table: 本年新收 总计 21); its 2024 report:
// "区政府办代表区政府受理政府信息公开申请17件" (its table: 本年新收 总计 95, not the sentence's 17).
describe("a body whose reports changed scope (洪泽区: 全区 in 2023, 办公室 in 2024)", () => {
  it("marks each key figure compared across the change, and only those", () => {
    const hongze = buildReports(table).find((r) => r.entity === "huaian-hongze");
    const requests = hongze?.headline.find((h) => h.metric === "requests_new");
    expect([requests?.change?.from_value, requests?.value]).toEqual([21, 95]);
    expect(requests?.scope_change).toEqual({ from_year: 2023, to_year: 2024, from: "全区", to: "办公室" });
    for (const h of hongze?.headline ?? []) expect(h.scope_change !== null).toBe(h.change !== null);
    const jiamusi = buildReports(table).find((r) => r.entity === "jiamusi");
    expect(jiamusi?.headline.every((h) => h.scope_change === null)).toBe(true);
  });

  it("writes the ⚠ mark on the page's cards and year-to-year rows, and a labelled rule in its trend charts", async () => {
    const hongze = buildReports(table).find((r) => r.entity === "huaian-hongze");
    const compared = hongze?.headline.filter((h) => h.change !== null).length ?? 0;
    expect(compared).toBeGreaterThan(0);
    const dir = join(tmp, "report");
    await writeReport(table, dir);
    const page = readFileSync(join(dir, "huaian-hongze.html"), "utf8");
    expect(page.match(/class="disputed">⚠ 统计范围改变（全区→办公室），不可直接比较/g)?.length).toBe(compared);
    // Every row of the year-to-year table is a 2023→2024 change: each says so in its comparability, the
    // warning standing for the scope_changed code (after 推算 for a derived figure), not beside a word for it.
    expect(hongze?.changes.every((c) => c.from_year === 2023 && c.to_year === 2024)).toBe(true);
    expect(page.match(/<td>(?:推算 · )?⚠ 统计范围改变（全区→办公室），不可直接比较<\/td>/g)?.length).toBe(hongze?.changes.length);
    expect(page).not.toContain("统计范围改变 · ⚠");
    expect(readFileSync(join(dir, "jiamusi.html"), "utf8")).not.toContain("统计范围改变");
    const trend = reportCharts(hongze as NonNullable<typeof hongze>, "zh").find((c) => c.id === "trend-requests_new");
    expect(JSON.stringify(trend?.spec)).toContain('"label":"范围改变：全区→办公室"');
  });
});
