import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { commanderErrorText } from "../../src/cli/commander-error-text.js";
import { setLang } from "../../src/messages/lang.js";
import { run } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "cli-language-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * One representative mistake of each command, and what it says in Chinese (the default) and in English
 * (--lang en). Expected texts are written from the catalogue's wording, not copied from a run.
 */
const MISTAKES: { argv: string[]; zh: string; en: string }[] = [
  { argv: ["validate", "datasets", "--format", "xml"], zh: "未知的 --format「xml」", en: 'unknown --format "xml"' },
  {
    argv: ["compare", "datasets", "--from", "2017", "--to", "2016"],
    zh: "--from 2017 必须早于 --to 2016",
    en: "--from 2017 must be earlier than --to 2016",
  },
  {
    argv: ["trend", "datasets", "--metric", "channel_websit"],
    zh: "未知的指标「channel_websit」；是否想用 channel_website",
    en: 'unknown metric "channel_websit"; did you mean channel_website',
  },
  {
    argv: ["peers", "datasets", "--year", "17", "--metric", "requests_new"],
    zh: "无效的 --year「17」：应为四位数的年份，如 2017",
    en: 'invalid --year "17": expected a four-digit year such as 2017',
  },
  { argv: ["breakdown", "datasets", "--group", "nope"], zh: "未知的 --group「nope」", en: 'unknown --group "nope"' },
  {
    argv: ["audit", "datasets", "--min-severity", "loud"],
    zh: "未知的 --min-severity「loud」：应为 error、warning 或 note",
    en: 'unknown --min-severity "loud": expected error, warning or note',
  },
  {
    argv: ["catalogue", "--section", "nope"],
    zh: "未知的 --section「nope」：应为 all、metrics、groups 或 crosswalk",
    en: 'unknown --section "nope": expected all, metrics, groups or crosswalk',
  },
  {
    argv: ["chart", "trend", "datasets", "--metric", "requests_new", "--out", "trend.jpg"],
    zh: "无法判断图表「trend.jpg」的格式：文件名应以 .vl.json、.svg、.png 或 .html 结尾",
    en: 'cannot tell the chart format of "trend.jpg": end the file name with .vl.json, .svg, .png or .html',
  },
  { argv: ["report", "datasets"], zh: "缺少必需的选项 --out <dir>", en: "required option '--out <dir>' not specified" },
  {
    argv: ["extract", "reports/jiamusi-2017.txt", "--pages", "3"],
    zh: "--pages 只与 --ocr 一起使用",
    en: "--pages is read with --ocr only",
  },
  {
    argv: ["add-year", "jiamusi", "2017"],
    zh: "用法：add-year <机关代码> <年份> --from-report <文件>，或 add-year --bulk <文件夹>",
    en: "usage: add-year <entity> <year> --from-report <file>, or add-year --bulk <folder>",
  },
  {
    argv: ["export", "datasets", "--what", "yoy", "shares", "--out", "yoy.csv"],
    zh: "给了 2 个 --what，却有 1 个 --out：每种输出给一个文件，顺序相同",
    en: "2 --what but 1 --out: give one output file per kind, in the same order",
  },
  {
    argv: ["reuse", "reports/jiamusi-2017.txt"],
    zh: "用法：reuse <旧报告> <新报告>（先给去年的报告，再给今年的），或 reuse --pairs <file.csv>",
    en: "usage: reuse <old> <new> (last year's report, then this year's), or reuse --pairs <file.csv>",
  },
  {
    argv: ["coverage", "datasets", "--years", "2019-2020", "--expect", "2021"],
    zh: "只给 --years（表中的年份，全部应有）或 --expect（各机关自身年份范围之外还应有的年份）之一，不要同时给",
    en: "give --years (the grid's years, all expected) or --expect (years expected besides each body's span), not both",
  },
];

describe("a usage mistake of each command reads in Chinese by default and in English with --lang en", () => {
  for (const m of MISTAKES) {
    it(`${m.argv.slice(0, 2).join(" ")} …`, async () => {
      const zh = await run(...m.argv);
      expect(zh.code).not.toBe(0);
      expect(zh.stdout).toBe("");
      expect(zh.stderr).toContain(`错误：${m.zh}`);
      const en = await run(...m.argv, "--lang", "en");
      expect(en.code).toBe(zh.code);
      expect(en.stderr).toContain(`error: ${m.en}`);
      expect(en.stderr).not.toMatch(/[\u3400-\u9fff]/);
    });
  }

  it("every command is in the list above", async () => {
    const { COMMANDS } = await import("../../src/cli/commands/index.js");
    expect(COMMANDS.map((c) => c.name).sort()).toEqual([...new Set(MISTAKES.map((m) => m.argv[0] as string))].sort());
  });

  it("a language the tool does not speak is a usage mistake, said in the language of the environment", async () => {
    const r = await run("compare", "datasets", "--from", "2016", "--to", "2017", "--lang", "fr");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("错误：未知的 --lang「fr」：应为 zh 或 en\n");
  });

  it("nothing was written by the mistakes", () => {
    expect(existsSync("trend.jpg") || existsSync("yoy.csv")).toBe(false);
  });
});

describe("commander's own messages", () => {
  it("are said again in the chosen language, with the suggestion", () => {
    setLang("zh");
    expect(commanderErrorText("error: unknown option '--frm'\n(Did you mean --from?)\n")).toBe(
      "错误：未知的选项 --frm\n（是否想用 --from？）\n",
    );
    expect(commanderErrorText("error: unknown command 'comapre'\n(Did you mean one of compare, coverage?)\n")).toBe(
      "错误：未知的命令 comapre\n（是否想用 compare、coverage？）\n",
    );
    expect(commanderErrorText("error: missing required argument 'report'\n")).toBe("错误：缺少必需的参数 report\n");
    expect(commanderErrorText("error: too many arguments for 'extract'. Expected 1 argument but got 2.\n")).toBe(
      "错误：参数太多：应为 1 个，实为 2 个\n",
    );
    setLang("en");
    expect(commanderErrorText("error: option '--year <year>' argument missing\n")).toBe("error: option '--year <year>' argument missing\n");
    setLang("zh");
    // A form not known here is left as commander wrote it, never lost.
    expect(commanderErrorText("error: something new\n")).toBe("error: something new\n");
  });

  it("reach the user of a real command line", async () => {
    const r = await run("compare", "datasets", "--frm", "2016");
    expect(r.stderr).toBe("错误：未知的选项 --frm\n（是否想用 --from？）\n（加 --help 查看用法）\n");
  });
});

describe("the language of a real process", () => {
  // The built CLI, as a user runs it: the language comes from the environment when --lang is not given.
  const main = join(process.cwd(), "dist", "cli", "main.js");
  const mistake = ["compare", "datasets", "--from", "2017", "--to", "2016"];
  const runWith = (env: Record<string, string>) => {
    const clean = { ...process.env };
    for (const k of ["DISCLOSURE_TRENDS_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]) delete clean[k];
    return spawnSync(process.execPath, [main, ...mistake], { encoding: "utf8", env: { ...clean, ...env } });
  };

  it("is English under DISCLOSURE_TRENDS_LANG=en, whatever the locale", () => {
    const r = runWith({ DISCLOSURE_TRENDS_LANG: "en", LANG: "zh_CN.UTF-8" });
    expect(r.stderr).toBe("error: --from 2017 must be earlier than --to 2016\n");
  });

  it("follows an English locale without DISCLOSURE_TRENDS_LANG, and a Chinese or missing one", () => {
    expect(runWith({ LANG: "en_US.UTF-8" }).stderr).toContain("error: --from 2017 must be earlier than --to 2016");
    expect(runWith({ LANG: "zh_CN.UTF-8" }).stderr).toContain("错误：--from 2017 必须早于 --to 2016");
    expect(runWith({}).stderr).toContain("错误：--from 2017 必须早于 --to 2016");
  });

  it("is the one --lang names, over the environment", () => {
    const r = spawnSync(process.execPath, [main, ...mistake, "--lang", "zh"], {
      encoding: "utf8",
      env: { ...process.env, DISCLOSURE_TRENDS_LANG: "en", LANG: "en_US.UTF-8" },
    });
    expect(r.stderr).toContain("错误：--from 2017 必须早于 --to 2016");
  });
});
