/**
 * Every word `reuse` shows a reader, in Chinese and English, kept in one place so a message catalogue can
 * take them over. Chinese comes first: the reports and their assessors are Chinese.
 */
import type { Lang } from "../cli/command-options.js";
import type { SectionKey } from "./find-report-sections.js";

export const SECTION_NAMES: Record<Exclude<SectionKey, "other">, Record<Lang, string>> = {
  preamble: { zh: "标题与前言", en: "title and preamble" },
  overview: { zh: "总体情况", en: "overview" },
  proactive: { zh: "主动公开", en: "proactive disclosure" },
  requests: { zh: "依申请公开", en: "requests" },
  fees: { zh: "收费及减免", en: "fees and waivers" },
  review_litigation: { zh: "行政复议、行政诉讼", en: "reconsideration and litigation" },
  problems: { zh: "存在的主要问题及改进情况", en: "problems and improvements" },
  other_matters: { zh: "其他需要报告的事项", en: "other matters" },
};

export const REUSE_WORDS = {
  section: { zh: "部分", en: "section" },
  units: { zh: "字数", en: "characters" },
  reusedUnits: { zh: "沿用字数", en: "reused" },
  reusedPct: { zh: "沿用比例", en: "reused %" },
  overall: { zh: "全文", en: "whole report" },
  /** Appended to a section's name, its own spacing included. */
  tablesOnly: { zh: "（仅统计表）", en: " (tables only)" },
  passages: { zh: "最长的沿用段落", en: "longest reused passages" },
  sectionsSheet: { zh: "各部分沿用比例", en: "reuse by section" },
  pairsSheet: { zh: "逐对沿用比例", en: "reuse by pair" },
  length: { zh: "长度", en: "length" },
  inNew: { zh: "新报告位置", en: "in new" },
  inOld: { zh: "旧报告位置", en: "in old" },
  passage: { zh: "段落", en: "passage" },
  line: { zh: "行", en: "line" },
  old: { zh: "旧", en: "old" },
  new: { zh: "新", en: "new" },
  error: { zh: "无法比较的原因", en: "could not compare" },
  summary: {
    zh: (pct: string, reused: number, units: number, k: number) =>
      `新报告 ${units} 字中有 ${reused} 字（${pct}）见于旧报告（连续相同、含 ${k} 字以上文字的段落计为沿用，数字不计字数）`,
    en: (pct: string, reused: number, units: number, k: number) =>
      `${reused} of the new report's ${units} characters (${pct}) are found in the old (identical runs holding ${k} or more characters of words, figures not counted)`,
  },
  noText: {
    zh: (name: string) => `${name}：统计表之外没有正文，无法比较`,
    en: (name: string) => `${name}: no text outside the statistical tables to compare`,
  },
} as const;
