import { Buffer } from "node:buffer";
import type { TopLevelSpec } from "vega-lite";
import { describe, expect, it } from "vitest";
import { trendChart } from "../../src/charts/trend-chart.js";
import { JUPYTER_DISPLAY } from "../../src/notebook/notebook-output.js";
import { chartTitle, showChart, VEGA_LITE_V5_MIME, VEGA_LITE_V5_SCHEMA, vegaLiteForJupyter } from "../../src/notebook/show-chart.js";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const rows = [
  { entity: "jiamusi", entity_label: "佳木斯市", metric: "proactive_items", year: 2016, value: 86781 },
  { entity: "jiamusi", entity_label: "佳木斯市", metric: "proactive_items", year: 2017, value: 89370 },
];

describe("showChart(spec)", () => {
  it("showChart(spec) gives one bundle: the spec as Vega-Lite 5, a PNG and the title as text", async () => {
    const spec = trendChart(rows, { title: "主动公开政府信息" });
    const out = await showChart(spec, { scale: 1 });
    const bundle = out[JUPYTER_DISPLAY]();
    expect(Object.keys(bundle).sort()).toEqual([VEGA_LITE_V5_MIME, "image/png", "text/plain"].sort());
    expect(bundle["text/plain"]).toBe("图表：主动公开政府信息");
    const png = Buffer.from(bundle["image/png"] as string, "base64");
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // A real picture, not an empty canvas: the width is the chart's (520 + padding and axes) at scale 1.
    expect(png.readUInt32BE(16)).toBeGreaterThan(400);
    expect(png.length).toBeGreaterThan(5000);
  });

  it("showChart(spec) draws at the given scale: scale 2 gives twice the pixels of scale 1", async () => {
    const spec = trendChart(rows);
    const width = async (scale: number) => {
      const b = (await showChart(spec, { scale }))[JUPYTER_DISPLAY]();
      return Buffer.from(b["image/png"] as string, "base64").readUInt32BE(16);
    };
    expect(await width(2)).toBe(2 * (await width(1)));
  });

  it("showChart(spec) leaves the caller's spec as it was (still Vega-Lite 6)", async () => {
    const spec = trendChart(rows);
    const before = JSON.stringify(spec);
    await showChart(spec, { scale: 1 });
    expect(JSON.stringify(spec)).toBe(before);
    expect(spec.$schema).toMatch(/vega-lite\/v6\.json$/);
  });

  it("the Jupyter display key is the symbol the Deno kernel looks for", () => {
    expect(JUPYTER_DISPLAY).toBe(Symbol.for("Jupyter.display"));
  });
});

describe("vegaLiteForJupyter(spec)", () => {
  it("vegaLiteForJupyter(spec) changes $schema to v5 and nothing else", () => {
    const spec = trendChart(rows);
    const v5 = vegaLiteForJupyter(spec);
    expect(v5.$schema).toBe(VEGA_LITE_V5_SCHEMA);
    const { $schema: _a, ...rest5 } = v5 as unknown as Record<string, unknown>;
    const { $schema: _b, ...rest6 } = spec as unknown as Record<string, unknown>;
    expect(rest5).toEqual(rest6);
  });
});

describe("chartTitle(spec)", () => {
  it("chartTitle(spec) reads a string, a title object or lines, and says untitled otherwise", () => {
    const base = { mark: "bar" } as TopLevelSpec;
    expect(chartTitle({ ...base, title: "渠道" } as TopLevelSpec)).toBe("渠道");
    expect(chartTitle({ ...base, title: { text: "渠道", subtitle: "2017" } } as TopLevelSpec)).toBe("渠道");
    expect(chartTitle({ ...base, title: { text: ["第一行", "第二行"] } } as TopLevelSpec)).toBe("第一行 第二行");
    expect(chartTitle(base)).toBe("无标题");
  });
});
