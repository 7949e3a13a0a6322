import { say } from "../messages/catalogue.js";
import { currentLang, type Lang } from "../messages/lang.js";
import type { DetectedScope } from "./detect-scope.js";
import type { ReportPlace } from "./locate-figures.js";

/**
 * The line extract and add-year print about a report's scope: the scope found, its kind and the
 * sentence that says it with its page and line; or that the report does not say.
 */
export function scopeLine(scope: DetectedScope | null, place: (offset: number) => ReportPlace): string {
  if (scope === null) return say("scope.not_detected");
  return say("scope.detected", {
    scope: scope.scope,
    kind: say(`scope.kind.${scope.kind}`),
    where: whereText(place(scope.start)),
    sentence: scope.sentence,
  });
}

/** "第2页第14行" / "page 2, line 14"; "第12行" / "line 12" in a text; "" where a Word document has no lines. */
export function whereText(p: ReportPlace, lang: Lang = currentLang()): string {
  if (p.page !== undefined && p.line !== undefined) return say("scope.at_page_line", { page: p.page, line: p.line }, lang);
  if (p.line !== undefined) return say("scope.at_line", { line: p.line }, lang);
  return say("scope.in_report", {}, lang);
}
