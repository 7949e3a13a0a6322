/**
 * Every table command's default terminal output on the bundled datasets fits 100 display columns (a
 * Chinese character takes two), in Chinese and in English.
 */
import { describe, expect, it } from "vitest";
import { stringWidth } from "../../src/text/string-width.js";
import { run } from "./run.js";

const COMMANDS: string[][] = [
  ["compare", "datasets", "--from", "2023", "--to", "2024"],
  ["compare", "datasets/jiamusi", "--from", "2016", "--to", "2017"],
  ["trend", "datasets", "--metric", "requests_received"],
  ["trend", "datasets", "--metric", "requests_received", "--summary"],
  ["peers", "datasets", "--year", "2023", "--metric", "requests_received"],
  ["breakdown", "datasets"],
  ["audit", "datasets"],
  ["catalogue"],
  ["catalogue", "--section", "metrics"],
  ["catalogue", "--section", "groups"],
  ["catalogue", "--section", "crosswalk"],
  ["coverage", "datasets"],
  ["validate", "datasets"],
  ["reuse", "reports/jiamusi-2017.txt", "reports/jiamusi-2017.txt"],
];

describe("default terminal tables fit 100 columns on datasets/", () => {
  for (const lang of ["zh", "en"]) {
    it.each(COMMANDS.map((c) => [c.join(" "), c]))(`${lang}: %s`, async (_, argv) => {
      const r = await run(...(argv as string[]), "--lang", lang);
      expect(r.code).toBe(0);
      const lines = r.stdout.split("\n");
      expect(lines.length).toBeGreaterThan(3);
      const wide = lines.filter((l) => stringWidth(l) > 100);
      expect(wide).toEqual([]);
    });
  }
});
