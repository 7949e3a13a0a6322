import { normalizeWidth } from "../text/normalize-width.js";
import { foldTraditional } from "./traditional-characters.js";

/**
 * The report text the rules read: full-width digits and punctuation folded to ASCII ("８９３７０" → "89370",
 * "，" → ","), traditional characters to simplified. Every replacement is one UTF-16 unit for one, so an
 * offset into the folded text is the same offset into the input, which is what provenance points at.
 */
export function foldReportText(s: string): string {
  const folded = foldTraditional(normalizeWidth(s));
  // A guard, not an expectation: the folds above never change the length.
  if (folded.length !== s.length) throw new Error("foldReportText changed the text length");
  return folded;
}
