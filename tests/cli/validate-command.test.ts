import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { CliIO } from "../../src/cli/cli-context.js";
import { runCli } from "../../src/cli/run-cli.js";
import { tempDatasets } from "../helpers/temp-dataset.js";

async function run(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

describe("disclosure-trends validate <path>", () => {
  it("summarises the bundled datasets and exits 0", async () => {
    const r = await run(["validate", "datasets"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/没有问题。/);
    expect(r.stdout).toMatch(/jiamusi\s+佳木斯市\s+2017\s+40\s+40\s+0\s+0/);
    expect(r.stdout).toMatch(/jiamusi\s+佳木斯市\s+2016\s+1\s+0\s+1\s+0/);
  });

  it("--format json gives problems with code, file, line, column and message, and exits 1", async () => {
    const root = tempDatasets({ "jiamusi/2017.csv": "metric,value\nproactive_items,4万\nchannel_webside,1\n" });
    const r = await run(["validate", root, "--format", "json"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.problems.map((p: { code: string; line: number; column: number }) => [p.code, p.line, p.column])).toEqual([
      ["E_UNIT_IN_VALUE", 2, 17],
      ["E_UNKNOWN_METRIC", 3, 1],
    ]);
    for (const p of out.problems) expect(Object.keys(p)).toEqual(expect.arrayContaining(["code", "file", "line", "column", "message"]));
    expect(out.summary.rows).toBe(0);
  });

  it("prints problems with a code frame and a hint on stderr, without a stack trace", async () => {
    const root = tempDatasets({ "jiamusi/2017.csv": "metric,value\nchannel_wechat,4万\n" });
    const r = await run(["validate", root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("2017.csv:2:16: value 列的值无效");
    expect(r.stderr).toContain("> 2 | channel_wechat,4万");
    expect(r.stderr).toContain("提示：写出完整的数（40000）");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("rejects an unknown --format as a usage error with exit 2", async () => {
    const r = await run(["validate", "datasets", "--format", "xml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("未知的 --format「xml」");
  });

  it("runs end to end as a real process on the compiled CLI", () => {
    const r = spawnSync(process.execPath, ["dist/cli/main.js", "validate", "no/such/path"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("no/such/path: 没有这个文件或文件夹");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
