import type { ExtractedReport } from "../extracted-report.js";
import type { ReportFile } from "../read-report-file.js";
import type { Claim } from "./claim.js";
import { claimSentences } from "./claim-sentences.js";
import { findGrowthClaims } from "./find-growth-claims.js";
import { findOtherYearClaims } from "./find-other-year-claims.js";
import { findRatioClaims } from "./find-ratio-claims.js";
import { findShareClaims } from "./find-share-claims.js";
import { findTimelinessClaims } from "./find-timeliness-claims.js";
import { findTotalClaims } from "./find-total-claims.js";

/**
 * Every claim a report's running text makes about its own figures, in the order printed. Needs the
 * report's year (claims about "上年" and other years are read against it): a report without one has
 * no claims that can be placed in time, and only its shares, totals and timeliness are read.
 */
export function findClaims(file: ReportFile, report: ExtractedReport): Claim[] {
  const year = report.year;
  const out: Claim[] = [];
  for (const s of claimSentences(file, report)) {
    out.push(...findShareClaims(s, report.layout), ...findTotalClaims(s, year ?? 0), ...findTimelinessClaims(s));
    if (year !== null) out.push(...findGrowthClaims(s, year), ...findRatioClaims(s, year), ...findOtherYearClaims(s, year));
  }
  return out.sort((a, b) => a.start - b.start);
}
