/**
 * The system Chromium, driven by playwright-core, for tests that measure what a reader sees: page widths,
 * text boxes inside chart SVGs, the glyphs Chinese text is drawn with. Without chromium these tests fail
 * and say how to install it; they never pass by skipping.
 */
import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";

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

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `chromium not found at ${CHROMIUM}: install it (apt-get install -y --no-install-recommends chromium) or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export interface CjkGlyphCheck {
  /** Font faces of the document and their status ("Noto Sans SC loaded"). */
  faces: string[];
  /** Chinese characters measured. */
  measured: number;
  /** Characters drawn narrower or wider than one em: an empty box from a Latin fallback is about 0.6 em. */
  wrong: { text: string; char: string; em: number }[];
}

/**
 * Measures every CJK ideograph of every <text> in the open document. Noto Sans SC draws each one exactly
 * one em wide; the "missing glyph" box a browser falls back to without a Chinese font is about 0.6 em.
 * (The script is a string, so the tests' TypeScript needs no DOM types.)
 */
export async function checkCjkGlyphs(page: Page): Promise<CjkGlyphCheck> {
  return (await page.evaluate(`(async () => {
    await document.fonts.ready;
    const wrong = [];
    let measured = 0;
    for (const t of document.querySelectorAll("text")) {
      const s = t.textContent ?? "";
      const size = parseFloat(getComputedStyle(t).fontSize);
      // getSubStringLength counts UTF-16 units; the ideographs measured are all in the BMP.
      for (let i = 0; i < s.length; i++) {
        if (!/[\\u4e00-\\u9fff]/.test(s[i])) continue;
        measured++;
        const em = t.getSubStringLength(i, 1) / size;
        if (Math.abs(em - 1) > 0.02) wrong.push({ text: s, char: s[i], em: Math.round(em * 100) / 100 });
      }
    }
    return { faces: [...document.fonts].map((f) => f.family + " " + f.status), measured, wrong };
  })()`)) as CjkGlyphCheck;
}

export interface TextOverlap {
  chart: string;
  a: string;
  b: string;
}

/**
 * Pairs of visible texts inside one chart SVG whose boxes intersect: the whole line box of each text
 * (ascent to descent of the font, as the browser lays it out), so even touching labels count. Texts
 * Vega hid (opacity 0, its answer to crowded axis labels) do not.
 */
export async function textOverlaps(page: Page, selector = "figure.chart"): Promise<TextOverlap[]> {
  return (await page.evaluate(`(() => {
    const out = [];
    for (const fig of document.querySelectorAll(${JSON.stringify(selector)})) {
      const svg = fig.matches("svg") ? fig : fig.querySelector("svg");
      if (!svg) continue;
      const texts = [...svg.querySelectorAll("text")].filter((t) => {
        if (!(t.textContent ?? "").trim()) return false;
        for (let el = t; el && el !== svg; el = el.parentElement) {
          const cs = getComputedStyle(el);
          if (cs.opacity === "0" || cs.display === "none" || cs.visibility === "hidden") return false;
        }
        return true;
      });
      const boxes = texts.map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }));
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i].r, b = boxes[j].r;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 0 && h > 0) out.push({ chart: fig.id || svg.id || "", a: boxes[i].text, b: boxes[j].text });
        }
    }
    return out;
  })()`)) as TextOverlap[];
}

/** Waits until every chart container holds a drawn SVG (or says it failed). */
export async function chartsDrawn(page: Page): Promise<void> {
  await page.waitForFunction(
    `[...document.querySelectorAll("figure.chart")].every((el) => el.querySelector("svg .mark-group") || el.classList.contains("chart-error"))`,
    undefined,
    { timeout: 30_000 },
  );
}

/** Visible texts of a chart SVG that reach outside the SVG's own box (cut off where it ends). */
export async function clippedTexts(page: Page, selector = "figure.chart"): Promise<TextOverlap[]> {
  return (await page.evaluate(`(() => {
    const out = [];
    for (const fig of document.querySelectorAll(${JSON.stringify(selector)})) {
      const svg = fig.matches("svg") ? fig : fig.querySelector("svg");
      if (!svg) continue;
      const box = svg.getBoundingClientRect();
      for (const t of svg.querySelectorAll("text")) {
        if (!(t.textContent ?? "").trim() || getComputedStyle(t).opacity === "0") continue;
        const r = t.getBoundingClientRect();
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
          out.push({ chart: fig.id || "", a: t.textContent, b: "outside the chart" });
        }
      }
    }
    return out;
  })()`)) as TextOverlap[];
}
