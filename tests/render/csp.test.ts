/**
 * The report's pages under their own content security policy, in a real browser: no script runs by
 * 'unsafe-inline' or evaluates code with 'unsafe-eval', nothing is fetched, and still every chart draws.
 * The policy is a <meta> of the page itself, so the browser enforces it on a file:// page as a server's
 * header would; a refused script or eval fires `securitypolicyviolation`, which the page records.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDatasetsOrThrow } from "../../src/io/load-datasets.js";
import { scriptHashes } from "../../src/render/html-shell.js";
import { writeReport } from "../../src/report/write-report.js";
import { chartsDrawn, launchChromium } from "./browser.js";

const DATASETS = join(import.meta.dirname, "..", "..", "datasets");
const tmp = mkdtempSync(join(tmpdir(), "report-csp-"));
const out = join(tmp, "report");
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  // Two bodies: their pages and the index that compares them.
  for (const body of ["jiamusi", "huaian-hongze"]) cpSync(join(DATASETS, body), join(tmp, "datasets", body), { recursive: true });
  await writeReport(await loadDatasetsOrThrow(join(tmp, "datasets")), out);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

function policyOf(html: string): string {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  if (m === null) throw new Error("the page has no content security policy");
  return m[1] as string;
}

describe("the report's content security policy", () => {
  it("allows scripts by hash only: no 'unsafe-inline' or 'unsafe-eval', and a hash for each inline script", () => {
    const pages = readdirSync(out).filter((f) => f.endsWith(".html"));
    expect(pages.sort()).toEqual(["huaian-hongze.html", "index.html", "jiamusi.html"]);
    for (const name of pages) {
      const html = readFileSync(join(out, name), "utf8");
      const policy = policyOf(html);
      const scriptSrc = policy.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
      expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(policy).toMatch(/default-src 'none'/);
      // The three Vega bundles and the page's drawing script; the specs are JSON and need none.
      const hashes = scriptHashes(html);
      expect(hashes).toHaveLength(4);
      for (const h of hashes) expect(scriptSrc).toContain(`'${h}'`);
    }
  });

  it("in Chromium every page draws every chart with no violation, error or request beyond the file", async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    await context.addInitScript(`
      window.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) => {
        window.__violations.push(e.violatedDirective + " " + e.blockedURI + " " + (e.sample || ""));
      });
    `);
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || /Content Security Policy/i.test(m.text())) errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("request", (r) => requests.push(r.url()));
    const found: Record<string, unknown> = {};
    let charts = 0;
    for (const name of readdirSync(out).filter((f) => f.endsWith(".html"))) {
      await page.goto(pathToFileURL(join(out, name)).href, { waitUntil: "load" });
      await chartsDrawn(page);
      const drawn = (await page.$$eval("figure.chart", (els) =>
        els.map((el) => ({
          id: el.id,
          failed: el.classList.contains("chart-error"),
          marks: el.querySelectorAll("svg .mark-group, svg path, svg rect, svg line").length,
        })),
      )) as { id: string; failed: boolean; marks: number }[];
      charts += drawn.length;
      const violations = (await page.evaluate("window.__violations")) as string[];
      const bad = drawn.filter((d) => d.failed || d.marks === 0).map((d) => d.id);
      if (violations.length > 0 || bad.length > 0) found[name] = { violations, bad };
    }
    await context.close();
    expect(found).toEqual({});
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith("file:"))).toEqual([]);
    expect(charts).toBeGreaterThan(10);
  }, 120_000);

  it("a script the policy does not list is refused (the policy is enforced, not only written)", async () => {
    const page = await browser.newPage();
    const html = readFileSync(join(out, "jiamusi.html"), "utf8").replace("</body>", "<script>document.title = 'ran'</script></body>");
    const path = join(tmp, "tampered.html");
    writeFileSync(path, html);
    const refused: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
    });
    await page.goto(pathToFileURL(path).href, { waitUntil: "load" });
    expect(await page.title()).not.toBe("ran");
    expect(refused.length).toBeGreaterThan(0);
    await page.close();
  }, 60_000);
});
