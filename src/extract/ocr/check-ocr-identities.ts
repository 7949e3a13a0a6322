import { say } from "../../messages/catalogue.js";
import { APPLICANTS, type Applicant } from "../../types.js";
import { BLOCKS, OUTCOMES } from "../extract-table-four.js";
import { tableThreeRows } from "../table-three-rows.js";
import type { OcrFigure } from "./ocr-report.js";
import type { PlacedFigure } from "./place-ocr-figures.js";
import { SURE } from "./read-band.js";

interface Term {
  metric: string;
  applicant: Applicant | null;
}

interface Identity {
  /** What the identity is, for the warning. */
  name: string;
  left: Term[];
  right: Term[];
}

const key = (metric: string, applicant: Applicant | null) => `${metric}|${applicant ?? ""}`;
const term = (metric: string, applicant: Applicant | null): Term => ({ metric, applicant });

/**
 * The report's own arithmetic, checked on the figures OCR read: each table 三 row across the applicant
 * columns adds up to 总计; the result rows add up to (七)总计, column by column (the sub-rows of (三)(四)(五)
 * and (六) have no printed subtotal, so they enter this sum themselves); 新收 + 结转 = 总计 + 结转下年度,
 * column by column; and each table 四 group's four outcomes add up to its 总计. An identity runs only
 * when all its figures were read. Every figure of an identity that does not add up is marked `broken`,
 * and a warning names the identity and its arithmetic: one of its figures was misread, or the report
 * itself does not add up (the warning cannot tell which, so the figures are kept, marked). A figure read
 * with low confidence that no identity checks is left out, with a warning.
 */
export function checkOcrIdentities(placed: readonly PlacedFigure[], warnings: string[]): OcrFigure[] {
  const byKey = new Map(placed.map((f) => [key(f.metric, f.applicant), f]));
  const status = new Map<string, OcrFigure["identity"]>();
  for (const identity of identities(placed)) {
    const terms = [...identity.left, ...identity.right];
    const figures = terms.map((t) => byKey.get(key(t.metric, t.applicant)));
    if (figures.some((f) => f === undefined)) continue;
    const value = (t: Term) => (byKey.get(key(t.metric, t.applicant)) as PlacedFigure).value;
    const left = sum(identity.left.map(value));
    const right = sum(identity.right.map(value));
    const holds = left === right;
    for (const t of terms) {
      const k = key(t.metric, t.applicant);
      if (!holds) status.set(k, "broken");
      else if (status.get(k) !== "broken") status.set(k, "holds");
    }
    if (!holds)
      warnings.push(
        say("extract.ocr_identity_broken", {
          name: identity.name,
          left: `${spell(identity.left, value)} = ${left}`,
          right: `${spell(identity.right, value)} = ${right}`,
        }),
      );
  }
  const checked: OcrFigure[] = [];
  for (const f of placed) {
    const identity = status.get(key(f.metric, f.applicant)) ?? "unchecked";
    // Nothing would catch a misreading of an unsure figure that no identity checks (table 二's, or one
    // whose identity lacks a figure): it is left out rather than risked.
    if (identity === "unchecked" && f.confidence < SURE) {
      warnings.push(
        say("extract.ocr_unsure", {
          page: f.page,
          metric: `${f.metric}${f.applicant ? `[${f.applicant}]` : ""}`,
          value: f.value,
          confidence: Math.round(f.confidence),
        }),
      );
      continue;
    }
    checked.push({ ...f, identity });
  }
  return checked;
}

function sum(values: readonly number[]): number {
  // Amounts with decimals are summed in hundredths, so 0.1 + 0.2 compares equal to 0.3.
  return Math.round(values.reduce((s, v) => s + v * 100, 0)) / 100;
}

function spell(terms: readonly Term[], value: (t: Term) => number): string {
  const names = terms.map((t) => `${t.metric}${t.applicant ? `[${t.applicant}]` : ""}`).join(" + ");
  return terms.length === 1 ? `${names}` : `${names} = ${terms.map(value).join(" + ")}`;
}

function identities(placed: readonly PlacedFigure[]): Identity[] {
  const out: Identity[] = [];
  const split = placed.some((f) => f.metric.startsWith("result_other."));
  const rows = tableThreeRows(split);
  for (const row of rows) {
    out.push({
      name: say("extract.ocr_identity_applicants", { metric: row.metric }),
      left: APPLICANTS.map((a) => term(row.metric, a)),
      right: [term(row.metric, null)],
    });
  }
  const results = rows.filter((r) => r.metric.startsWith("result_") && r.metric !== "result_total").map((r) => r.metric);
  for (const a of [...APPLICANTS, null]) {
    const col = a === null ? "总计" : a;
    out.push({
      name: say("extract.ocr_identity_results", { column: col }),
      left: results.map((m) => term(m, a)),
      right: [term("result_total", a)],
    });
    out.push({
      name: say("extract.ocr_identity_balance", { column: col }),
      left: [term("requests_new", a), term("requests_carried_in", a)],
      right: [term("result_total", a), term("requests_carried_out", a)],
    });
  }
  for (const b of BLOCKS) {
    out.push({
      name: say("extract.ocr_identity_four", { block: b }),
      left: OUTCOMES.filter((o) => o !== "total").map((o) => term(`${b}.${o}`, null)),
      right: [term(`${b}.total`, null)],
    });
  }
  return out;
}
