import { describe, expect, it } from "vitest";
import { sourcePlaceText } from "../../src/format/source-place.js";

describe("sourcePlaceText", () => {
  it("reads the place extract wrote in the chosen language, leaving the sentence as printed", () => {
    expect(sourcePlaceText("受理政府信息公开申请17件 (report line 96)", "zh")).toBe("受理政府信息公开申请17件 （报告第 96 行）");
    expect(sourcePlaceText("表三 … | 自然人: 95 (page 3, line 18)", "zh")).toBe("表三 … | 自然人: 95 （第 3 页第 18 行）");
    expect(sourcePlaceText("x (page 3, line 18)", "en")).toBe("x (page 3, line 18)");
    expect(sourcePlaceText("共计(3)件", "zh")).toBe("共计(3)件");
  });
});
