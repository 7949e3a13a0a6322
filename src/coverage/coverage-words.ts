/** The words and one-character symbols of coverage, in Chinese and English (the words from the message catalogue). */
import { type MessageKey, say } from "../messages/catalogue.js";
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

/** The statuses' words in the message catalogue. */
const STATUS_KEYS = {
  present: "cli.coverage_status.present",
  failing: "cli.coverage_status.failing",
  scope_changed: "cli.coverage_status.scope_changed",
  derived: "cli.coverage_status.derived",
  missing: "cli.coverage_status.missing",
  outside: "cli.coverage_status.outside",
} as const satisfies Record<CoverageStatus, MessageKey>;

export function statusWord(s: CoverageStatus, lang: CoverageLang): string {
  return say(STATUS_KEYS[s], undefined, lang);
}

/** Column titles and sheet names of coverage, in the message catalogue. */
const WORDS = {
  body: "cli.coverage_word.body",
  entity: "cli.coverage_word.entity",
  entity_name: "cli.coverage_word.entity_name",
  year: "cli.coverage_word.year",
  status: "cli.coverage_word.status",
  expected: "cli.coverage_word.expected",
  problems: "cli.coverage_word.problems",
  first_problem: "cli.coverage_word.first_problem",
  scope: "cli.coverage_word.scope",
  prior_scope: "cli.coverage_word.prior_scope",
  prior_scope_year: "cli.coverage_word.prior_scope_year",
  scope_changed: "cli.coverage_word.scope_changed",
  latest_missing: "cli.coverage_word.latest_missing",
  symbol: "cli.coverage_word.symbol",
  meaning: "cli.coverage_word.meaning",
  legend: "cli.coverage_word.legend",
  coverage: "cli.coverage_word.coverage",
} as const satisfies Record<string, MessageKey>;

export function coverageWord(k: keyof typeof WORDS, lang: CoverageLang): string {
  return say(WORDS[k], undefined, lang);
}
