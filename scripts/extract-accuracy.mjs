// Measures the extractor against hand-checked datasets: each bundled report (reports/<entity>-<year>.txt
// against datasets/<entity>/<year>.csv) and each synthetic fixture (tests/extract/fixtures/<name>.txt or
// .html against <name>.csv). Prints, per report, how many expected figures were extracted correctly,
// missed, and extracted wrongly, and the same for printed shares and changes. Exits 1 on any wrong figure.
// Run with `npm run accuracy` (builds first: this script imports the compiled library from dist/).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import { extractReport, measureAccuracy, readReportFile } from "../dist/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const cases = [];
for (const name of readdirSync(join(root, "reports")).sort()) {
  const m = /^(.+)-(\d{4})\.txt$/.exec(name);
  if (!m) continue;
  const expected = join(root, "datasets", m[1], `${m[2]}.csv`);
  if (existsSync(expected)) cases.push({ report: join(root, "reports", name), expected });
}
const fixtures = join(root, "tests", "extract", "fixtures");
for (const name of readdirSync(fixtures).sort()) {
  if (![".txt", ".html"].includes(extname(name))) continue;
  const expected = join(fixtures, `${basename(name, extname(name))}.csv`);
  if (existsSync(expected)) cases.push({ report: join(fixtures, name), expected });
}

const num = (s) => (s === undefined || s.trim() === "" ? null : Number(s.replace(/%$/, "")));
const rows = [];
let wrongTotal = 0;
for (const c of cases) {
  const file = readReportFile(c.report);
  const report = extractReport(file.text, { format: file.format });
  const parsed = Papa.parse(readFileSync(c.expected, "utf8"), { header: true, skipEmptyLines: true }).data;
  const expected = parsed.map((r) => ({
    metric: r.metric,
    applicant: r.applicant ? r.applicant : null,
    value: num(r.value),
    printed_share: num(r.printed_share),
    printed_change: num(r.printed_change),
    printed_change_pct: num(r.printed_change_pct),
  }));
  const a = measureAccuracy(report.figures, expected);
  wrongTotal += a.wrong + a.printed.wrong;
  rows.push({
    report: c.report.slice(root.length),
    layout: report.layout,
    expected: a.expected,
    correct: a.correct,
    missed: a.missed,
    wrong: a.wrong,
    extra: a.extra,
    printed: `${a.printed.correct}/${a.printed.expected} (wrong ${a.printed.wrong})`,
    unassigned: report.unassigned.length,
  });
  for (const x of a.mismatches)
    console.log(
      `  WRONG ${c.report.slice(root.length)} ${x.metric} ${x.applicant ?? ""} ${x.field}: expected ${x.expected}, extracted ${x.extracted}`,
    );
  for (const x of a.missing) console.log(`  missed ${c.report.slice(root.length)} ${x.metric} ${x.applicant ?? ""} (${x.expected})`);
  for (const x of a.extras) console.log(`  extra ${c.report.slice(root.length)} ${x.metric} ${x.applicant ?? ""} = ${x.extracted}`);
}
console.table(rows);
console.log(`${cases.length} report(s); ${wrongTotal} wrong figure(s)`);
process.exit(wrongTotal > 0 ? 1 : 0);
