import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit/audit.js";
import { loadDatasetsOrThrow } from "../../src/io/load-datasets.js";
import { checkLabel, findingSummary } from "../../src/report/finding-summary.js";

describe("findingSummary(finding, lang)", () => {
  it("reads the seed's wrong website share and the 洪泽区 disputed totals and conflict in Chinese", async () => {
    const findings = audit(await loadDatasetsOrThrow("datasets"), { lang: "zh" });
    const lines = findings.map((f) => findingSummary(f, "zh"));
    expect(lines).toContain("通过政府网站公开：报告印 41.4%，按数量计算为 41.83%");
    expect(lines).toContain("通过其他方式公开：报告印 26.8%，按数量计算为 26.29%");
    expect(lines).toContain("行政复议·总计：报告印 0，分项合计计算为 11");
    expect(lines).toContain("行政诉讼（复议后起诉）·总计：报告印 0，分项合计计算为 5");
    expect(lines).toContain("正文称 17 件，表格为 95 件，两者均保留");
    expect(lines).toContain("通过政务微信公开：报告印 18.9%，按数量计算为 18.98%");
  });

  it("reads the same findings in English, with the same numbers", async () => {
    const findings = audit(await loadDatasetsOrThrow("datasets"), { lang: "en" });
    const lines = findings.map((f) => findingSummary(f, "en"));
    expect(lines).toContain("Via the government website: the report prints 41.4%, its counts give 41.83%");
    expect(lines).toContain("the text says 17, the table 95; both are kept");
    expect(lines.filter((l) => /[\u3400-\u9fff]/.test(l))).toEqual([]);
  });

  it("names each check in both languages", () => {
    expect(checkLabel("printed_share", "zh")).toBe("所印占比");
    expect(checkLabel("printed_share", "en")).toBe("printed share");
  });
});
