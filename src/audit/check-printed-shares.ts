/**
 * Printed shares ("占总数的41.4%") against the counts. A group's shares may be printed against the sum of
 * its parts or against the declared whole, and for overlapping groups (channels) those differ; the check
 * finds the denominator the report used (the one most printed shares agree with, at the printed
 * precision), says which, and flags each printed share that neither rounds nor truncates to its count's
 * share of that denominator. A truncation (18.975 printed as 18.9) is a note, not an error.
 */

import { layoutOfYear, metricLabel } from "../catalogue/catalogue.js";
import { groupFigures } from "../compute/breakdown.js";
import { BREAKDOWN_SPECS } from "../compute/breakdown-specs.js";
import { say } from "../messages/catalogue.js";
import type { AuditContext, Report } from "./audit-context.js";
import { finding, reportLang } from "./audit-context.js";
import type { Finding } from "./finding.js";
import { fixed, judgePrinted, type PrintedJudgement } from "./printed-precision.js";

interface Denominator {
  kind: "parts" | "whole";
  value: number;
  label: string;
}

export function checkPrintedShares(ctx: AuditContext, r: Report): Finding[] {
  const out: Finding[] = [];
  const t = ctx.table;
  // No printed share anywhere in the table: nothing to check (the loop below would skip every group).
  if (t.printedShare === null) return out;
  const lang = reportLang(r);
  // Figures and groups by their labels in Chinese, by their ids (as the datasets write them) in English.
  const name = (metric: string) => (lang === "zh" ? metricLabel(metric, "zh") : metric);
  for (const spec of BREAKDOWN_SPECS) {
    if (!spec.layouts.includes(layoutOfYear(r.year))) continue;
    const g = groupFigures(ctx.index, r.entity, r.year, spec);
    const printed = g.rows.map((row) => (row < 0 ? Number.NaN : (t.printedShareAt(row) ?? Number.NaN)));
    if (printed.every(Number.isNaN)) continue;
    const group = lang === "zh" ? spec.label_zh : spec.id;
    const whole = name(spec.whole.metric);
    const denominators: Denominator[] = [];
    if (g.partsSum > 0)
      denominators.push({ kind: "parts", value: g.partsSum, label: say("audit.denominator_parts", { value: g.partsSum }, lang) });
    if (g.whole > 0 && g.whole !== g.partsSum)
      denominators.push({ kind: "whole", value: g.whole, label: say("audit.denominator_whole", { whole, value: g.whole }, lang) });
    if (g.whole > 0 && g.whole === g.partsSum && denominators[0])
      denominators[0].label = say("audit.denominator_both", { value: g.whole, whole }, lang);
    const printedCount = printed.filter((p) => !Number.isNaN(p)).length;
    if (denominators.length === 0) {
      spec.parts.forEach((part, k) => {
        if (Number.isNaN(printed[k] as number)) return;
        const fig = ctx.figure(r, part.metric, part.applicant);
        out.push(
          finding(r, "printed_share", "note", fig, {
            ran: false,
            printed: printed[k] as number,
            computed: null,
            message: say("audit.share_not_run", { printed: printed[k] as number, metric: name(part.metric), whole, group }, lang),
            figures: [fig],
          }),
        );
      });
      continue;
    }
    // Judge every printed share against every denominator, then keep the denominator most agree with.
    const judged = denominators.map((d) =>
      printed.map((p, k) =>
        Number.isNaN(p) || Number.isNaN(g.values[k] as number) ? null : judgePrinted(p, ((g.values[k] as number) / d.value) * 100),
      ),
    );
    const score = (js: (PrintedJudgement | null)[]) =>
      js.reduce((s, j) => s + (j?.verdict === "agrees" ? 1000 : j?.verdict === "truncated" ? 1 : 0), 0);
    let best = 0;
    judged.forEach((js, d) => {
      if (score(js) > score(judged[best] ?? [])) best = d;
    });
    const den = denominators[best] as Denominator;
    const agreeing = (judged[best] ?? []).filter((j) => j?.verdict === "agrees").length;
    const other = denominators.find((_, d) => d !== best);
    ctx.checksRun += printedCount;
    spec.parts.forEach((part, k) => {
      const j = judged[best]?.[k];
      if (!j || j.verdict === "agrees") return;
      const value = g.values[k] as number;
      const computed = (value / den.value) * 100;
      const p = printed[k] as number;
      const fig = ctx.figure(r, part.metric, part.applicant);
      // The figures the share was computed from: the part and, when it is the denominator, the declared
      // whole. A whole the shares are not read against is not part of the arithmetic, so a wrong printed
      // share does not put it in doubt (the report marks the key figures an error involves).
      const figures = den.kind === "whole" ? [fig, ctx.figure(r, spec.whole.metric, spec.whole.applicant)] : [fig];
      const basis = say("audit.share_basis", { group, denominator: den.label, agreeing, printed: printedCount }, lang);
      const alt = other ? say("audit.share_other", { denominator: other.label, share: fixed((value / other.value) * 100, 2) }, lang) : "";
      if (j.verdict === "truncated") {
        out.push(
          finding(r, "printed_share", "note", fig, {
            printed: p,
            computed,
            message: say(
              "audit.share_truncated",
              {
                metric: name(part.metric),
                printed: p,
                value,
                denominator: den.value,
                computed: fixed(computed, 3),
                rounded: fixed(j.rounded, j.decimals),
                basis,
              },
              lang,
            ),
            figures,
          }),
        );
        return;
      }
      out.push(
        finding(r, "printed_share", "error", fig, {
          printed: p,
          computed,
          message: say(
            "audit.share_mismatch",
            {
              metric: name(part.metric),
              printed: p,
              value,
              denominator: den.value,
              computed: fixed(computed, 2),
              rounded: fixed(j.rounded, j.decimals),
              other: alt,
              basis,
            },
            lang,
          ),
          figures,
        }),
      );
    });
  }
  return out;
}
