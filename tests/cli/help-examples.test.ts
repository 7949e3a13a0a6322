/**
 * `--help` teaches: every command's help, in the chosen language, ends with examples, marks its required
 * options, and each example runs on the bundled datasets (exit 0). Examples that write files are run with
 * their --out and --datasets pointed into a temporary folder, removed afterwards.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands/index.js";
import { run } from "./run.js";

const temp = mkdtempSync(join(tmpdir(), "help-examples-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The command lines after the examples heading, without the program name. */
function examples(help: string, heading: string): string[][] {
  const at = help.indexOf(heading);
  if (at < 0) return [];
  return help
    .slice(at)
    .split("\n")
    .filter((l) => /^\s+disclosure-trends\s/.test(l))
    .map((l) => l.trim().split(/\s+/).slice(1));
}

/** The example with the files it would write moved into the temporary folder. */
function intoTemp(argv: readonly string[], k: number): string[] {
  const out: string[] = [];
  let redirect = false;
  for (const arg of argv) {
    if (arg.startsWith("--")) redirect = arg === "--out" || arg === "--datasets";
    else if (redirect) {
      out.push(join(temp, String(k), arg));
      continue;
    }
    out.push(arg);
  }
  return out;
}

const REQUIRED: Record<string, string[]> = {
  compare: ["--from", "--to"],
  trend: ["--metric"],
  peers: ["--year", "--metric"],
  export: ["--what", "--out"],
  chart: ["--out"],
  report: ["--out"],
};

describe("--help", () => {
  it("the program lists its commands with a line each, and examples", async () => {
    for (const [lang, heading] of [
      ["zh", "示例："],
      ["en", "Examples:"],
    ] as const) {
      const r = await run("--help", "--lang", lang);
      expect(r.code).toBe(0);
      for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`\\n  ${c.name} .*\\S`));
      expect(examples(r.stdout, heading).length).toBeGreaterThanOrEqual(2);
    }
    expect((await run("--help", "--lang", "zh")).stdout).toContain("命令：");
    expect((await run("--help", "--lang", "en")).stdout).toContain("Commands:");
  });

  it.each(COMMANDS.map((c) => [c.name]))(
    "%s: in both languages, with two or more examples and its required options marked",
    async (name) => {
      const zh = await run(name, "--help", "--lang", "zh");
      const en = await run(name, "--help", "--lang", "en");
      expect(zh.code).toBe(0);
      expect(en.code).toBe(0);
      expect(zh.stdout).toContain("选项：");
      expect(en.stdout).toContain("Options:");
      const zhExamples = examples(zh.stdout, "示例：");
      expect(zhExamples.length).toBeGreaterThanOrEqual(2);
      expect(examples(en.stdout, "Examples:")).toEqual(zhExamples);
      for (const option of REQUIRED[name] ?? []) {
        // The mark ends the option's description, which may wrap onto more lines before the next option.
        const marked = (mark: string) => new RegExp(`\\n  ${option} (?:(?!\\n  -)[\\s\\S])*${mark}`);
        expect(zh.stdout).toMatch(marked("（必填）"));
        expect(en.stdout).toMatch(marked("\\(required\\)"));
      }
    },
  );
});

describe("every example of --help runs", () => {
  const all = async () => {
    const lines: string[][] = [];
    for (const c of [{ name: "" }, ...COMMANDS]) {
      const r = await run(...(c.name ? [c.name] : []), "--help", "--lang", "zh");
      lines.push(...examples(r.stdout, "示例："));
    }
    return lines;
  };

  it("on the bundled datasets, exit 0", { timeout: 300_000 }, async () => {
    const lines = await all();
    expect(lines.length).toBeGreaterThanOrEqual(2 * COMMANDS.length);
    const failed: string[] = [];
    for (const [k, argv] of lines.entries()) {
      const r = await run(...intoTemp(argv, k));
      if (r.code !== 0) failed.push(`${argv.join(" ")} → ${r.code}: ${r.stderr.slice(0, 300)}`);
    }
    expect(failed).toEqual([]);
  });
});
