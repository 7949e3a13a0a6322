/** The words and one-character symbols of coverage, in Chinese and English. */
import type { CoverageStatus } from "./coverage.js";

export type CoverageLang = "zh" | "en";

/** One ASCII character a cell: they keep their width in every terminal, Chinese ones included. */
export const STATUS_SYMBOL: Record<CoverageStatus, string> = {
  present: "o",
  failing: "!",
  scope_changed: "~",
  derived: "d",
  missing: "X",
  outside: ".",
};

const STATUS_WORDS: Record<CoverageStatus, readonly [string, string]> = {
  present: ["已有报告", "report present"],
  failing: ["数据未通过校验", "fails validation"],
  scope_changed: ["统计范围改变", "scope changed"],
  derived: ["仅有推算数字", "derived figures only"],
  missing: ["缺少报告", "missing"],
  outside: ["不要求", "not expected"],
};

export function statusWord(s: CoverageStatus, lang: CoverageLang): string {
  return STATUS_WORDS[s][lang === "zh" ? 0 : 1];
}

const WORDS = {
  body: ["机关", "body"],
  entity: ["机关代码", "entity"],
  entity_name: ["机关名称", "name"],
  year: ["年份", "year"],
  status: ["状态", "status"],
  expected: ["应有", "expected"],
  problems: ["问题数", "problems"],
  first_problem: ["第一个问题", "first problem"],
  scope: ["统计范围", "scope"],
  prior_scope: ["上一份报告的统计范围", "prior report's scope"],
  prior_scope_year: ["上一份报告年份", "prior report's year"],
  scope_changed: ["统计范围改变", "scope changed"],
  latest_missing: ["缺最新年份", "latest year missing"],
  symbol: ["符号", "symbol"],
  meaning: ["含义", "meaning"],
  legend: ["图例", "legend"],
  coverage: ["覆盖情况", "coverage"],
} as const satisfies Record<string, readonly [string, string]>;

export function coverageWord(k: keyof typeof WORDS, lang: CoverageLang): string {
  return WORDS[k][lang === "zh" ? 0 : 1];
}
