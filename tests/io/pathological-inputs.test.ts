import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PATHOLOGICAL, writePathological } from "../../scripts/pathological-inputs.mjs";
import { loadDatasets } from "../../src/io/load-datasets.js";

/**
 * The hostile files of scripts/pathological-inputs.mjs, at 2 MB and at a twentieth of it: the load
 * answers both, its work grows about as the file does, and what it prints does not grow at all. Loose
 * bounds only (a factor of 10 over linear): speed targets live in the script's table, not here.
 */
const root = mkdtempSync(join(tmpdir(), "dt-pathological-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const BIG = 2 * 1024 * 1024;
const SMALL = BIG / 20;

/** Loads one file: seconds taken and the problems as the JSON output would hold them. */
async function load(name: string, bytes: number): Promise<{ seconds: number; json: string; count: number }> {
  const file = writePathological(join(root, `${name}-${bytes}`), name, bytes);
  const t0 = performance.now();
  const r = await loadDatasets(file);
  const seconds = (performance.now() - t0) / 1000;
  return { seconds, json: JSON.stringify(r.problems), count: r.problems.length + r.omitted };
}

describe("pathological inputs", () => {
  for (const name of Object.keys(PATHOLOGICAL)) {
    it(`${name}: work about linear in the size, output bounded`, { timeout: 120_000 }, async () => {
      const small = await load(name, SMALL);
      const big = await load(name, BIG);
      // 20 times the bytes: linear work takes about 20 times as long (less, with fixed costs);
      // quadratic work 400 times. 200 is linear with a factor of 10 to spare; 0.05 s absorbs the
      // timer's noise on files answered at once.
      expect(big.seconds).toBeLessThan(200 * Math.max(small.seconds, 0.05));
      // At most 100 problems in full, each echo bounded: the same output size whatever the file's.
      expect(big.json.length).toBeLessThan(200_000);
      expect(big.json.length).toBeLessThan(small.json.length * 3 + 10_000);
      expect(big.count).toBeGreaterThan(0);
    });
  }

  it("counts every bad row past the cap exactly", async () => {
    const rows = Math.floor(SMALL / "proactive_items,abc\n".length);
    const r = await loadDatasets(writePathological(join(root, "count"), "bad-value-rows", SMALL));
    expect(r.problems).toHaveLength(100);
    expect(r.problems.length + r.omitted).toBe(rows);
    expect(r.table.length).toBe(0);
  });
});
