/**
 * Chart labels never overprint one another: the crowded charts of worst-cases.ts, drawn in Chromium in
 * a report page at phone (390 px) and desktop (1366 px) width, and as standalone SVG files, have no
 * pair of visible texts whose boxes intersect, no text cut off at the chart's edge, and the page never
 * scrolls sideways.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embedCjkFont } from "../../src/render/embed-cjk-font.js";
import { embedSvgFont } from "../../src/render/embed-svg-font.js";
import { htmlShell } from "../../src/render/html-shell.js";
import { toSvg } from "../../src/render/to-svg.js";
import { chartsDrawn, clippedTexts, launchChromium, textOverlaps } from "./browser.js";
import { WORST_CASES } from "./worst-cases.js";

const tmp = mkdtempSync(join(tmpdir(), "label-overlap-"));
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe("crowded charts", () => {
  it("a page of crowded charts: no overlapping labels and no sideways scroll at 390 and 1366 px", async () => {
    const charts = Object.entries(WORST_CASES).map(([id, spec]) => ({ id, spec }));
    const page = join(tmp, "worst.html");
    const body = charts.map((c) => `<figure class="chart" id="${c.id}"></figure>`).join("\n");
    writeFileSync(page, await embedCjkFont(htmlShell({ title: "worst cases", body, charts })));
    if (process.env.KEEP_WORST)
      writeFileSync(process.env.KEEP_WORST, await embedCjkFont(htmlShell({ title: "worst cases", body, charts })));
    for (const width of [390, 1366]) {
      const p = await browser.newPage({ viewport: { width, height: 900 } });
      const errors: string[] = [];
      p.on("pageerror", (e) => errors.push(e.message));
      await p.goto(pathToFileURL(page).href);
      await chartsDrawn(p);
      expect(await p.locator(".chart-error").count()).toBe(0);
      expect(await p.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(width);
      expect(await textOverlaps(p), `at ${width} px`).toEqual([]);
      expect(await clippedTexts(p), `at ${width} px`).toEqual([]);
      expect(errors).toEqual([]);
      await p.close();
    }
  });

  it("the same charts as SVG files: no overlapping labels", async () => {
    const p = await browser.newPage();
    for (const [id, spec] of Object.entries(WORST_CASES)) {
      const path = join(tmp, `${id}.svg`);
      writeFileSync(path, await embedSvgFont(await toSvg(spec)));
      await p.goto(pathToFileURL(path).href);
      expect(await textOverlaps(p, "svg.marks"), id).toEqual([]);
      expect(await clippedTexts(p, "svg.marks"), id).toEqual([]);
    }
    await p.close();
  });
});
