/**
 * The narrative claims audit of one report: every claim its running text makes (see findClaims),
 * each checked against the report's own figures and, for growths, ratios and a copied table, the prior
 * years' datasets. Returns a verdict per claim (and per table comparison); the flagged and unchecked
 * ones become findings, those that agree are counted.
 */

import { layoutOfYear } from "../catalogue/catalogue.js";
import type { Claim } from "../extract/claims/claim.js";
import { findClaims } from "../extract/claims/find-claims.js";
import type { ClaimReportFile } from "../extract/claims/read-claim-report.js";
import type { AuditContext } from "./audit-context.js";
import { ClaimContext, type ClaimVerdict } from "./claim-context.js";
import { checkGrowthClaim } from "./claim-growth.js";
import { checkIdenticalTable } from "./claim-identical-table.js";
import { checkOtherYearClaim } from "./claim-other-year.js";
import { checkRatioClaim } from "./claim-ratio.js";
import { checkShareClaim } from "./claim-share.js";
import { checkTimelinessClaim } from "./claim-timeliness.js";
import { checkTotalClaim } from "./claim-total.js";
import type { Finding } from "./finding.js";

export interface ClaimAudit {
  claims: Claim[];
  verdicts: ClaimVerdict[];
  findings: Finding[];
}

export interface ClaimAuditTarget {
  /** The body's id (from the file name or --entity), and its name as findings show it. */
  entity: string;
  entity_name: string;
  /** The report's year (the extractor's, unless given). */
  year: number;
  /** The file as the user named it, for findings' places. */
  file: string;
}

export function checkClaim(ctx: ClaimContext, c: Claim): ClaimVerdict {
  switch (c.kind) {
    case "share":
      return checkShareClaim(ctx, c);
    case "growth":
      return checkGrowthClaim(ctx, c);
    case "ratio":
      return checkRatioClaim(ctx, c);
    case "total":
      return checkTotalClaim(ctx, c);
    case "timeliness":
      return checkTimelinessClaim(ctx, c);
    case "other_year":
      return checkOtherYearClaim(ctx, c);
  }
}

export function auditClaims(read: ClaimReportFile, target: ClaimAuditTarget, datasets: AuditContext | null = null): ClaimAudit {
  const report = { ...read.report, year: target.year };
  const ctx = new ClaimContext(
    {
      entity: target.entity,
      entity_name: target.entity_name,
      year: target.year,
      layout: read.report.year === target.year ? read.report.layout : layoutOfYear(target.year),
      file: target.file,
      paged: read.file.pdf !== undefined,
      figures: read.report.figures,
    },
    datasets,
  );
  const claims = findClaims(read.file, report);
  const verdicts = claims.map((c) => checkClaim(ctx, c));
  const identical = checkIdenticalTable(ctx);
  if (identical !== null) verdicts.push(identical);
  const findings = verdicts.filter((v) => v.outcome !== "matched").map((v) => ctx.toFinding(v));
  return { claims, verdicts, findings };
}
