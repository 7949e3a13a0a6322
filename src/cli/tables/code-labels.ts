/**
 * How the codes of result columns read in terminal and Markdown tables: comparability and basis in the
 * chosen language (可比, 无上年数据, 2016 推算). CSV, JSON and workbooks keep the codes, which scripts match.
 */
import { say } from "../../messages/catalogue.js";

export function comparabilityLabel(code: string): string {
  switch (code) {
    case "comparable":
      return say("report.comparable");
    case "approximate":
      return say("report.approximate");
    case "not_comparable":
      return say("report.not_comparable");
    case "no_prior":
      return say("report.no_prior");
    case "scope_changed":
      return say("report.scope_changed_short");
    default:
      return code;
  }
}

/** A basis code (printed, derived, ocr, crosswalk), or compare's "2016 derived", in the chosen language. */
export function basisLabel(text: string): string {
  return text.replace(/\b(printed|derived|ocr|crosswalk)\b/g, (code) => {
    switch (code) {
      case "printed":
        return say("table.basis.printed");
      case "derived":
        return say("report.derived");
      case "ocr":
        return say("table.basis.ocr");
      default:
        return say("table.basis.crosswalk");
    }
  });
}
