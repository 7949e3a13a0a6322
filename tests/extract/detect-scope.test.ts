import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectScope } from "../../src/extract/detect-scope.js";
import { extractReport } from "../../src/extract/extract-report.js";

const REPORTS = "../shared/reports";
const read = (name: string) => readFileSync(`${REPORTS}/${name}`, "utf8");

describe("detectScope(text): what a report's request counts cover, where its text says so", () => {
  it("洪泽区 2023 counts the whole district, 2024 the district government office", () => {
    const y2023 = read("huaian-hongze-2023.txt");
    const a = detectScope(y2023);
    expect(a).toMatchObject({ scope: "全区", kind: "whole_area", sentence: "2023年全区受理政府信息公开申请21件，均在法定期限答复。" });
    // The offsets point at the sentence as printed (line 22 of the text, with its spaces).
    expect(y2023.slice(a?.start, a?.end)).toContain("2023 年全区受理政府信息公开申请 21 件");
    expect(detectScope(read("huaian-hongze-2024.txt"))).toMatchObject({
      scope: "办公室",
      kind: "this_office",
      sentence: "2024年，区政府办代表区政府受理政府信息公开申请17件，均已在法定期限内予以答复。",
    });
  });

  it("the candidate reports: whole city, this level, this office, the body itself; nothing where they do not say", () => {
    const scopes = Object.fromEntries(
      [
        "huaian-shi-2024",
        "huaian-shizhengfubangongshi-2022",
        "shanghai-shi-2023",
        "suqian-shi-2024",
        "shanghai-putuo-2025",
        "shanghai-bangongting-2025",
        "hainan-amr-himpa-2014",
        "suqian-shizhengfubangongshi-2024",
        "haerbin-shi-2017",
        "xiangtan-yunhuqiaozhen-2023",
      ].map((n) => [n, detectScope(read(`candidates/${n}.txt`))?.scope ?? null]),
    );
    expect(scopes).toEqual({
      // 2024 年，全市共受理政府信息公开申请 3119 件
      "huaian-shi-2024": "全市",
      // 市政府办公室代表市政府共受理政府信息公开申请109件
      "huaian-shizhengfubangongshi-2022": "办公室",
      // 全市共收到政府信息公开申请34290件
      "shanghai-shi-2023": "全市",
      // 全市全年共收办政府信(line break)息公开申请案件3646件
      "suqian-shi-2024": "全市",
      // 共受理向区政府提出的政府信息公开申请87件
      "shanghai-putuo-2025": "本级",
      // 市政府共受理政府信息公开申请 1295 件
      "shanghai-bangongting-2025": "本级",
      // 我局收到12起政府信息依申请公开
      "hainan-amr-himpa-2014": "本机关",
      // These say no count of requests received with a scope: unknown.
      "suqian-shizhengfubangongshi-2024": null,
      "haerbin-shi-2017": null,
      "xiangtan-yunhuqiaozhen-2023": null,
    });
  });

  it("reads an explicit 统计范围, and ignores 全区 and 本机关 where they say nothing of the counts", () => {
    expect(detectScope("本报告统计范围为区本级，数据统计期限自2024年1月1日起。")).toMatchObject({ scope: "本级", kind: "this_level" });
    expect(detectScope("本报告所列数据的统计范围为区政府办公室。")).toMatchObject({ scope: "办公室", kind: "this_office" });
    expect(detectScope("将政府信息公开工作纳入全区高质量发展考核内容。")).toBeNull();
    expect(detectScope("1.本机关不掌握相关政府信息 10 0 0 0 0 0 10")).toBeNull();
    expect(detectScope("")).toBeNull();
  });

  it("extractReport gives the scope with the sentence's offsets in the input", () => {
    const text = read("huaian-hongze-2024.txt");
    const r = extractReport(text);
    expect(r.scope?.scope).toBe("办公室");
    expect(text.slice(r.scope?.start, r.scope?.end).replace(/\s+/g, "")).toBe(r.scope?.sentence);
  });
});
