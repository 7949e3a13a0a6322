import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDatasetsOrThrow } from "../../src/io/load-datasets.js";
import { buildReports, type EntityReport } from "../../src/report/entity-report.js";
import { entityReportHtml } from "../../src/report/entity-report-html.js";
import { reportCharts } from "../../src/report/report-charts.js";

const DATASETS = join(import.meta.dirname, "..", "..", "datasets");
let reports: EntityReport[];

beforeAll(async () => {
  reports = buildReports(await loadDatasetsOrThrow(DATASETS));
});

function page(entity: string, lang: "zh" | "en" = "zh"): string {
  const r = reports.find((x) => x.entity === entity);
  if (r === undefined) throw new Error(`no report for ${entity}`);
  return entityReportHtml(r, reportCharts(r, lang), { lang });
}

/** The page's text between its <h1> and the chart scripts, tags removed. */
function text(html: string): string {
  const body = html.slice(html.indexOf("<h1>"));
  return body
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ");
}

describe("a body-year with few figures", () => {
  it("上海市人民政府 2023 (2 figures, one year): says what the data holds, lists it, and shows no empty section", () => {
    const html = page("shanghai-shi");
    const t = text(html);
    // The two figures of the report's line 20: 收到申请34290件, 答复申请34430件.
    expect(t).toContain("本数据集只有上海市人民政府 2023 年报告中的 2 个数字");
    expect(t).toMatch(/收到申请数 34,290 件/);
    expect(t).toMatch(/办理结果总计 34,430 件/);
    // No key-figure cards, no trends / changes / breakdowns headings or links, no "no adjacent years" note.
    expect(html).not.toContain('class="card"');
    for (const id of ["trends", "changes", "breakdowns"]) {
      expect(html).not.toContain(`id="${id}"`);
      expect(html).not.toContain(`href="#${id}"`);
    }
    expect(t).not.toContain("没有相邻两年");
    expect(html).toContain('id="audit"');
  });

  it("上海市普陀区 2025 (6 figures): the list names its sections; the 2024→2025 changes stay", () => {
    const t = text(page("shanghai-putuo"));
    expect(t).toContain("本数据集只有上海市普陀区人民政府 2025 年报告中的 6 个数字");
    expect(t).toContain("政府信息公开行政复议、行政诉讼情况");
    expect(t).toContain("其他年份（2024）");
    // 2025 report: 受理87件, 答复83件, 不予公开5件, 无法提供33件, 其他处理41件, 行政复议9件.
    for (const figure of ["收到申请数 87 件", "办理结果总计 83 件", "其他处理 41 件", "行政复议·总计 9 件"]) expect(t).toContain(figure);
    // 2024 受理60件 → 2025 87件.
    expect(t).toContain("收到申请数 2024→2025 60 87 +27 +45.00%");
  });

  it("in English the sentence names the body's English name", () => {
    expect(text(page("shanghai-shi", "en"))).toContain("This dataset holds only 2 figures from Shanghai's 2023 report");
  });

  it("a body with a full report keeps its key-figure cards and no such sentence", () => {
    const html = page("jiamusi");
    expect(html).toContain('class="card"');
    expect(text(html)).not.toContain("本数据集只有");
  });
});
