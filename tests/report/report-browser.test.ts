/**
 * The report opened in a real headless browser (Debian chromium driven by playwright-core): every
 * chart must draw, nothing may be fetched but the file itself, and the console must stay free of
 * errors. Without chromium this test fails and says how to install it; it never passes by skipping.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDatasetsOrThrow } from "../../src/io/load-datasets.js";
import { writeReport } from "../../src/report/write-report.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const tmp = mkdtempSync(join(tmpdir(), "report-browser-"));
let browser: Browser;
let pages: string[];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `chromium not found at ${CHROMIUM}: install it (apt-get install -y --no-install-recommends chromium) or set CHROMIUM_PATH`,
    );
  }
  const table = await loadDatasetsOrThrow(join(import.meta.dirname, "..", "..", "datasets"));
  await writeReport(table, tmp);
  pages = readdirSync(tmp).filter((f) => f.endsWith(".html"));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe("the HTML report in a browser", () => {
  it("the report has an index and a page per body", () => {
    expect(pages.sort()).toEqual(["huaian-hongze.html", "index.html", "jiamusi.html"]);
  });

  for (const name of ["index.html", "jiamusi.html", "huaian-hongze.html"]) {
    it(`${name} draws every chart offline, with no console error and no request but the file`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("request", (r) => requests.push(r.url()));
      page.on("dialog", (d) => {
        errors.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      await page.goto(pathToFileURL(join(tmp, name)).href, { waitUntil: "load" });
      const containers = await page.locator("figure.chart").count();
      expect(containers).toBeGreaterThan(0);
      // vega-embed draws asynchronously: wait until every container holds an SVG with marks.
      await page.waitForFunction(
        `[...document.querySelectorAll("figure.chart")].every((el) => el.querySelector("svg .mark-group") || el.classList.contains("chart-error"))`,
        undefined,
        { timeout: 30_000 },
      );
      const drawn = await page.$$eval("figure.chart", (els) =>
        els.map((el) => ({
          id: el.id,
          failed: el.classList.contains("chart-error") ? el.textContent : null,
          marks: el.querySelectorAll("svg path, svg rect, svg line, svg text").length,
          width: el.querySelector("svg")?.getBoundingClientRect().width ?? 0,
        })),
      );
      for (const d of drawn) {
        expect(d.failed, d.id).toBeNull();
        expect(d.marks, d.id).toBeGreaterThan(5);
        expect(d.width, d.id).toBeGreaterThan(100);
      }
      // Chinese must render without any system font: the page carries its own subset of Noto Sans SC,
      // and every Chinese character on the page must be in it (no empty boxes).
      // (A string, so the test's TypeScript needs no DOM types.)
      const font = (await page.evaluate(`(async () => {
        const chinese = [...new Set(document.body.innerText.match(/[\\u4e00-\\u9fff]/g) ?? [])].join("");
        await document.fonts.load('16px "Noto Sans SC"', chinese);
        return { faces: [...document.fonts].map((f) => f.family + " " + f.status), chinese: chinese.length, covered: document.fonts.check('16px "Noto Sans SC"', chinese) };
      })()`)) as { faces: string[]; chinese: number; covered: boolean };
      expect(font.faces).toContain("Noto Sans SC loaded");
      expect(font.chinese).toBeGreaterThan(20);
      expect(font.covered).toBe(true);
      expect(errors).toEqual([]);
      expect(requests.filter((u) => !u.startsWith("file:"))).toEqual([]);
      await page.close();
    });
  }
});
