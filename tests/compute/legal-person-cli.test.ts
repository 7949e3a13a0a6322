import { describe, expect, it } from "vitest";
import { run as runArgs } from "../cli/run.js";

/** The command line in-process (tests/cli/run.ts), taking its arguments as one list. */
const run = (argv: string[]) => runArgs(...argv);

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
