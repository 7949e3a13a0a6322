// Fills the blank 2021 report template (a Word .docx with the three statistical tables, cells merged as
// the template has them) with figures, in memory: unzip, put each number into its cell's <w:t>, zip again.
// Used by the Word tests and by extract-accuracy.mjs to make .docx inputs whose every figure is known,
// since no published .docx report is at hand. Plain JavaScript, so both a test and a script importing
// dist/ can use it.
import JSZip from "jszip";

const APPLICANT_COLUMNS = [
  "natural_person",
  "commercial_enterprise",
  "research_institution",
  "social_welfare_org",
  "legal_service_org",
  "other_org",
  null,
];

/** Table 二's rows: the label the template prints, and the metric of each value cell left to right. */
const TABLE_TWO_ROWS = [
  ["规章", ["rules_issued", "rules_repealed", "rules_in_force"]],
  ["行政规范性文件", ["normdocs_issued", "normdocs_repealed", "normdocs_in_force"]],
  ["行政许可", ["licensing_decisions"]],
  ["行政处罚", ["penalty_decisions"]],
  ["行政强制", ["coercion_decisions"]],
  ["行政事业性收费", ["fee_amount"]],
];

/** Table 三's rows of seven value cells, in the template's order. */
const TABLE_THREE_ROWS = [
  "requests_new",
  "requests_carried_in",
  "result_granted",
  "result_partial",
  ...[
    "state_secret",
    "law_prohibited",
    "security_stability",
    "third_party",
    "internal_affairs",
    "process_info",
    "enforcement_file",
    "admin_inquiry",
  ].map((k) => `result_denied.${k}`),
  ...["not_held", "needs_creation", "unclear_after_amend"].map((k) => `result_unavailable.${k}`),
  ...["petition", "duplicate", "publication", "mass_repeat", "confirm_reissue"].map((k) => `result_not_processed.${k}`),
  ...["no_amend", "fee_unpaid", "misc"].map((k) => `result_other.${k}`),
  "result_total",
  "requests_carried_out",
];

/** Table 四's one row of fifteen value cells. */
const TABLE_FOUR_CELLS = ["reconsideration", "litigation_direct", "litigation_after_recon"].flatMap((group) =>
  ["upheld", "corrected", "other", "pending", "total"].map((k) => `${group}.${k}`),
);

/** Every cell the template has room for, as { metric, applicant } (applicant null but in table 三). */
export function templateCells() {
  return [
    ...TABLE_TWO_ROWS.flatMap(([, metrics]) => metrics.map((metric) => ({ metric, applicant: null }))),
    ...TABLE_THREE_ROWS.flatMap((metric) => APPLICANT_COLUMNS.map((applicant) => ({ metric, applicant }))),
    ...TABLE_FOUR_CELLS.map((metric) => ({ metric, applicant: null })),
  ];
}

const TR = /<w:tr[ >][\s\S]*?<\/w:tr>/g;
const TC = /<w:tc(?:\s[^>]*)?>[\s\S]*?<\/w:tc>/g;
const T = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;

/**
 * The template with each given figure written into its cell; cells of figures not given stay blank.
 * A figure the template has no cell for is an error, so a caller never believes it wrote what it did not.
 */
export async function fillDocxTemplate(template, figures) {
  const values = new Map();
  for (const f of figures) values.set(`${f.metric}|${f.applicant ?? ""}`, String(f.value));
  const placed = new Set();
  const zip = await JSZip.loadAsync(template);
  const entry = zip.file("word/document.xml");
  if (entry === null) throw new Error("the template has no word/document.xml: not a Word .docx");
  const xml = await entry.async("string");
  const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
  if (tables.length !== 3) throw new Error(`the template has ${tables.length} tables, expected 3 (二, 三, 四)`);
  const fill = (row, metrics) => {
    const cells = row.match(TC) ?? [];
    const first = cells.length - metrics.length;
    let i = 0;
    return row.replace(TC, (cell) => {
      const k = i++ - first;
      if (k < 0) return cell;
      const key = metrics[k];
      const value = key === undefined ? undefined : values.get(key);
      if (value === undefined) return cell;
      placed.add(key);
      return withText(cell, value);
    });
  };
  const two = tables[0].replace(TR, (row) => {
    const label = cellText(row.match(TC)?.[0] ?? "");
    const spec = TABLE_TWO_ROWS.find(([l]) => l === label);
    return spec
      ? fill(
          row,
          spec[1].map((m) => `${m}|`),
        )
      : row;
  });
  let r3 = 0;
  const three = tables[1].replace(TR, (row) => {
    const cells = row.match(TC) ?? [];
    if (cells.length < 8 || !cells.slice(-7).every((c) => cellText(c) === "")) return row;
    const metric = TABLE_THREE_ROWS[r3++];
    if (metric === undefined) throw new Error("the template's table 三 has more rows than the 2021 template");
    return fill(
      row,
      APPLICANT_COLUMNS.map((a) => `${metric}|${a ?? ""}`),
    );
  });
  if (r3 !== TABLE_THREE_ROWS.length) throw new Error(`the template's table 三 has ${r3} value rows, expected ${TABLE_THREE_ROWS.length}`);
  const four = tables[2].replace(TR, (row) => {
    const cells = row.match(TC) ?? [];
    if (cells.length !== 15 || !cells.every((c) => cellText(c) === "")) return row;
    return fill(
      row,
      TABLE_FOUR_CELLS.map((m) => `${m}|`),
    );
  });
  const unplaced = [...values.keys()].filter((k) => !placed.has(k));
  if (unplaced.length > 0) throw new Error(`the template has no cell for ${unplaced.join(", ")}`);
  let out = xml;
  for (const [from, to] of [
    [tables[0], two],
    [tables[1], three],
    [tables[2], four],
  ])
    out = out.replace(from, () => to);
  zip.file("word/document.xml", out);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** A cell's text, blank (spaces, ideographic spaces) as "". */
function cellText(cell) {
  return [...cell.matchAll(T)]
    .map((m) => m[1])
    .join("")
    .replace(/[\s\u3000]/g, "");
}

/** The cell with its text replaced: its first run's text set, other runs emptied, or a run added. */
function withText(cell, text) {
  if (T.test(cell)) {
    T.lastIndex = 0;
    let first = true;
    return cell.replace(T, () => {
      const t = first ? `<w:t>${text}</w:t>` : "<w:t></w:t>";
      first = false;
      return t;
    });
  }
  const run = `<w:r><w:t>${text}</w:t></w:r>`;
  if (/<w:p(?:\s[^>]*)?\/>/.test(cell)) return cell.replace(/<w:p(\s[^>]*)?\/>/, (_, attrs) => `<w:p${attrs ?? ""}>${run}</w:p>`);
  const end = cell.lastIndexOf("</w:p>");
  if (end < 0) return cell.replace("</w:tc>", `<w:p>${run}</w:p></w:tc>`);
  return `${cell.slice(0, end)}${run}${cell.slice(end)}`;
}
