import { describe, expect, it } from "vitest";
import { DataError, formatProblems, PROBLEM_CODES, type ProblemCode, problemCodeDescription } from "../../src/errors.js";
import { loadDatasets } from "../../src/io/load-datasets.js";
import { setLang } from "../../src/messages/lang.js";
import { tempDatasets } from "../helpers/temp-dataset.js";

const CSV = "metric,value\nproactive_items,4万\n";

async function printed() {
  const r = await loadDatasets(tempDatasets({ "jiamusi/2017.csv": CSV }));
  return formatProblems(r.problems, 3);
}

describe("problems speak the chosen language", () => {
  it("reads in Chinese by default, file:line:column first for editors", async () => {
    const text = await printed();
    expect(text).toMatch(/jiamusi\/2017\.csv:2:17: value 列的值无效：应为以条计的数，实为"4万" \[E_UNIT_IN_VALUE\]/);
    expect(text).toContain("提示：写出完整的数（40000）");
    expect(text).toContain("……另有 3 个问题未列出");
  });

  it("reads in English when English is chosen", async () => {
    setLang("en");
    try {
      const text = await printed();
      expect(text).toMatch(/jiamusi\/2017\.csv:2:17: invalid value: expected a number in 条, got "4万" \[E_UNIT_IN_VALUE\]/);
      expect(text).toContain("hint: write the full number (40000)");
      expect(text).toContain("… and 3 more problem(s) not shown");
      expect(new DataError([], 0).message).toBe("invalid data");
    } finally {
      setLang("zh");
    }
  });

  it("describes every problem code in both languages, keeping PROBLEM_CODES for the API", () => {
    for (const code of Object.keys(PROBLEM_CODES) as ProblemCode[]) {
      expect(problemCodeDescription(code)).toMatch(/[\u3400-\u9fff]/);
    }
    setLang("en");
    try {
      for (const code of Object.keys(PROBLEM_CODES) as ProblemCode[]) expect(problemCodeDescription(code)).toBe(PROBLEM_CODES[code]);
    } finally {
      setLang("zh");
    }
  });
});
