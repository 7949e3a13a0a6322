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
