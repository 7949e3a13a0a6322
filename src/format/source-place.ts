/**
 * The place a dataset's `source` names — `(report line 96)` in a text, `(page 3, line 18)` in a PDF, as
 * extract writes it — read in the chosen language where a source is shown to a reader (report pages, the
 * audit's terminal and Markdown tables). The dataset keeps the form extract wrote, which scripts match.
 */
import { say } from "../messages/catalogue.js";
import { currentLang, type Lang } from "../messages/lang.js";

const PLACE = /\((?:report line (\d+)|page (\d+), line (\d+))\)/g;

export function sourcePlaceText(text: string, lang: Lang = currentLang()): string {
  return text.replace(PLACE, (_, line: string | undefined, page: string | undefined, pageLine: string | undefined) =>
    line !== undefined
      ? say("table.source_report_line", { line }, lang)
      : say("table.source_page_line", { page: page as string, line: pageLine as string }, lang),
  );
}
