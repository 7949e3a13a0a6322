/**
 * The frame of every HTML file the toolkit writes: a self-contained page with the Vega bundles inline,
 * a content security policy that forbids every network fetch (the page works offline and cannot leak),
 * and a small script that draws each chart into its container and shows a readable message if one
 * fails. `body` is trusted markup built with escapeHtml; the charts' specs go in as script-safe JSON.
 */
import { createHash } from "node:crypto";
import type { TopLevelSpec } from "vega-lite";
import { say } from "../messages/catalogue.js";
import { escapeHtml, jsonForScript } from "./html-escape.js";
import { vegaScriptTags } from "./vega-scripts.js";

export interface EmbeddedChart {
  /** The id of the element the chart is drawn into (letters, digits, - and _). */
  id: string;
  spec: TopLevelSpec;
}

export interface HtmlShellOptions {
  title: string;
  /** Markup of the page body (already escaped). */
  body: string;
  charts: readonly EmbeddedChart[];
  /** Extra CSS. */
  style?: string;
  lang?: "zh" | "en";
}

// Nothing may be fetched, and no script runs but the page's own: each inline script is allowed by its
// SHA-256 hash (scriptHashes), never by 'unsafe-inline', so markup that found its way into a page cannot
// run code. Vega evaluates its expressions with its interpreter (vega-embed's `ast: true`, the
// interpreter is part of the vega-embed build) instead of compiling them with Function(), so there is
// no 'unsafe-eval' either. Styles stay inline (vega-embed adds its own <style>); fonts come only from
// data: URLs (embed-cjk-font.ts inlines the Chinese font the page needs).
const CSP_REST = "style-src 'unsafe-inline'; img-src data: blob:; font-src data:";
const CSP_SLOT = "script-src 'none'";

// Pages read on a phone (390 px) and on paper as well as on a desktop: the page itself never scrolls
// sideways. Charts marked responsive take their container's width and redraw when it changes; any
// other chart is scaled down to fit (its SVG keeps its viewBox, so it shrinks whole, text and all).
// Wide tables scroll inside their own box (see report-style.ts). On paper: A4, no chart or table row
// cut across two pages, no navigation.
const BASE_STYLE = `
*, *::before, *::after { box-sizing: border-box; }
body { font-family: "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif; color: #222; margin: 0 auto; max-width: 1080px; padding: 24px; line-height: 1.5; overflow-wrap: break-word; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 32px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; } h3 { font-size: 16px; margin: 20px 0 6px; }
.chart { display: block; width: 100%; margin: 12px 0 20px; }
.chart .vega-embed { display: block; width: 100%; }
.chart svg { display: block; max-width: 100%; height: auto; }
.chart-error { color: #b00020; white-space: pre-wrap; }
@media (max-width: 600px) { body { padding: 12px; } h1 { font-size: 20px; } h2 { font-size: 17px; } }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .chart, figure, tr, .card, blockquote { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  nav, .files, .vega-embed details { display: none !important; }
  a { color: inherit; text-decoration: none; }
}
`;

// Vega measures label widths when it draws: the Chinese font must be loaded first, or legends and axis
// titles are sized for a fallback font and come out clipped. A chart whose spec says
// usermeta.responsive gets the width of its container ("container" makes Vega-Lite follow the window's
// resize events). Others keep their size; CSS scales them down to fit.
const EMBED = `
(function () {
  var charts = JSON.parse(document.getElementById("chart-specs").textContent);
  function fitted(spec) {
    if (!spec.usermeta || spec.usermeta.responsive !== true || typeof spec.width !== "number") return spec;
    return Object.assign({}, spec, { width: "container", autosize: { type: "fit-x", contains: "padding", resize: true } });
  }
  function draw() {
    charts.forEach(function (c) {
      var el = document.getElementById(c.id);
      vegaEmbed(el, fitted(c.spec), { actions: false, renderer: "svg", ast: true }).catch(function (err) {
        el.className += " chart-error";
        el.textContent = FAILED + (err && err.message ? err.message : String(err));
        console.error(err);
      });
    });
  }
  var fonts = document.fonts && document.fonts.load ? document.fonts.load('12px "Noto Sans SC"', "中文") : null;
  if (fonts) fonts.then(draw, draw); else draw();
})();
`;

/** A complete HTML document. */
export function htmlShell(options: HtmlShellOptions): string {
  for (const c of options.charts) {
    if (!/^[A-Za-z][\w-]*$/.test(c.id)) throw new RangeError(`chart id "${c.id}" must be letters, digits, - and _`);
  }
  const specs = options.charts.map((c) => ({ id: c.id, spec: c.spec }));
  return withScriptHashes(`<!doctype html>
<html lang="${options.lang === "en" ? "en" : "zh-CN"}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; ${CSP_SLOT}; ${CSP_REST}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>${BASE_STYLE}${options.style ?? ""}</style>
${vegaScriptTags()}
</head>
<body>
${options.body}
<script type="application/json" id="chart-specs">${jsonForScript(specs)}</script>
<script>var FAILED = ${jsonForScript(say("report.chart_failed", undefined, options.lang ?? "zh"))};${EMBED}</script>
</body>
</html>
`);
}

/** Allows each inline script of `html`, by its hash, in the page's content security policy. */
function withScriptHashes(html: string): string {
  const sources = scriptHashes(html).map((h) => `'${h}'`);
  return html.replace(CSP_SLOT, `script-src ${sources.join(" ")}`);
}

/**
 * The content-security-policy source (`sha256-` and the base64 SHA-256 of the UTF-8 text between the
 * tags) of each script a browser would run: JSON data islands are never run and need none.
 */
export function scriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    if (/\btype\s*=\s*"application\/json"/i.test(m[1] ?? "")) continue;
    const digest = createHash("sha256")
      .update(m[2] ?? "", "utf8")
      .digest("base64");
    hashes.add(`sha256-${digest}`);
  }
  return [...hashes];
}
