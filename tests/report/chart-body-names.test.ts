import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ObservationTable } from "../../src/core/observation-table.js";
import { loadDatasetsOrThrow } from "../../src/io/load-datasets.js";
import { chartForKind } from "../../src/report/chart-for-kind.js";

const DATASETS = join(import.meta.dirname, "..", "..", "datasets");
let table: ObservationTable;

beforeAll(async () => {
  table = await loadDatasetsOrThrow(DATASETS);
});

function title(spec: unknown): { text: string; subtitle?: string } {
  const t = (spec as { title: string | { text: string; subtitle?: string | string[] } }).title;
  if (typeof t === "string") return { text: t };
  return { text: t.text, ...(t.subtitle === undefined ? {} : { subtitle: [t.subtitle].flat().join(" ") }) };
}

describe("chart <kind>: a chart of one body names it and its years without --title", () => {
  it("growth of 普陀区 (2024 and 2025 reports), in Chinese and English", () => {
    expect(title(chartForKind(table, "growth", { entities: ["shanghai-putuo"] })).subtitle).toBe("上海市普陀区人民政府 2024→2025");
    expect(title(chartForKind(table, "growth", { entities: ["shanghai-putuo"], lang: "en" })).subtitle).toBe(
      "Putuo District, Shanghai 2024→2025",
    );
  });

  it("audit of the 2017 channels: only 佳木斯市 has them, so it is named even without --entity", () => {
    const t = title(chartForKind(table, "audit", { group: "proactive_channels", year: 2017 }));
    expect(t.text).toBe("主动公开渠道 2017");
    expect(t.subtitle).toMatch(/^佳木斯市 · /);
    // --title replaces the title with the year: the subtitle carries the year then.
    expect(title(chartForKind(table, "audit", { group: "proactive_channels", year: 2017, title: "T" })).subtitle).toMatch(
      /^佳木斯市 2017 · /,
    );
  });

  it("donut with --title keeps the body and the year in its subtitle", () => {
    const t = title(chartForKind(table, "donut", { entities: ["jiamusi"], group: "proactive_channels", title: "渠道" }));
    expect(t.text).toBe("渠道");
    expect(t.subtitle).toMatch(/^佳木斯市 2017 · /);
  });

  it("growth of two bodies names neither in its title (the bars name them)", () => {
    const t = title(chartForKind(table, "growth", { entities: ["jiamusi", "shanghai-putuo"] }));
    expect(t.subtitle ?? "").not.toMatch(/佳木斯市|普陀区/);
  });
});
