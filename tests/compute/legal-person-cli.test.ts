import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

describe("--applicant legal_person_total", () => {
  it("trend and peers take the derived 法人或其他组织 column: 淮安市 2024 本年新收 53 + 0 + 0 + 61 + 4 = 118", async () => {
    const t = await run([
      "trend",
      "datasets/huaian-shi",
      "--metric",
      "requests_new",
      "--applicant",
      "legal_person_total",
      "--format",
      "json",
    ]);
    expect(t.code).toBe(0);
    const points = JSON.parse(t.stdout) as { year: number; value: number; basis: string }[];
    expect(points.find((p) => p.year === 2024)).toMatchObject({ value: 118, basis: "derived" });
    const p = await run([
      "peers",
      "datasets",
      "--year",
      "2024",
      "--metric",
      "requests_new",
      "--applicant",
      "legal_person_total",
      "--format",
      "json",
    ]);
    expect(p.code).toBe(0);
    expect((JSON.parse(p.stdout) as { entity: string; value: number }[]).find((r) => r.entity === "huaian-shi")?.value).toBe(118);
  });
});
