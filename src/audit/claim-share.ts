/**
 * A share the text prints beside a count ("予以公开及部分公开258件(33.9%)") against the report's own
 * figures: table 三's count of the categories over its results total, and the text's count over the
 * count of answers it states; as some reports share them out of the requests received, also over the
 * text's count of those, table 三's new requests, or new + carried in. The share agrees when any reading
 * gives it at the printed precision (see judgePrinted); a count that differs from table 三's is flagged
 * as a warning even then (the text may count another scope), a share no reading gives is an error, a
 * truncated one a note.
 */
import type { ShareClaim } from "../extract/claims/claim.js";
import { say } from "../messages/catalogue.js";
import { type ClaimContext, type ClaimVerdict, num, quotientText, type Stated, sumText } from "./claim-context.js";
import { fixed, judgePrinted, type PrintedJudgement } from "./printed-precision.js";

interface Reading {
  basis: "table" | "text";
  parts: number[];
  denominator: number;
  computed: number;
  judged: PrintedJudgement;
}

export function checkShareClaim(ctx: ClaimContext, c: ShareClaim): ClaimVerdict {
  const base = { claim: c, check: "claim_share" as const, printed: c.share, metrics: c.metrics };
  const said = { category: c.category, count: c.count, printed: num(c.share) };
  if (c.metrics.length === 0) return checkUnknownCategory(c, base, said);
  const tableParts = c.metrics.map((m) => ctx.tableValue(m));
  const table = tableParts.every((p) => p !== null) ? (tableParts as Stated[]) : null;
  const tableCount = table === null ? null : table.reduce((s, p) => s + p.value, 0);
  const tableTotal = ctx.tableValue("result_total")?.value ?? null;
  const readings: Reading[] = [];
  const read = (basis: Reading["basis"], parts: number[], denominator: number | null) => {
    if (denominator === null || denominator <= 0) return;
    const sum = parts.reduce((s, p) => s + p, 0);
    if (readings.some((r) => r.denominator === denominator && r.parts.reduce((s, p) => s + p, 0) === sum)) return;
    const computed = (sum / denominator) * 100;
    readings.push({ basis, parts, denominator, computed, judged: judgePrinted(c.share, computed) });
  };
  // The table's figures as printed: a whole the template leaves to be summed shows its grounds.
  if (table !== null)
    read(
      "table",
      table.flatMap((p) => p.parts),
      tableTotal,
    );
  read("text", [c.count], c.denominator);
  // Some reports share their answers out of the requests received instead: a share that agrees with
  // that reading is no error, and its arithmetic says which denominator it is.
  read("text", [c.count], c.received);
  const received = ctx.tableValue("requests_new")?.value ?? null;
  const carriedIn = ctx.tableValue("requests_carried_in")?.value ?? null;
  const counted = table === null ? [c.count] : table.flatMap((p) => p.parts);
  const basis: Reading["basis"] = table === null ? "text" : "table";
  read(basis, counted, received);
  if (received !== null && carriedIn !== null) read(basis, counted, received + carriedIn);
  if (readings.length === 0) {
    return { ...base, outcome: "unchecked", severity: "note", computed: null, message: say("claim.share.no_denominator", said) };
  }
  const best =
    readings.find((r) => r.judged.verdict === "agrees") ??
    readings.find((r) => r.judged.verdict === "truncated") ??
    (readings[0] as Reading);
  const verdict = best.judged.verdict;
  const countDiffers = tableCount !== null && tableCount !== c.count;
  let message = "";
  if (countDiffers && table !== null) {
    message += say("claim.share.count_differs", {
      category: c.category,
      count: c.count,
      arithmetic: sumText(table.flatMap((p) => p.parts)),
      sum: tableCount,
    });
  }
  message += say("claim.share.arithmetic", {
    category: c.category,
    arithmetic: quotientText(best.parts, best.denominator),
    computed: fixed(best.computed, 2),
    printed: num(c.share),
    verdict: say(`claim.verdict.${verdict}`),
  });
  if (verdict === "disagrees") {
    message += say("claim.share.rounded", { rounded: fixed(best.judged.rounded, best.judged.decimals) });
    for (const other of readings) {
      if (other === best) continue;
      message += say("claim.share.other_basis", {
        basis: say(other.basis === "table" ? "claim.share.basis_table" : "claim.share.basis_text"),
        arithmetic: quotientText(other.parts, other.denominator),
        computed: fixed(other.computed, 2),
      });
    }
  }
  const outcome = verdict === "agrees" && !countDiffers ? "matched" : "flagged";
  const severity = verdict === "disagrees" ? "error" : countDiffers ? "warning" : "note";
  return { ...base, outcome, severity, computed: best.computed, message };
}

/**
 * A share of a category no table figure is known for ("当面申请3件,占3.7%", a pre-2019 report's
 * "“同意公开”38件,占总数的46.3%"): it agrees when the count over the answers or the requests the
 * paragraph states gives it; otherwise it cannot be checked, since the share may be of something else
 * ("占同期制发文件总数的37.5%").
 */
function checkUnknownCategory(
  c: ShareClaim,
  base: Pick<ClaimVerdict, "claim" | "check" | "printed" | "metrics">,
  said: { category: string; count: number; printed: string },
): ClaimVerdict {
  for (const denominator of [c.denominator, c.received]) {
    if (denominator === null || denominator <= 0) continue;
    const computed = (c.count / denominator) * 100;
    if (judgePrinted(c.share, computed).verdict !== "agrees") continue;
    const message = say("claim.share.arithmetic", {
      category: c.category,
      arithmetic: quotientText([c.count], denominator),
      computed: fixed(computed, 2),
      printed: num(c.share),
      verdict: say("claim.verdict.agrees"),
    });
    return { ...base, outcome: "matched", severity: "note", computed, message };
  }
  return { ...base, outcome: "unchecked", severity: "note", computed: null, message: say("claim.share.unknown_category", said) };
}
