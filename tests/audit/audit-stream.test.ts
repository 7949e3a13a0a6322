import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type AuditOptions, auditReport } from "../../src/audit/audit.js";
import { auditStream } from "../../src/audit/audit-stream.js";
import type { ObservationTable } from "../../src/core/observation-table.js";
import { AUDIT_COLUMNS, auditExport } from "../../src/export/export-kind.js";
import { rowsExport } from "../../src/export/rows-export.js";
import { writeCsvFile } from "../../src/export/write-csv-file.js";
import { loadDatasetsOrThrow } from "../../src/io/load-datasets.js";
import { tempDatasets } from "../helpers/temp-dataset.js";

/** Entity ids whose localeCompare order differs from code-unit order, so chunk order is tested against it. */
const IDS = ["b", "a-b", "ab", "B", "a_b", "é", "e", "z1", "z10", "z2"];
const CHANNELS = ["channel_gazette", "channel_website", "channel_weibo", "channel_wechat", "channel_other"];

/**
 * A long corpus with findings of several checks per report: parts that do not add up, printed shares and printed changes that are right, wrong or unverifiable (gap years), and
 * unknown figures.
 */
function corpus(ids: readonly string[] = IDS): string {
  const rows = ["entity,year,metric,value,printed_share,printed_change,printed_change_pct,source"];
  let k = 7;
  const next = () => {
    k = (k * 1103515245 + 12345) % 2147483648;
    return k;
  };
  for (const id of ids) {
    for (const year of [2016, 2017, 2019, 2020]) {
      const total = 1000 + (next() % 500);
      const change = next() % 3 === 0 ? String((next() % 200) - 100) : "";
      const pct = next() % 4 === 0 ? String((next() % 100) / 10) : "";
      rows.push(`${id},${year},proactive_items,${total},,${change},${pct},"${id} ${year} 总数"`);
      for (const c of CHANNELS) {
        const v = next() % 11 === 0 ? "—" : String(next() % 400);
        const share = next() % 2 === 0 ? ((next() % 1000) / 10).toFixed(1) : "";
        const ch = next() % 5 === 0 ? String((next() % 50) - 25) : "";
        rows.push(`${id},${year},${c},${v},${share},${ch},,`);
      }
      // A partition group (before 2019): parts that sometimes do not add up to their whole.
      const onTime = next() % 300;
      const extended = next() % 30;
      rows.push(`${id},${year},requests_closed,${onTime + extended + (next() % 3 === 0 ? 1 : 0)},,,,`);
      rows.push(`${id},${year},requests_closed_on_time,${onTime},,,,`);
      rows.push(`${id},${year},requests_closed_extended,${next() % 9 === 0 ? "—" : extended},,,,`);
    }
  }
  return `${rows.join("\n")}\n`;
}

const entities = (ids: readonly string[]) =>
  JSON.stringify(ids.map((id) => ({ id, name_zh: `${id}市`, name_en: id, level: "city", province: "测试省", parent: null })));
const ENTITIES = entities(IDS);

function csvOf(write: (path: string) => void): string {
  const path = join(mkdtempSync(join(tmpdir(), "dt-audit-stream-")), "audit.csv");
  write(path);
  return readFileSync(path, "utf8");
}

async function tables(): Promise<[string, ObservationTable][]> {
  const root = tempDatasets({ "corpus.csv": corpus(), "entities.json": ENTITIES });
  return [
    ["synthetic corpus", await loadDatasetsOrThrow(join(root, "corpus.csv"))],
    ["jiamusi", await loadDatasetsOrThrow("datasets/jiamusi")],
    ["huaian-hongze", await loadDatasetsOrThrow("datasets/huaian-hongze")],
  ];
}

describe("auditExport(table) writes the findings a group of reports at a time", () => {
  it("the CSV equals, byte for byte, the one written from all findings sorted at once, whatever the group size", async () => {
    for (const [name, table] of await tables()) {
      const whole = auditReport(table).findings;
      if (name === "synthetic corpus")
        expect([...new Set(whole.map((f) => f.check))].sort()).toEqual(["parts_sum", "printed_change", "printed_growth", "printed_share"]);
      const expected = csvOf((p) => writeCsvFile(p, rowsExport(whole, AUDIT_COLUMNS)));
      for (const size of [1, 2, 3, 7, 4096]) {
        expect(
          csvOf((p) => writeCsvFile(p, auditExport(table, size))),
          `${name}, ${size} reports a group`,
        ).toBe(expected);
      }
    }
  });

  it("a group also ends, at a report's end, once it holds the findings asked for; the findings are the same", async () => {
    for (const [name, table] of await tables()) {
      const whole = auditReport(table).findings;
      const reportsWithFindings = new Set(whole.map((f) => `${f.entity} ${f.year}`)).size;
      for (const cap of [1, 2, 5]) {
        const groups = [...auditStream(table, {}, 4096, undefined, cap).groups];
        expect(groups.flat(), `${name}, ${cap} findings a group`).toEqual(whole);
        // With a cap of 1 every report with findings is a group of its own.
        if (cap === 1) expect(groups.length, name).toBe(reportsWithFindings);
        for (const g of groups) expect(new Set(g.slice(0, -1).map((f) => `${f.entity} ${f.year}`)).size).toBeLessThanOrEqual(cap);
      }
    }
  });

  it("two ids localeCompare finds equal keep their reports apart, in the stream as in the whole audit, whatever the group size", async () => {
    // "é" as one code point and as two: equal to localeCompare, different ids to the loader.
    const ids = ["\u00e9", "e\u0301", "e", "b"];
    const root = tempDatasets({ "corpus.csv": corpus(ids), "entities.json": entities(ids) });
    const table = await loadDatasetsOrThrow(join(root, "corpus.csv"));
    const whole = auditReport(table).findings;
    const reportsInOrder = whole.map((f) => `${f.entity} ${f.year}`).filter((r, k, all) => k === 0 || all[k - 1] !== r);
    expect(new Set(reportsInOrder).size, "each report's findings lie together").toBe(reportsInOrder.length);
    expect(new Set(whole.map((f) => f.entity))).toEqual(new Set(ids));
    for (const size of [1, 2, 3, 4096]) expect([...auditStream(table, {}, size).groups].flat(), `${size} reports a group`).toEqual(whole);
  });

  it("auditStream(table, options) applies the same entity, check and severity filters as auditReport", async () => {
    const [[, table]] = (await tables()) as [[string, ObservationTable]];
    const options: AuditOptions[] = [{ entities: ["é", "a-b"] }, { checks: ["parts_sum", "printed_change"] }, { minSeverity: "warning" }];
    for (const opts of options) {
      const streamed = [...auditStream(table, opts, 3).groups].flat();
      expect(streamed).toEqual(auditReport(table, opts).findings);
    }
  });
});
