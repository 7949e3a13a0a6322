import { mkdtempSync, readFileSync, rmSync } from "node:fs";
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
  const dir = mkdtempSync(join(tmpdir(), "report-texts-"));
  made.push(dir);
  return dir;
}

const CANDIDATES = "../shared/reports/candidates";

/** What `reuse old new --format json` says of a pair: its overall share and each section's. */
async function reuseOf(old: string, neu: string) {
  const r = await run(["reuse", join(CANDIDATES, old), join(CANDIDATES, neu), "--format", "json"]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as { overall_pct: number; units: number; reused_units: number; sections: { reused_pct: number | null }[] };
}

describe("report --texts: a body's page shows the text its latest report reuses from the year before's", () => {
  it("宿迁市 2023→2024 and 普陀区 2024→2025 show the share the reuse command gives; a body without a pair there, and a report without --texts, show none", async () => {
    const out = join(tmp(), "report");
    const r = await run(["report", "datasets", "--out", out, "--texts", CANDIDATES]);
    expect(r.code).toBe(0);
    for (const [entity, old, neu, years] of [
      ["suqian-shi", "suqian-shi-2023.txt", "suqian-shi-2024.txt", ["2024", "2023"]],
      ["shanghai-putuo", "shanghai-putuo-2024.txt", "shanghai-putuo-2025.txt", ["2025", "2024"]],
    ] as const) {
      const reuse = await reuseOf(old, neu);
      const page = readFileSync(join(out, `${entity}.html`), "utf8");
      expect(page).toContain('<h2 id="reuse">与上一年报告的文字重复</h2>');
      expect(page).toContain('<a href="#reuse">');
      expect(page).toContain(
        `${years[0]}年报告正文中有${reuse.overall_pct.toFixed(2)}%的文字（${reuse.units}个字中的${reuse.reused_units}个）在${years[1]}年报告中出现过。`,
      );
      // Each section's share as reuse gives it (sections without text are not listed on the page).
      for (const s of reuse.sections) if (s.reused_pct !== null) expect(page).toContain(`>${s.reused_pct.toFixed(2)}%<`);
      expect(page).toContain("最长的");
    }
    // 洪泽区's reports are not in that folder: no section, no link.
    expect(readFileSync(join(out, "huaian-hongze.html"), "utf8")).not.toContain('id="reuse"');

    const plain = join(tmp(), "plain");
    expect((await run(["report", "datasets/suqian-shi", "--out", plain])).code).toBe(0);
    expect(readFileSync(join(plain, "suqian-shi.html"), "utf8")).not.toContain('id="reuse"');
  }, 240_000);

  it("a --texts folder that is not there is a usage error before anything is written", async () => {
    const out = join(tmp(), "never");
    const r = await run(["report", "datasets/suqian-shi", "--out", out, "--texts", "no-such-folder"]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("no-such-folder");
    expect(() => readFileSync(join(out, "suqian-shi.html"))).toThrow();
  });
});
