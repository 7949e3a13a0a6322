import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

describe("export of changes across a scope change", () => {
  it("yoy of 洪泽区 marks 2023 → 2024 scope_changed with the two scopes (全区, 办公室) in scope_from and scope_to", async () => {
    const dir = mkdtempSync(join(tmpdir(), "scope-export-"));
    made.push(dir);
    const out = join(dir, "yoy.csv");
    const code = await runCli(["export", "datasets/huaian-hongze", "--what", "yoy", "--out", out], {
      stdout: () => undefined,
      stderr: () => undefined,
      isTTY: false,
    });
    expect(code).toBe(0);
    const [head, ...lines] = readFileSync(out, "utf8")
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    const cols = (head as string).split(",");
    expect(cols.slice(-3)).toEqual(["comparability", "scope_from", "scope_to"]);
    const rows = lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [cols[i], v])));
    const total = rows.find((r) => r.metric === "requests_new" && r.applicant === "" && r.to_year === "2024");
    expect(total).toMatchObject({
      from_value: "21",
      to_value: "95",
      comparability: "scope_changed",
      scope_from: "全区",
      scope_to: "办公室",
    });
    // A pair with no earlier year has no scope change to name.
    const first = rows.find((r) => r.metric === "requests_new" && r.applicant === "" && r.to_year === "2023");
    expect(first).toMatchObject({ comparability: "no_prior", scope_from: "", scope_to: "" });
  });
});
