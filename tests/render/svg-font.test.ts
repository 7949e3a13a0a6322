/**
 * A standalone SVG chart shows Chinese without a system font: it carries a subset of Noto Sans SC. The
 * test machines have no Chinese font, so a file without its own font draws every 汉字 as a box, about
 * 0.6 em wide instead of one em.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trendChart } from "../../src/charts/trend-chart.js";
import { embedSvgFont } from "../../src/render/embed-svg-font.js";
import { writeChart } from "../../src/render/write-chart.js";
import { TREND } from "../charts/fixtures.js";
import { checkCjkGlyphs, launchChromium } from "./browser.js";

const tmp = mkdtempSync(join(tmpdir(), "svg-font-test-"));
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe("standalone SVG files", () => {
  it("writeChart(spec, file.svg) embeds the font: in Chromium every Chinese character is one em wide", async () => {
    const path = join(tmp, "trend.svg");
    await writeChart(trendChart(TREND, { subtitle: "佳木斯市 & 其他" }), path);
    const svg = readFileSync(path, "utf8");
    expect(svg).toMatch(/^<svg[^>]*><style>@font-face \{ font-family: "Noto Sans SC"; src: url\(data:font\/ttf;base64,/);
    // Small: only the characters the chart draws.
    expect(svg.length).toBeLessThan(60_000);
    const page = await browser.newPage();
    await page.goto(pathToFileURL(path).href);
    const check = await checkCjkGlyphs(page);
    await page.close();
    expect(check.faces).toEqual(["Noto Sans SC loaded"]);
    expect(check.measured).toBeGreaterThan(10);
    expect(check.wrong).toEqual([]);
  });

  it("embedSvgFont(svg) decodes entities and refuses a text that is not SVG", async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>A&amp;B 中</text></svg>';
    const out = await embedSvgFont(svg);
    expect(out.startsWith('<svg xmlns="http://www.w3.org/2000/svg"><style>@font-face')).toBe(true);
    expect(out.endsWith("<text>A&amp;B 中</text></svg>")).toBe(true);
    await expect(embedSvgFont("<html></html>")).rejects.toThrow(/<svg>/);
  });
});
