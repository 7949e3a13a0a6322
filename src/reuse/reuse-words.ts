/**
 * The words `reuse` shows a reader, from the message catalogue (keys `cli.reuse_word.*` and
 * `cli.reuse_section.*`). Chinese comes first: the reports and their assessors are Chinese.
 */
import type { Lang } from "../cli/command-options.js";
import { type MessageKey, sayBoth } from "../messages/catalogue.js";
import type { MessageText } from "../messages/message.js";
import type { SectionKey } from "./find-report-sections.js";

const WORDS = {
  section: "cli.reuse_word.section",
  units: "cli.reuse_word.units",
  reusedUnits: "cli.reuse_word.reused_units",
  reusedPct: "cli.reuse_word.reused_pct",
  overall: "cli.reuse_word.overall",
  /** Appended to a section's name, its own spacing included. */
  tablesOnly: "cli.reuse_word.tables_only",
  passages: "cli.reuse_word.passages",
  sectionsSheet: "cli.reuse_word.sections_sheet",
  pairsSheet: "cli.reuse_word.pairs_sheet",
  length: "cli.reuse_word.length",
  inNew: "cli.reuse_word.in_new",
  inOld: "cli.reuse_word.in_old",
  passage: "cli.reuse_word.passage",
  line: "cli.reuse_word.line",
  old: "cli.reuse_word.old",
  new: "cli.reuse_word.new",
  error: "cli.reuse_word.error",
} as const satisfies Record<string, MessageKey>;

export type ReuseWord = keyof typeof WORDS;

/** A word of reuse's output in both languages (a sheet name, a column title). */
export function reuseWord(word: ReuseWord): MessageText {
  return sayBoth(WORDS[word]);
}

const SECTIONS = {
  preamble: "cli.reuse_section.preamble",
  overview: "cli.reuse_section.overview",
  proactive: "cli.reuse_section.proactive",
  requests: "cli.reuse_section.requests",
  fees: "cli.reuse_section.fees",
  review_litigation: "cli.reuse_section.review_litigation",
  problems: "cli.reuse_section.problems",
  other_matters: "cli.reuse_section.other_matters",
} as const satisfies Record<Exclude<SectionKey, "other">, MessageKey>;

/** The common name of a known report section. */
export function sectionWord(key: Exclude<SectionKey, "other">, lang: Lang): string {
  return sayBoth(SECTIONS[key])[lang];
}
