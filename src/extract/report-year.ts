import { say } from "../messages/catalogue.js";
import type { ReportTitle } from "./detect-title.js";
import { entityIdFromFileName } from "./entity-id-from-file-name.js";

export type YearFrom = "option" | "title" | "period" | "file name" | "text" | "none";

/**
 * The year a report is about, from the strongest source that gives one: the caller's option, the title,
 * the statistics period, the file name (`suqian-shi-2024.txt`), the paragraph that opens with a year
 * ("2024年，我局…", last: a report may open with a sentence copied from last year's). A file name that
 * names another year than the report's own text is worth a warning.
 */
export function reportYear(
  title: ReportTitle,
  options: { year?: number; fileName?: string },
): { year: number | null; yearFrom: YearFrom; warning: string | null } {
  const fromName = options.fileName === undefined ? null : entityIdFromFileName(options.fileName).year;
  const textYear = title.yearFrom === "title" || title.yearFrom === "period" ? title.year : null;
  const warning =
    fromName !== null && textYear !== null && fromName !== textYear
      ? say(title.yearFrom === "title" ? "extract.year_name_vs_title" : "extract.year_name_vs_period", {
          name_year: fromName,
          year: textYear,
        })
      : null;
  if (options.year !== undefined) return { year: options.year, yearFrom: "option", warning };
  if (textYear !== null) return { year: textYear, yearFrom: title.yearFrom, warning };
  if (fromName !== null) return { year: fromName, yearFrom: "file name", warning };
  if (title.year !== null) return { year: title.year, yearFrom: title.yearFrom, warning };
  return { year: null, yearFrom: "none", warning };
}
