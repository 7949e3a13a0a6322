import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/extract-report.js";
import { type ComparableFigure, expectedFigures, measureAccuracy } from "../../src/extract/measure-accuracy.js";

const dir = "tests/extract/fixtures";
const read = (name: string) => readFileSync(`${dir}/${name}`, "utf8");

/** A fixture's hand-written expected figures (its .csv, written by reading the report). */
function expected(name: string): ComparableFigure[] {
  return expectedFigures(read(`${name}.csv`));
}

/**
 * The rows of the 2024 fixture that stand under no label, or under the labels of several rows. (六)2's bare
 * numbers follow the lines of its own label alone, which name it: that row is read by its label.
 */
const FRAGMENTS_2024 = [
  "result_partial",
  "result_denied.law_prohibited",
  "result_denied.internal_affairs",
  "result_unavailable.not_held",
  "result_unavailable.needs_creation",
  "result_unavailable.unclear_after_amend",
  "result_not_processed.mass_repeat",
  "result_not_processed.confirm_reissue",
  "result_other.no_amend",
];

function readsExactly(text: string, name: string) {
  const r = extractReport(text);
  const a = measureAccuracy(r.figures, expected(name));
  expect(a.mismatches).toEqual([]);
  expect(a.missing).toEqual([]);
  expect(a.extras).toEqual([]);
  return r;
}

/** Reads a changed text: no fragment is placed, every other row is read as in the fixture, nothing is wrong. */
function leavesFragmentsOut(text: string) {
  const r = extractReport(text);
  expect(r.figures.filter((f) => FRAGMENTS_2024.includes(f.metric))).toEqual([]);
  const labelled = expected("recall-fragments-2024").filter((f) => !FRAGMENTS_2024.includes(f.metric));
  const a = measureAccuracy(
    r.figures.filter((f) => !FRAGMENTS_2024.includes(f.metric)),
    labelled,
  );
  expect(a.mismatches).toEqual([]);
  expect(a.extras).toEqual([]);
  return r;
}

describe("table 三 broken into fragments (OCR→Markdown)", () => {
  it("extractReport(text) places rows of bare numbers, under no label or under several rows' labels, when the table's identities prove it", () => {
    const r = readsExactly(read("recall-fragments-2024.txt"), "recall-fragments-2024");
    // A placed fragment's source names its template row, not the labels of other rows gathered above it.
    const internal = r.figures.find((f) => f.metric === "result_denied.internal_affairs" && f.applicant === null);
    expect(internal?.source).toBe("属于三类内部事务信息 2 0 0 0 0 0 2");
  });

  it("extractReport(text) places a fragment whose line holds only the middle of a wrapped label, beside rows whose labels came out of order", () => {
    readsExactly(read("recall-fragments-wrapped-2025.txt"), "recall-fragments-wrapped-2025");
  });

  it("extractReport(text) leaves the fragments out when a column's results no longer add up to (七)总计", () => {
    // 无法提供 2's 社会公益组织 figure moved to 商业企业: the row still adds up, the columns do not.
    const text = read("recall-fragments-2024.txt").replace("| 3 | 0 | 0 | 1 | 0 | 0 | 4 |", "| 3 | 1 | 0 | 0 | 0 | 0 | 4 |");
    const r = leavesFragmentsOut(text);
    expect(r.unassigned.filter((u) => u.text === "4").length).toBeGreaterThan(0);
  });

  it("extractReport(text) leaves the fragments out when a fragment's six columns do not add up to its 总计", () => {
    leavesFragmentsOut(read("recall-fragments-2024.txt").replace("| 2 | 1 | 0 | 0 | 0 | 0 | 3 |", "| 2 | 1 | 0 | 0 | 0 | 0 | 4 |"));
  });

  it("extractReport(text) leaves the fragments out when a gap holds fewer rows than the template rows it spans", () => {
    // The 无法提供 3 row (all zeros) lost: the sums still hold, but which rows the other two are is not proved.
    const text = read("recall-fragments-2024.txt").replace(
      "| 3 | 0 | 0 | 1 | 0 | 0 | 4 |\n|---|---|---|---|---|---|---|\n| 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n",
      "| 3 | 0 | 0 | 1 | 0 | 0 | 4 |\n",
    );
    expect(text).not.toBe(read("recall-fragments-2024.txt"));
    leavesFragmentsOut(text);
  });

  it("extractReport(text) leaves the fragments out when 新收 + 上年结转 differs from (七)总计 + 结转下年度", () => {
    const text = read("recall-fragments-2024.txt").replace(
      "| 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
      "| 四、结转下年度继续办理 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |",
    );
    const r = extractReport(text);
    expect(r.figures.filter((f) => FRAGMENTS_2024.includes(f.metric))).toEqual([]);
  });
});
