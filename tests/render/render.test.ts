import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { trendChart } from "../../src/charts/trend-chart.js";
import { UsageError } from "../../src/errors.js";
import { chartFormatOf } from "../../src/render/chart-file-format.js";
import { cjkFontPath } from "../../src/render/cjk-font.js";
import { escapeHtml, jsonForScript } from "../../src/render/html-escape.js";
import { loadVega } from "../../src/render/load-vega.js";
import { toHtml } from "../../src/render/to-html.js";
import { toPng } from "../../src/render/to-png.js";
import { toSvg } from "../../src/render/to-svg.js";
import { toVegaSpec } from "../../src/render/to-vega-spec.js";
import { writeChart } from "../../src/render/write-chart.js";
import { TREND } from "../charts/fixtures.js";
import { inEnglish } from "../helpers/in-english.js";

// These tests check the English wording of messages.
inEnglish();

const tmp = mkdtempSync(join(tmpdir(), "render-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** SVG with numbers rounded to one decimal and generated ids renumbered, so small float noise does not matter. */
function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  return svg
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/(id="|url\(#)([^")]+)/g, (_, pre: string, id: string) => {
      if (!ids.has(id)) ids.set(id, `id${ids.size + 1}`);
      return `${pre}${ids.get(id)}`;
    })
    .replace(/></g, ">\n<");
}

function expectSvgSnapshot(name: string, svg: string): void {
  const path = join(import.meta.dirname, "fixtures", "snapshots", `${name}.svg`);
  const actual = normaliseSvg(svg);
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path, actual);
  if (!existsSync(path)) throw new Error(`no snapshot ${path}: run with UPDATE_GOLDEN=1 once and look at the file`);
  const expected = readFileSync(path, "utf8");
  if (actual !== expected) writeFileSync(path.replace(/\.svg$/, "-changed.svg"), actual);
  expect(actual).toBe(expected);
}

describe("toVegaSpec(spec)", () => {
  it("toVegaSpec(spec) compiles a chart to Vega with no warnings", async () => {
    const { spec, warnings } = await toVegaSpec(trendChart(TREND));
    expect(warnings).toEqual([]);
    expect(spec.$schema).toContain("vega/v");
  });
});

describe("text metrics", () => {
  it("loadVega() measures Chinese text with the bundled font: about one font size per glyph, wider than Vega's guess", async () => {
    const { vega } = await loadVega();
    const metrics = (vega as unknown as { textMetrics: { width: (item: object, text: string) => number } }).textMetrics;
    const w = metrics.width({ fontSize: 12 }, "主动公开政府信息数");
    expect(w).toBeGreaterThan(9 * 12 * 0.95);
    expect(w).toBeLessThan(9 * 12 * 1.05);
    // Deterministic: the same text measures the same twice.
    expect(metrics.width({ fontSize: 12 }, "主动公开政府信息数")).toBe(w);
  });

  it("cjkFontPath() finds the bundled Noto Sans SC file", () => {
    expect(cjkFontPath()).toMatch(/NotoSansSC_400Regular\.ttf$/);
  });
});

describe("toSvg(spec)", () => {
  it("toSvg(trendChart) matches its normalised snapshot and carries the Chinese title and the CJK font", async () => {
    const svg = await toSvg(trendChart(TREND));
    expect(svg).toContain("主动公开政府信息数");
    expect(svg).toContain("Noto Sans SC");
    expect(svg).toContain("89,370");
    expectSvgSnapshot("trend-proactive-items", svg);
  });

  it("toSvg(spec) gives the same bytes twice (layout is deterministic)", async () => {
    expect(await toSvg(trendChart(TREND))).toBe(await toSvg(trendChart(TREND)));
  });
});

describe("toPng(spec)", () => {
  it("toPng(spec) writes a PNG twice the SVG's size, with real content", async () => {
    const spec = trendChart(TREND);
    const svg = await toSvg(spec);
    const png = await toPng(spec);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    const width = view.getUint32(16);
    const height = view.getUint32(20);
    const svgWidth = Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
    const svgHeight = Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
    expect(width).toBe(Math.round(svgWidth * 2));
    expect(height).toBe(Math.round(svgHeight * 2));
    expect(png.length).toBeGreaterThan(20_000);
  });
});

describe("HTML escaping", () => {
  it("escapeHtml(text) escapes the five HTML specials", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it("jsonForScript(value) hides </script>, <!-- and line separators, and parses back to the same value", () => {
    const value = { label: "</script><script>alert(1)</script><!-- \u2028\u2029 & >" };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it("toHtml(spec) keeps a <script> in a label as text: escaped in markup, script-safe in the embedded spec", () => {
    const evil = "<script>alert(1)</script>";
    const html = toHtml(
      trendChart(
        TREND.map((r) => ({ ...r, entity_label: evil })),
        { title: evil },
      ),
    );
    expect(html).not.toContain("<script>alert(1)");
    expect(html).toContain("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>");
    const specs = /<script type="application\/json" id="chart-specs">(.*?)<\/script>/s.exec(html)?.[1] ?? "";
    expect(JSON.parse(specs)[0].spec.title).toBe(evil);
  });

  it("toHtml(spec) is self-contained: the Vega bundles inline, no src or href to fetch, a CSP that forbids fetching", () => {
    const html = toHtml(trendChart(TREND));
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+href=/);
    expect(html).not.toContain("sourceMappingURL");
    expect(html).toContain("default-src 'none'");
    expect(html).toContain("vegaEmbed");
  });
});

describe("writeChart(spec, path)", () => {
  it("writeChart(spec, path) writes the format the extension names, and leaves no temporary file", async () => {
    const spec = trendChart(TREND);
    for (const ext of ["vl.json", "svg", "png", "html"]) {
      const path = join(tmp, `trend.${ext}`);
      expect(await writeChart(spec, path)).toBe(ext);
      expect(readFileSync(path).length).toBeGreaterThan(500);
    }
    expect(JSON.parse(readFileSync(join(tmp, "trend.vl.json"), "utf8"))).toEqual(spec);
    expect(readdirSync(tmp).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("chartFormatOf(path) rejects an unknown extension with a UsageError listing the known ones", () => {
    expect(() => chartFormatOf("chart.jpg")).toThrow(UsageError);
    expect(() => chartFormatOf("chart.jpg")).toThrow(/\.vl\.json, \.svg, \.png or \.html/);
    expect(chartFormatOf("a/B.VL.JSON")).toBe("vl.json");
  });
});

describe("toSvg(spec) and the input", () => {
  it("toSvg(spec) leaves the spec it is given unchanged", async () => {
    const spec = trendChart(TREND);
    const before = JSON.stringify(spec);
    await toSvg(spec);
    expect(JSON.stringify(spec)).toBe(before);
    const values = (spec as { data: { values: object[] } }).data.values;
    for (const v of values) expect(Object.getOwnPropertySymbols(v)).toEqual([]);
  });
});
