import { describe, expect, it } from "vitest";
import { rowsToFrame } from "../../src/frame/rows-to-frame.js";
import { JUPYTER_DISPLAY } from "../../src/notebook/notebook-output.js";
import { formatNumber, showTable, toTableData } from "../../src/notebook/show-table.js";

const bundleOf = (out: ReturnType<typeof showTable>) => out[JUPYTER_DISPLAY]() as { "text/html": string; "text/plain": string };

describe("showTable(rows)", () => {
  it("showTable(rows) shows counts exactly and an unknown figure as a blank cell, never 0", () => {
    const b = bundleOf(
      showTable([
        { metric: "proactive_items", from_value: 86781, to_value: 89370, change: 2589 },
        { metric: "channel_weibo", from_value: null, to_value: 3000000001, change: null },
      ]),
    );
    expect(b["text/html"]).toContain('<td style="text-align:right">89370</td>');
    expect(b["text/html"]).toContain('<td style="text-align:right">3000000001</td>');
    expect(b["text/html"]).toContain('<td style="text-align:right"></td>');
    expect(b["text/html"]).not.toMatch(/>0</);
    expect(b["text/plain"]).toMatch(/proactive_items\s+86781\s+89370\s+2589/);
  });

  it("showTable(rows) rounds non-integers to 2 places for display unless told otherwise", () => {
    const rows = [{ part: "channel_website", share_pct: 41.83138315, value: 44585 }];
    expect(bundleOf(showTable(rows))["text/html"]).toContain(">41.83<");
    expect(bundleOf(showTable(rows, { decimals: 4 }))["text/html"]).toContain(">41.8314<");
    expect(bundleOf(showTable(rows))["text/html"]).toContain(">44585<");
  });

  it("showTable(rows, {columns}) shows only those columns, in that order", () => {
    const b = bundleOf(showTable([{ a: 1, b: "x", c: 3 }], { columns: ["c", "a"] }));
    expect(b["text/html"]).toContain('<thead><tr><th style="text-align:right">c</th><th style="text-align:right">a</th></tr></thead>');
    expect(b["text/plain"]).not.toContain("x");
  });

  it("showTable(rows) escapes HTML in the data", () => {
    const b = bundleOf(showTable([{ source: '<script>alert("x")</script>' }]));
    expect(b["text/html"]).not.toContain("<script>");
    expect(b["text/html"]).toContain("&lt;script&gt;");
  });

  it("showTable(rows, {maxRows}) cuts long tables and says how many rows were left out", () => {
    const rows = Array.from({ length: 7 }, (_, i) => ({ i }));
    const b = bundleOf(showTable(rows, { maxRows: 5 }));
    expect(b["text/html"].match(/<tr>/g)?.length).toBe(6); // header + 5
    expect(b["text/plain"]).toContain("… 另有 2 行（共 7 行）");
  });

  it("showTable(frame) takes a Danfo DataFrame and keeps its numbers exact", () => {
    const frame = rowsToFrame(
      [
        { entity: "jiamusi", year: 2016, value: 86781 },
        { entity: "jiamusi", year: 2017, value: 89370 },
      ],
      ["entity", "year", "value"],
    );
    const b = bundleOf(showTable(frame));
    expect(b["text/plain"]).toMatch(/jiamusi\s+2017\s+89370/);
  });

  it("showTable(tableData) keeps the formatter's own titles and number formats", () => {
    const data = {
      columns: [
        { key: "m", title: "指标" },
        { key: "p", title: "change %", align: "right" as const, format: (x: number) => `+${x.toFixed(2)}%` },
      ],
      rows: [{ m: "主动公开", p: 2.98348 }],
    };
    expect(toTableData(data)).toBe(data);
    const b = bundleOf(showTable(data));
    expect(b["text/html"]).toContain(">+2.98%<");
    expect(b["text/html"]).toContain(">指标<");
  });
});

describe("formatNumber(x, decimals)", () => {
  it("formatNumber(x, decimals) writes integers in full and rounds only fractions", () => {
    expect(formatNumber(123456789, 2)).toBe("123456789");
    expect(formatNumber(2.983, 2)).toBe("2.98");
    expect(formatNumber(41.8349, 1)).toBe("41.8");
  });

  it("formatNumber(x, decimals) never adds precision: 41.4 stays 41.4, 0.7 stays 0.7", () => {
    expect(formatNumber(41.4, 2)).toBe("41.4");
    expect(formatNumber(0.7, 2)).toBe("0.7");
    expect(formatNumber(12.2, 2)).toBe("12.2");
    expect(formatNumber(-0.001, 2)).toBe("0");
    expect(formatNumber(2.9833719362533273, 2)).toBe("2.98");
    expect(formatNumber(-2589, 2)).toBe("-2589");
  });
});

describe("showTable(rows) cells", () => {
  it("showTable(rows) joins a list of ids and writes other objects as JSON", () => {
    const b = bundleOf(showTable([{ metrics: ["channel_website", "proactive_items"], extra: { a: 1 } }]));
    expect(b["text/html"]).toContain(">channel_website, proactive_items<");
    expect(b["text/html"]).toContain(">{&quot;a&quot;:1}<");
  });
});
