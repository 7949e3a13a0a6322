/**
 * A DataFrame of observations back into the columnar core, checked like a dataset file: an analyst may
 * have built or edited the frame by hand. Problems name the frame row (1-based) as the line.
 */
import { findMetric } from "../catalogue/catalogue.js";
import { type ObservationTable, tableFromObservations } from "../core/observation-table.js";
import { DataError, type DataProblem, problem } from "../errors.js";
import { quoted } from "../io/echo-text.js";
import { say } from "../messages/catalogue.js";
import { APPLICANTS, type Applicant, type EntityInfo, type Observation } from "../types.js";
import type { DataFrame } from "./danfo.js";
import { frameToRows } from "./rows-to-frame.js";

const REQUIRED = ["entity", "year", "metric", "value"] as const;

export function fromFrame(df: DataFrame, name = "<DataFrame>"): ObservationTable {
  const rows = frameToRows(df);
  const columns = df.columns as string[];
  const problems: DataProblem[] = [];
  for (const c of REQUIRED) {
    if (!columns.includes(c)) {
      problems.push(
        problem(
          "E_MISSING_COLUMN",
          { file: name },
          say("io.header.missing.what", { name: c }),
          say("io.frame.columns", { names: REQUIRED.join(", ") }),
          columns.join(", "),
          say("io.frame.columns_hint"),
        ),
      );
    }
  }
  if (problems.length) throw new DataError(problems);
  const out: Observation[] = [];
  rows.forEach((r, i) => {
    const at = { file: name, line: i + 1 };
    const metric = String(r.metric);
    const def = findMetric(metric);
    if (!def) {
      problems.push(
        problem(
          "E_UNKNOWN_METRIC",
          at,
          say("io.row.unknown_metric.what", { metric: quoted(metric) }),
          say("io.row.metric.expected"),
          quoted(metric),
          say("io.frame.metric_hint"),
        ),
      );
      return;
    }
    const value = r.value === null || r.value === undefined || Number.isNaN(r.value) ? null : r.value;
    if (value !== null && typeof value !== "number") {
      problems.push(
        problem(
          "E_NOT_A_NUMBER",
          at,
          say("io.frame.value.what"),
          say("io.frame.value.expected"),
          quoted(JSON.stringify(value) ?? String(value)),
          say("io.frame.value.hint"),
        ),
      );
      return;
    }
    const applicant = r.applicant ?? null;
    // The 法人或其他组织 sum comes back as the tool derived it (a frame of a derived table); never as printed.
    const derivedSum = applicant === "legal_person_total" && r.basis === "derived";
    if (applicant !== null && !derivedSum && !(APPLICANTS as readonly unknown[]).includes(applicant)) {
      problems.push(
        problem(
          "E_BAD_APPLICANT",
          at,
          say("io.row.unknown_applicant.what", { applicant: quoted(String(applicant)) }),
          say("io.frame.applicant.expected", { applicants: APPLICANTS.join(", ") }),
          quoted(JSON.stringify(applicant) ?? String(applicant)),
          say("io.frame.applicant.hint"),
        ),
      );
      return;
    }
    const num = (x: unknown) => (typeof x === "number" && !Number.isNaN(x) ? x : null);
    out.push({
      entity: String(r.entity),
      year: Number(r.year),
      metric,
      applicant: applicant as Applicant | null,
      value,
      printed_share: num(r.printed_share),
      printed_change: num(r.printed_change),
      printed_change_pct: num(r.printed_change_pct),
      basis: r.basis === "derived" || r.basis === "ocr" ? r.basis : "printed",
      source: typeof r.source === "string" ? r.source : null,
      file: typeof r.file === "string" ? r.file : name,
      line: typeof r.line === "number" ? r.line : i + 1,
    });
  });
  if (problems.length) throw new DataError(problems);
  return tableFromObservations(out, entityNames(rows));
}

/** Entity metadata recovered from an entity_name column (only the name travels with a frame). */
function entityNames(rows: readonly Record<string, unknown>[]): EntityInfo[] {
  const names = new Map<string, string>();
  for (const r of rows) {
    if (typeof r.entity_name === "string" && r.entity_name !== "" && !names.has(String(r.entity)))
      names.set(String(r.entity), r.entity_name);
  }
  return [...names].map(([id, name_zh]) => ({ id, name_zh, name_en: id, level: "", province: "", parent: null }));
}
