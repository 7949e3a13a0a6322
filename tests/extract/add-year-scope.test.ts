import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run as runArgs } from "../cli/run.js";

/** The command line in-process (tests/cli/run.ts), taking its arguments as one list. */
const run = (argv: string[]) => runArgs(...argv);

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const dir = mkdtempSync(join(tmpdir(), "add-year-scope-"));
  made.push(dir);
  return dir;
}

const HONGZE_2023 = "../shared/reports/huaian-hongze-2023.txt";
const HONGZE_2024 = "../shared/reports/huaian-hongze-2024.txt";
const entityJson = (dir: string) => JSON.parse(readFileSync(join(dir, "huaian-hongze", "entity.json"), "utf8"));

describe("extract and add-year read the scope a report states", () => {
  it("extract prints the scope with its sentence and line, and gives it in JSON", async () => {
    const r = await run(["extract", HONGZE_2024, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).scope).toMatchObject({ scope: "办公室", kind: "this_office" });
    expect(r.stderr).toContain("统计范围：办公室（本机关（办公室）），见第 25 行：“2024年，区政府办代表区政府受理政府信息公开申请17件");
  });

  it("add-year writes each year's detected scope into entity.json, and compare then says scope changed", async () => {
    const dir = tmp();
    const a = await run(["add-year", "huaian-hongze", "2023", "--from-report", HONGZE_2023, "--datasets", dir]);
    expect(a.code).toBe(0);
    expect(a.stdout).toContain("已将 2023 年的统计范围“全区”写入");
    const b = await run(["add-year", "huaian-hongze", "2024", "--from-report", HONGZE_2024, "--datasets", dir]);
    expect(b.code).toBe(0);
    expect(entityJson(dir).scope).toEqual({ "2023": "全区", "2024": "办公室" });
    const c = await run([
      "compare",
      join(dir, "huaian-hongze"),
      "--from",
      "2023",
      "--to",
      "2024",
      "--metric",
      "requests_new",
      "--format",
      "json",
    ]);
    expect(c.code).toBe(0);
    const rows = JSON.parse(c.stdout) as Record<string, unknown>[];
    const total = rows.find((x) => x.metric === "requests_new" && (x.applicant ?? null) === null);
    expect(total).toMatchObject({ from_value: 21, to_value: 95, comparability: "scope_changed", scope: "全区→办公室" });
  });

  it("a scope set by hand wins; a report that says otherwise gets a warning naming both", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "huaian-hongze"));
    const info = {
      id: "huaian-hongze",
      name_zh: "淮安市洪泽区",
      name_en: "Hongze District, Huai'an",
      level: "district",
      province: "江苏省",
      parent: "淮安市",
      scope: { "2024": "本级" },
    };
    writeFileSync(join(dir, "huaian-hongze", "entity.json"), `${JSON.stringify(info, null, 2)}\n`);
    const r = await run(["add-year", "huaian-hongze", "2024", "--from-report", HONGZE_2024, "--datasets", dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("手工填写的 2024 年统计范围“本级”与报告所述“办公室”不一致，保留手工填写的值");
    expect(entityJson(dir).scope).toEqual({ "2024": "本级" });
  });
});
