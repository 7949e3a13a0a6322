// Measures the extractor against hand-checked datasets, figure by figure, on real material and on the
// synthetic fixtures:
// - every real report text in ../shared/reports/candidates/ (INDEX.csv there says its layout and whether it is
//   the full report or the opening of a web page) and the 洪泽区 texts in ../shared/reports/, against
//   datasets/<entity>/<year>.csv (a report that states no figure has no dataset: every figure extracted from it
//   is invented);
// - every published PDF in ../shared/reports/pdf/ against the same datasets;
// - Word: the blank 2021 template (../shared/reports/pdf/template-2021-layout.docx) filled with the table
//   figures of each 2021+ real dataset, against those figures (no published .docx report is at hand);
// - the seed report (reports/jiamusi-2017.txt) and the synthetic fixtures in tests/extract/fixtures/.
// A figure is a (metric, applicant) value. Each is right, wrong (another value), missed, or invented (extracted
// where the report states none). Printed shares and changes beside figures are scored the same way.
// Prints per report, per input kind, per layout, per completeness and per metric, then the targets.
// Exits 1 on any wrong or invented figure. Run with `npm run accuracy` (builds first: this imports dist/).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import { expectedFigures, extractReport, measureAccuracy, readReportFile } from "../dist/index.js";
import { fillDocxTemplate, templateCells } from "./fill-docx-template.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const shared = join(root, "..", "shared", "reports");
const args = new Set(process.argv.slice(2));
const verbose = args.has("--verbose");

const csv = (path) => Papa.parse(readFileSync(path, "utf8"), { header: true, skipEmptyLines: true }).data;
const datasetOf = (entity, year) => join(root, "datasets", entity, `${year}.csv`);
const layoutOfYear = (year) => (year >= 2021 ? "2021" : year >= 2019 ? "2019" : "2008");

/** The real material: every candidate text, the 洪泽区 texts, the published PDFs. */
function realCases() {
  if (!existsSync(shared)) {
    console.error(`the real reports are not beside the project (${relative(root, shared)}): only the fixtures are measured`);
    return [];
  }
  const cases = [];
  const index = new Map(csv(join(shared, "candidates", "INDEX.csv")).map((r) => [r.slug, r]));
  const add = (path, kind, completeness) => {
    const m = /^(.+)-(\d{4})$/.exec(basename(path, extname(path)));
    if (!m) return;
    const [, entity, year] = m;
    const expected = datasetOf(entity, year);
    cases.push({
      report: path,
      kind,
      completeness,
      layout: layoutOfYear(Number(year)),
      group: "real",
      same: `${entity}-${year}`,
      expected: existsSync(expected) ? expected : null,
    });
  };
  for (const name of readdirSync(join(shared, "candidates")).sort()) {
    if (extname(name) !== ".txt") continue;
    const info = index.get(basename(name, ".txt"));
    add(join(shared, "candidates", name), "text", info && /^full/.test(info.completeness) ? "full" : "partial");
  }
  for (const name of readdirSync(shared).sort()) if (extname(name) === ".txt") add(join(shared, name), "text", "full");
  for (const name of readdirSync(join(shared, "pdf")).sort()) if (extname(name) === ".pdf") add(join(shared, "pdf", name), "pdf", "full");
  return cases;
}

/**
 * Word inputs: the 2021 template filled with the table figures of every real 2021+ report that has a
 * dataset, written to a temporary folder (removed at the end). The expected figures are those put in.
 */
async function docxCases(real, folder) {
  const template = join(shared, "pdf", "template-2021-layout.docx");
  if (!existsSync(template)) return [];
  const cells = new Set(templateCells().map((c) => `${c.metric}|${c.applicant}`));
  const cases = [];
  for (const c of real.filter((r) => r.kind === "text" && r.layout === "2021" && r.expected !== null)) {
    const figures = expectedOf(c.expected).filter((f) => f.value !== null && cells.has(`${f.metric}|${f.applicant}`));
    if (figures.length === 0) continue;
    const path = join(folder, `${c.same}.docx`);
    writeFileSync(path, await fillDocxTemplate(readFileSync(template), figures));
    cases.push({ ...c, report: path, kind: "docx", completeness: "filled template", figures });
  }
  return cases;
}

/** The seed report and the synthetic fixtures, each beside its hand-checked dataset. */
function fixtureCases() {
  const cases = [
    {
      report: join(root, "reports", "jiamusi-2017.txt"),
      kind: "text",
      completeness: "full",
      layout: "2008",
      group: "real",
      same: "jiamusi-2017",
      expected: datasetOf("jiamusi", 2017),
    },
  ];
  const dir = join(root, "tests", "extract", "fixtures");
  for (const name of readdirSync(dir).sort()) {
    const ext = extname(name);
    if (![".txt", ".html"].includes(ext)) continue;
    const expected = join(dir, `${basename(name, ext)}.csv`);
    if (!existsSync(expected)) continue;
    cases.push({ report: join(dir, name), kind: ext === ".html" ? "html" : "text", completeness: "full", group: "synthetic", expected });
  }
  return cases;
}

/** A hand-checked dataset's figures; none for a report that states none (no dataset). */
function expectedOf(path) {
  return path === null ? [] : expectedFigures(readFileSync(path, "utf8"));
}

const real0 = realCases();
const scratch = mkdtempSync(join(tmpdir(), "dt-accuracy-"));
process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));
const cases = [...real0, ...(await docxCases(real0, scratch)), ...fixtureCases()];
const results = [];
for (const c of cases) {
  const started = performance.now();
  let report;
  let failure = null;
  try {
    const file = await readReportFile(c.report);
    report = extractReport(file.text, { format: file.format, fileName: basename(c.report) });
  } catch (err) {
    failure = err.message.split("\n")[0];
    report = { figures: [], layout: null };
  }
  const seconds = (performance.now() - started) / 1000;
  const a = measureAccuracy(report.figures, c.figures ?? expectedOf(c.expected));
  const wrongOrMissed = new Set([...a.mismatches, ...a.missing].map((x) => `${x.metric}|${x.applicant}`));
  results.push({ ...c, a, wrongOrMissed, layout: c.layout ?? report.layout, seconds, failure, found: report.figures.length });
}

const pct = (part, whole) => (whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)}%`);
const rel = (p) =>
  p.startsWith(shared) ? `reports/${relative(shared, p)}` : p.startsWith(scratch) ? `(Word) ${basename(p)}` : relative(root, p);

console.log("Per report (figures: right / wrong / missed / invented of expected; printed shares and changes likewise)");
console.table(
  results.map((r) => ({
    report: rel(r.report),
    kind: r.kind,
    layout: r.layout,
    part: r.completeness,
    expected: r.a.expected,
    right: r.a.correct,
    wrong: r.a.wrong,
    missed: r.a.missed,
    invented: r.a.extra,
    recall: pct(r.a.correct, r.a.expected),
    printed: `${r.a.printed.correct}/${r.a.printed.expected} (wrong ${r.a.printed.wrong})`,
    seconds: r.seconds.toFixed(2),
    note: r.failure ?? (r.expected === null ? "states no figure" : ""),
  })),
);

for (const r of results) {
  const at = rel(r.report);
  for (const x of r.a.mismatches)
    console.log(`  WRONG    ${at} ${x.metric} ${x.applicant ?? ""} ${x.field}: expected ${x.expected}, extracted ${x.extracted}`);
  for (const x of r.a.extras) console.log(`  INVENTED ${at} ${x.metric} ${x.applicant ?? ""} = ${x.extracted}`);
  if (verbose) for (const x of r.a.missing) console.log(`  missed   ${at} ${x.metric} ${x.applicant ?? ""} (${x.expected})`);
}

/** Sums of the scores over the results that share a key. */
function tally(keyOf, of = results) {
  const groups = new Map();
  for (const r of of) {
    const k = keyOf(r);
    const t = groups.get(k) ?? { reports: 0, expected: 0, right: 0, wrong: 0, missed: 0, invented: 0 };
    t.reports++;
    t.expected += r.a.expected;
    t.right += r.a.correct;
    t.wrong += r.a.wrong + r.a.printed.wrong;
    t.missed += r.a.missed;
    t.invented += r.a.extra;
    groups.set(k, t);
  }
  return [...groups].map(([key, t]) => ({ key, ...t, recall: pct(t.right, t.expected) }));
}

const real = results.filter((r) => r.group === "real");
console.log("\nReal reports by input kind");
console.table(tally((r) => r.kind, real));
console.log("Real reports by layout");
console.table(tally((r) => r.layout, real));
console.log("Real reports by completeness (full report / the opening of a web page or a cut-off download / the Word template filled)");
console.table(tally((r) => r.completeness, real));
console.log("Synthetic fixtures");
console.table(
  tally(
    (r) => r.kind,
    results.filter((r) => r.group === "synthetic"),
  ),
);

// Per metric: one row per metric id over every real report.
const perMetric = new Map();
const bump = (metric, field) => {
  const t = perMetric.get(metric) ?? { metric, expected: 0, right: 0, wrong: 0, missed: 0, invented: 0 };
  t[field]++;
  perMetric.set(metric, t);
};
for (const r of real) {
  const wrongKeys = new Set(r.a.mismatches.filter((x) => x.field === "value").map((x) => `${x.metric}|${x.applicant}`));
  const missedKeys = new Set(r.a.missing.map((x) => `${x.metric}|${x.applicant}`));
  for (const e of r.figures ?? expectedOf(r.expected)) {
    if (e.value === null) continue;
    bump(e.metric, "expected");
    const k = `${e.metric}|${e.applicant}`;
    bump(e.metric, wrongKeys.has(k) ? "wrong" : missedKeys.has(k) ? "missed" : "right");
  }
  for (const x of r.a.extras) bump(x.metric, "invented");
}
console.log("Real reports by metric (all applicant columns together)");
console.table(
  [...perMetric.values()]
    .sort((a, b) => b.missed + b.wrong + b.invented - (a.missed + a.wrong + a.invented) || a.metric.localeCompare(b.metric))
    .map((t) => ({ ...t, recall: pct(t.right, t.expected) })),
);

// Targets.
const sum = (rs, f) => rs.reduce((s, r) => s + f(r), 0);
const recallOf = (rs) =>
  sum(rs, (r) => r.a.correct) /
  Math.max(
    1,
    sum(rs, (r) => r.a.expected),
  );
const wrong = sum(results, (r) => r.a.wrong + r.a.printed.wrong);
const invented = sum(real, (r) => r.a.extra);
const full = real.filter((r) => r.kind === "text" && r.completeness === "full");
const partial = real.filter((r) => r.kind === "text" && r.completeness === "partial");
const lines = [
  [`0 wrong figures anywhere`, wrong === 0, `${wrong} wrong`],
  [`0 invented figures in real reports`, invented === 0, `${invented} invented`],
  [
    `≥ 98% of stated figures on full texts`,
    recallOf(full) >= 0.98,
    pct(
      sum(full, (r) => r.a.correct),
      sum(full, (r) => r.a.expected),
    ),
  ],
  [
    `≥ 95% on partial texts`,
    recallOf(partial) >= 0.95,
    pct(
      sum(partial, (r) => r.a.correct),
      sum(partial, (r) => r.a.expected),
    ),
  ],
];
// A PDF is the same report as its text: the same figures must come out of both.
for (const r of real.filter((x) => x.kind === "pdf")) {
  const text = real.find((x) => x.kind === "text" && x.same === r.same);
  if (!text) continue;
  lines.push([
    `${rel(r.report)} recall equals its text's`,
    r.a.correct === text.a.correct && r.a.expected === text.a.expected,
    `${pct(r.a.correct, r.a.expected)} against ${pct(text.a.correct, text.a.expected)}`,
  ]);
}
// A Word file is the template filled with a report's table figures: every one must come out, at least
// as many as from the report's own text.
for (const r of real.filter((x) => x.kind === "docx")) {
  const text = real.find((x) => x.kind === "text" && x.same === r.same);
  const keys = r.figures.map((f) => `${f.metric}|${f.applicant}`);
  const textRight = text ? keys.filter((k) => !text.wrongOrMissed.has(k)).length : 0;
  lines.push([
    `${rel(r.report)} reads every figure put in, and at least what its text gives`,
    r.a.correct === r.a.expected && r.a.correct >= textRight,
    `${pct(r.a.correct, r.a.expected)}; the text: ${pct(textRight, keys.length)} of the same figures`,
  ]);
}
console.log("\nTargets");
for (const [what, ok, figure] of lines) console.log(`  ${ok ? "met    " : "NOT MET"}  ${what}: ${figure}`);
console.log(`${results.length} report(s); ${wrong} wrong figure(s); ${invented} invented`);
process.exit(wrong > 0 || invented > 0 ? 1 : 0);
