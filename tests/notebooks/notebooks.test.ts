/**
 * Every notebook in notebooks/ runs headless on the Deno kernel (through scripts/run-notebooks.mjs) and
 * its committed outputs match a fresh run. Jupyter missing is a failure that says what to install, never
 * a skip. Needs dist/ built (npm test builds it first).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const notebooks = readdirSync("notebooks")
  .filter((f) => f.endsWith(".ipynb"))
  .sort();

interface Cell {
  cell_type: string;
  execution_count?: number | null;
  outputs?: { output_type: string; data?: Record<string, unknown> }[];
}

describe("notebooks", () => {
  it("there are the three documented notebooks", () => {
    expect(notebooks).toEqual(expect.arrayContaining(["01-quick-start.ipynb", "02-adding-a-year.ipynb", "03-comparing-bodies.ipynb"]));
  });

  it("dist/ is built, so the notebooks import the current public API", () => {
    expect(existsSync("dist/index.js"), "run npm run build first").toBe(true);
  });

  for (const name of notebooks) {
    it(`${name} is committed with the outputs of every code cell, charts included`, () => {
      const nb = JSON.parse(readFileSync(`notebooks/${name}`, "utf8")) as { cells: Cell[]; metadata: { kernelspec?: { name?: string } } };
      expect(nb.metadata.kernelspec?.name).toBe("deno");
      const code = nb.cells.filter((c) => c.cell_type === "code");
      expect(code.length).toBeGreaterThan(0);
      for (const c of code) expect(c.execution_count, "a code cell was never run").toBeTypeOf("number");
      const pngs = code.flatMap((c) => c.outputs ?? []).filter((o) => typeof o.data?.["image/png"] === "string");
      expect(pngs.length, "no chart output").toBeGreaterThan(0);
    });

    it(`${name} runs headless and its committed outputs match a fresh run`, () => {
      const run = spawnSync(process.execPath, ["scripts/run-notebooks.mjs", "--no-build", name], { encoding: "utf8" });
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
      expect(run.stdout).toContain(`pass  ${name}`);
    });
  }
});
