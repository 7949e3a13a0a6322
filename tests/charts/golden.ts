/**
 * Golden Vega-Lite specs: a builder's output must equal tests/charts/golden/<name>.vl.json exactly.
 * Run with UPDATE_GOLDEN=1 to rewrite them after an intended change, then read the diff.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";

const DIR = join(import.meta.dirname, "golden");

export function expectGolden(name: string, spec: unknown): void {
  const path = join(DIR, `${name}.vl.json`);
  const text = `${JSON.stringify(spec, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path, text);
  if (!existsSync(path)) throw new Error(`no golden file ${path}: run the test with UPDATE_GOLDEN=1 once and check the file`);
  expect(text).toBe(readFileSync(path, "utf8"));
}
