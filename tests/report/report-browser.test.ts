/**
 * The report of the bundled datasets opened in a real headless browser (Debian chromium driven by
 * playwright-core), as a reader would at phone (390 px) and desktop (1366 px) width: every chart draws,
 * nothing is fetched but the file, the console stays free of errors, no page is wider than the window,
 * no two chart labels overprint and none is cut off; every standalone SVG file shows its Chinese with its
 * own font. Without chromium this test fails and says how to install it; it never passes by skipping.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDatasetsOrThrow } from "../../src/io/load-datasets.js";
import { writeReport } from "../../src/report/write-report.js";
import { chartsDrawn, checkCjkGlyphs, clippedTexts, launchChromium, textOverlaps } from "../render/browser.js";

const DATASETS = join(import.meta.dirname, "..", "..", "datasets");
const tmp = mkdtempSync(join(tmpdir(), "report-browser-"));
const out = join(tmp, "report");
let browser: Browser;
let pages: string[];

beforeAll(async () => {
  browser = await launchChromium();
  await writeReport(await loadDatasetsOrThrow(DATASETS), out);
  pages = readdirSync(out).filter((f) => f.endsWith(".html"));
});

afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe("the HTML report in a browser", () => {
  it("the report has an index and a page per bundled body", () => {
    const bodies = readdirSync(DATASETS, { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(pages.sort()).toEqual(["index.html", ...bodies.map((d) => `${d.name}.html`)].sort());
  });

  for (const width of [390, 1366]) {
    it(`at ${width} px every page draws its charts offline, fits the window, and no chart label overprints another`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("request", (r) => requests.push(r.url()));
      const problems: Record<string, unknown> = {};
      let charts = 0;
      for (const name of pages) {
        await page.goto(pathToFileURL(join(out, name)).href, { waitUntil: "load" });
        await chartsDrawn(page);
        const drawn = (await page.$$eval("figure.chart", (els) =>
          els.map((el) => ({
            id: el.id,
            failed: el.classList.contains("chart-error") ? el.textContent : null,
            marks: el.querySelectorAll("svg path, svg rect, svg line, svg text").length,
          })),
        )) as { id: string; failed: string | null; marks: number }[];
        charts += drawn.length;
        const scrollWidth = (await page.evaluate("document.documentElement.scrollWidth")) as number;
        const found = {
          failed: drawn.filter((d) => d.failed !== null || d.marks <= 5).map((d) => d.id),
          wider: scrollWidth > width ? scrollWidth : null,
          overlaps: await textOverlaps(page),
          clipped: await clippedTexts(page),
        };
        if (found.failed.length > 0 || found.wider !== null || found.overlaps.length > 0 || found.clipped.length > 0) {
          problems[name] = found;
        }
      }
      await context.close();
      expect(charts).toBeGreaterThan(80);
      expect(problems).toEqual({});
      expect(errors).toEqual([]);
      expect(requests.filter((u) => !u.startsWith("file:"))).toEqual([]);
    });
  }

  it("every page carries the Chinese font: its Chinese characters are drawn one em wide", async () => {
    const page = await browser.newPage();
    for (const name of ["index.html", "jiamusi.html"]) {
      await page.goto(pathToFileURL(join(out, name)).href, { waitUntil: "load" });
      await chartsDrawn(page);
      const check = await checkCjkGlyphs(page);
      expect(check.faces).toContain("Noto Sans SC loaded");
      expect(check.measured).toBeGreaterThan(50);
      expect(check.wrong).toEqual([]);
    }
    await page.close();
  });

  it("every standalone SVG file shows its Chinese without a system font", async () => {
    const svgs = readdirSync(out, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".svg"));
    expect(svgs.length).toBeGreaterThan(80);
    const page = await browser.newPage();
    const wrong: Record<string, unknown> = {};
    for (const f of svgs) {
      await page.goto(pathToFileURL(join(out, f)).href);
      const check = await checkCjkGlyphs(page);
      if (check.faces.join() !== "Noto Sans SC loaded" || check.measured === 0 || check.wrong.length > 0) wrong[f] = check;
    }
    await page.close();
    expect(wrong).toEqual({});
  });
});
