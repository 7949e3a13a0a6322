import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMPARABILITY_CODES } from "../../src/compute/change-table.js";
import { englishSentences } from "../helpers/language-scan.js";
import { run } from "./run.js";

const CANDIDATES = "../shared/reports/candidates";

/**
 * What is left of a command's output for the scan: the codes a table keeps in ASCII in every language
 * (comparability, a figure's basis) are taken out (the crosswalk's notes, quoted in warnings, are
 * Chinese in Chinese output and are scanned like the rest); ids, file names, option names and metric ids never make an
 * English sentence (see englishSentences).
 */
function scanned(text: string): string {
  return text.replace(new RegExp(`\\b(?:${[...COMPARABILITY_CODES, "printed", "derived", "ocr"].join("|")})\\b`, "g"), "·");
}

/** The command lines scanned: each command on the bundled datasets, with its warnings in full. */
const LINES: string[][] = [
  ["validate", "datasets"],
  ["compare", "datasets", "--from", "2023", "--to", "2024", "--verbose"],
  ["compare", "datasets/jiamusi", "--from", "2016", "--to", "2017"],
  ["compare", "datasets", "--from", "2018", "--to", "2019", "--metric", "fee_items_prev", "requests_new", "--verbose"],
  ["compare", "datasets", "--from", "2015", "--to", "2016"],
  ["trend", "datasets", "--metric", "requests_new", "--verbose"],
  ["trend", "datasets", "--metric", "rules_in_force", "--verbose"],
  ["trend", "datasets", "--metric", "proactive_items", "--summary"],
  ["peers", "datasets", "--year", "2023", "--metric", "requests_new", "--verbose"],
  ["peers", "datasets", "--year", "2024", "--metric", "result_granted", "--verbose"],
  ["breakdown", "datasets", "--year", "2023"],
  ["breakdown", "datasets", "--group", "proactive_channels"],
  ["coverage", "datasets"],
  ["coverage", "datasets", "--years", "2016-2025"],
  // The passages are the reports' own text, which is not the tool's to translate.
  ["reuse", `${CANDIDATES}/haerbin-shi-2016.txt`, `${CANDIDATES}/haerbin-shi-2017.txt`, "--passages", "0"],
];

describe("the Chinese output of the commands holds no English sentence", () => {
  it("validate, compare, trend, peers, breakdown, coverage and reuse on the bundled datasets, warnings included", async () => {
    const found: string[] = [];
    for (const argv of LINES) {
      const r = await run(...argv);
      for (const s of englishSentences(scanned(r.stdout + r.stderr))) found.push(`${argv.join(" ")}: ${s}`);
    }
    expect(found).toEqual([]);
  });

  it("extract on every candidate report: its summary, warnings and unassigned numbers, or why it found no figure", async () => {
    const reports = readdirSync(CANDIDATES).filter((n) => n.endsWith(".txt"));
    expect(reports.length).toBeGreaterThan(20);
    const found: string[] = [];
    let failed = 0;
    for (const name of reports) {
      const r = await run("extract", `${CANDIDATES}/${name}`);
      if (r.code !== 0) failed++;
      // stdout is the dataset CSV: its columns and notes are data, not messages.
      for (const s of englishSentences(scanned(r.stderr))) found.push(`${name}: ${s}`);
    }
    expect(found).toEqual([]);
    // Most candidates give figures: the scan reads summaries and warnings, not only errors.
    expect(failed).toBeLessThan(reports.length / 2);
  });
});
