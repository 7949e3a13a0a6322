/**
 * Printed changes on the prior year ("较2016年增加2589条，同比增长3%") against the prior year's figure,
 * from the prior year's dataset or a baseline derived from this report. The absolute change must match
 * exactly; the percent growth at its printed precision (2.98% agrees with a printed 3%), a truncation
 * being a note. Without a prior figure the check cannot run, and says so.
 */
import { metricLabel } from "../catalogue/catalogue.js";
import { isChangeBaseline } from "../compute/derive-subtotals.js";
import { say } from "../messages/catalogue.js";
import type { AuditContext } from "./audit-context.js";
import { finding, reportLang } from "./audit-context.js";
import type { Finding } from "./finding.js";
import { fixed, judgePrinted } from "./printed-precision.js";

export function checkPrintedChanges(ctx: AuditContext): Finding[] {
  const out: Finding[] = [];
  const t = ctx.table;
  for (let i = 0; i < t.length; i++) if (hasPrintedChange(t, i)) checkPrintedChangeAt(ctx, i, out);
  return out;
}

/** True when row i prints a change or a percent growth on the prior year. */
export function hasPrintedChange(t: AuditContext["table"], i: number): boolean {
  return t.printedChangeAt(i) !== null || t.printedChangePctAt(i) !== null;
}

/** The findings of one row's printed change and growth, appended to `out` (the audit stream checks row by row, report by report). */
export function checkPrintedChangeAt(ctx: AuditContext, i: number, out: Finding[]): void {
  const t = ctx.table;
  const change = t.printedChangeAt(i);
  const pct = t.printedChangePctAt(i);
  if (change === null && pct === null) return;
  const r = ctx.report(t.entity[i] as number, t.year[i] as number);
  const metric = t.metricAt(i);
  const applicant = t.applicantAt(i);
  const fig = ctx.figure(r, metric, applicant);
  const priorFig = ctx.figure(r, metric, applicant, r.year - 1);
  const value = t.value[i] as number;
  const prior = priorFig.value ?? Number.NaN;
  const figures = [fig, priorFig];
  const lang = reportLang(r);
  const prior_year = r.year - 1;
  // The figure's name: its label in Chinese, its id (as the datasets write it) in English.
  const name = lang === "zh" ? metricLabel(metric, "zh") : metric;
  const derived =
    priorFig.file !== null && t.basis[ctx.row(r, metric, applicant, r.year - 1)] === 1
      ? say("audit.prior_derived", { prior_year }, lang)
      : "";
  if (Number.isNaN(prior) || Number.isNaN(value)) {
    out.push(
      finding(r, change !== null ? "printed_change" : "printed_growth", "note", fig, {
        ran: false,
        printed: change ?? pct,
        computed: null,
        message: say("audit.change_no_prior", { metric: name, prior_year }, lang),
        figures,
      }),
    );
    return;
  }
  // A prior figure the toolkit derived from this very change cannot check it (it agrees by construction);
  // the printed growth is still checked against it.
  const priorRow = ctx.row(r, metric, applicant, r.year - 1);
  if (change !== null && isChangeBaseline(t.sourceAt(priorRow))) {
    out.push(
      finding(r, "printed_change", "note", fig, {
        ran: false,
        printed: change,
        computed: null,
        message: say("audit.change_from_baseline", { metric: name, prior_year, prior }, lang),
        figures,
      }),
    );
  } else if (change !== null) {
    ctx.checksRun++;
    const computed = value - prior;
    if (computed !== change) {
      out.push(
        finding(r, "printed_change", "error", fig, {
          printed: change,
          computed,
          message: say(
            "audit.change_mismatch",
            { metric: name, printed: signed(change), value, prior, computed: signed(computed), derived },
            lang,
          ),
          figures,
        }),
      );
    }
  }
  if (pct !== null) {
    // The report's own arithmetic, whatever the figures' sign: (value − prior) / prior × 100, the
    // difference first as in percentChange, which the toolkit's own outputs refuse for a negative prior
    // but which a printed growth must still be checkable against.
    const computed = prior === 0 || Number.isNaN(prior) || Number.isNaN(value) ? Number.NaN : ((value - prior) / prior) * 100;
    if (Number.isNaN(computed)) {
      out.push(
        finding(r, "printed_growth", "note", fig, {
          ran: false,
          printed: pct,
          computed: null,
          message: say("audit.growth_zero_prior", { metric: name, printed: pct, prior_year }, lang),
          figures,
        }),
      );
      return;
    }
    ctx.checksRun++;
    const j = judgePrinted(pct, computed);
    if (j.verdict === "agrees") return;
    out.push(
      finding(r, "printed_growth", j.verdict === "truncated" ? "note" : "error", fig, {
        printed: pct,
        computed,
        message:
          j.verdict === "truncated"
            ? say("audit.growth_truncated", { metric: name, printed: pct, value, prior, computed: fixed(computed, 3), derived }, lang)
            : say(
                "audit.growth_mismatch",
                { metric: name, printed: pct, value, prior, computed: fixed(computed, 2), rounded: fixed(j.rounded, j.decimals), derived },
                lang,
              ),
        figures,
      }),
    );
  }
}

function signed(x: number): string {
  return x > 0 ? `+${x}` : String(x);
}
