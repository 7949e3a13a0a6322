import type { Lang } from "../cli/command-options.js";
import type { ReportSection } from "./find-report-sections.js";
import { sectionWord } from "./reuse-words.js";

/**
 * What a section is called in output: the common name of a known section (the 2008, 2019 and 2021
 * layouts word the same section differently), or its heading's words as printed.
 */
export function sectionName(section: Pick<ReportSection, "key" | "title">, lang: Lang): string {
  return section.key === "other" ? section.title : sectionWord(section.key, lang);
}
