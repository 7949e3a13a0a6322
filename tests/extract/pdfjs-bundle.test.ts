import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import vm from "node:vm";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";

// The CLI reads PDFs with its own build of pdf.js (dist/bin/pdfjs.js, see scripts/build.mjs and
// src/extract/pdf/load-pdfjs.ts); tests run in-process read them with the package. These run the
// built CLI, so that the build is checked for what the package is checked for in read-pdf.test.ts.
const PDFJS = "dist/bin/pdfjs.js";
const PDF = "../shared/reports/pdf";

/** The figures of a dataset CSV as comparable lines: metric, applicant, value, printed extras. */
function figureLines(csv: string): string[] {
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  return rows.map((r) => [r.metric, r.applicant, r.value, r.printed_share, r.printed_change, r.printed_change_pct].join("|")).sort();
}

describe("the CLI's build of pdf.js", () => {
  it("the build leaves it beside the bundle with a code cache this Node accepts", () => {
    expect(existsSync(`${PDFJS}.cache`)).toBe(true);
    const source = readFileSync(PDFJS, "utf8");
    const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
      filename: PDFJS,
      cachedData: readFileSync(`${PDFJS}.cache`),
    });
    expect(script.cachedDataRejected).toBe(false);
  });

  it.each([2023, 2024])("extract of the 洪泽区 %i PDF gives exactly the figures of the hand-checked dataset", (year) => {
    const r = spawnSync(process.execPath, ["dist/cli/main.js", "extract", `${PDF}/huaian-hongze-${year}.pdf`], {
      encoding: "utf8",
      env: { ...process.env, DISCLOSURE_TRENDS_LANG: "zh" },
    });
    expect(r.status, r.stderr).toBe(0);
    // Loading pdf.js must not have loaded Node's fetch or warned about anything.
    expect(r.stderr).not.toMatch(/Warning|ERR_/);
    expect(figureLines(r.stdout)).toEqual(figureLines(readFileSync(`datasets/huaian-hongze/${year}.csv`, "utf8")));
  });
});
