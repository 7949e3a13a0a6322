import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NARRATIVE_RULES } from "../../src/extract/narrative-rules.js";
import { requiredLiteral } from "../../src/extract/required-literal.js";

describe("requiredLiteral(pattern)", () => {
  it("requiredLiteral(pattern) gives the longest run of characters outside groups, classes and optional characters", () => {
    expect(requiredLiteral(/主动(?:公开|发布)(?:政府)?信息\d+条/u)).toBe("主动");
    expect(requiredLiteral(/尚?未审结\d+件/u)).toBe("未审结");
    expect(requiredLiteral(/(?<=其中)[^,]{0,8}?网站公开\d+条/u)).toBe("网站公开");
    expect(requiredLiteral(/已?答复的?\d+件申请/u)).toBe("件申请");
  });

  it("requiredLiteral(pattern) gives null when a top-level alternative or only groups stand in the pattern", () => {
    expect(requiredLiteral(/(?:没有|未)收费|不收取费用/u)).toBeNull();
    expect(requiredLiteral(/(?:纠正|纠错)\d+/u)).toBeNull();
    expect(requiredLiteral(/(?:纠正|纠错)\d+件/u)).toBe("件");
  });

  it("every narrative rule that matches a sentence of the reports finds its required words in it (the reader skips a rule where they are absent)", () => {
    const texts = [
      "reports/jiamusi-2017.txt",
      "../shared/reports/huaian-hongze-2023.txt",
      "../shared/reports/huaian-hongze-2024.txt",
      ...readdirSync("tests/extract/fixtures")
        .filter((f) => f.endsWith(".txt"))
        .map((f) => `tests/extract/fixtures/${f}`),
    ].map((p) => readFileSync(p, "utf8").replace(/\s+/g, "").replace(/，/g, ","));
    let matched = 0;
    for (const rule of NARRATIVE_RULES) {
      const needs = requiredLiteral(rule.pattern);
      for (const text of texts) {
        for (const sentence of text.split(/[。;；\n]/)) {
          rule.pattern.lastIndex = 0;
          if (!rule.pattern.test(sentence)) continue;
          matched++;
          if (needs !== null) expect(sentence).toContain(needs);
        }
      }
    }
    expect(matched).toBeGreaterThan(50);
  });
});
