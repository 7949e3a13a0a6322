import { say } from "../../messages/catalogue.js";
import { INK } from "./find-table-cells.js";
import { type Box, cropGray, darkPixels, type GrayImage, inkRows, scaleGray, toPgm } from "./gray-image.js";
import type { OcrEngine, OcrWord } from "./ocr-engine.js";
import type { CellBand } from "./table-bands.js";

/** What one cell of a table row holds, as read. */
export interface CellReading {
  box: Box;
  /** The words read in the cell, joined by single spaces; "" when blank. */
  text: string;
  /** The lowest confidence (0–100) among the cell's words; 100 when blank. */
  confidence: number;
  /** No ink in the cell: nothing printed (a blank is unknown, never zero). */
  blank: boolean;
  /** When a second, digits-only reading disagreed with the first: both readings, for the warning. */
  doubt: string | null;
}

/** A number as a table cell prints it: digits, with a decimal part for amounts. */
export const FIGURE = /^\d+(\.\d+)?$/;
/** What a cell prints for "none": dashes, a slash, 无. */
const NO_FIGURE = /^(?:[—–\-－_/／~～·.。]+|无)$/u;
/** A figure read with less confidence than this is read again on its own, as digits only. */
export const SURE = 85;
/** The text height, in pixels, the engine reads best: smaller print is enlarged to it. */
const TEXT_HEIGHT = 40;
/** White pixels between two cells in the strip given to the engine (at 300 dpi). */
const GAP = 60;

/**
 * Reads one table row: its cells' insides, without their rules, are laid side by side on a white strip
 * and read as one block, and each word goes to the cell its centre falls in. Ruling lines are what the
 * engine misreads on a whole page (as `|`, `1`, `l`, or joined to digits); without them it reads the
 * digits and even the Chinese labels well.
 *
 * A cell that looks like a figure but was read with low confidence, or a short unreadable cell in a row
 * of figures, is read again alone as digits only; the figure is kept only when the readings agree (or,
 * when the first was not a number at all, when the second is sure).
 */
export async function readBand(image: GrayImage, band: CellBand, dpi: number, engine: OcrEngine): Promise<CellReading[]> {
  const inset = Math.max(3, Math.round((5 * dpi) / 300));
  const insides = band.cells.map((c) => ({ x0: c.x0 + inset, y0: c.y0 + inset, x1: c.x1 - inset, y1: c.y1 - inset }));
  const minInk = Math.round((12 * dpi * dpi) / 90000);
  const blank = insides.map((b) => darkPixels(image, b, INK) < minInk);
  const readings: CellReading[] = band.cells.map((box, k) => ({ box, text: "", confidence: 100, blank: blank[k] as boolean, doubt: null }));
  if (blank.every(Boolean)) return readings;
  const gap = Math.round((GAP * dpi) / 300);
  const inked = readings.flatMap((r, k) => (r.blank ? [] : [k]));
  await readTogether(image, inked, insides, readings, gap, engine);
  // Cells with ink but no word: in a row whose label runs over several lines, the engine can take a
  // row's single-line figures for noise between the label's lines. Read without the label, they come out.
  const missed = readings.flatMap((r, k) => (!r.blank && r.text === "" ? [k] : []));
  if (missed.length > 0 && missed.length < inked.length) await readTogether(image, missed, insides, readings, gap, engine);
  const figures = readings.filter((r) => FIGURE.test(r.text)).length;
  if (figures === 0) return readings;
  for (const [k, r] of readings.entries()) {
    if (r.blank) continue;
    const isFigure = FIGURE.test(r.text);
    // A dash or 无 states no figure: never read again as digits only, which would turn it into one.
    const unreadable = !isFigure && !NO_FIGURE.test(r.text) && r.text.replace(/\s/g, "").length <= 4 && !/[\u3400-\u9fff]{2}/u.test(r.text);
    if ((isFigure && r.confidence >= SURE) || (!isFigure && !unreadable)) continue;
    const alone = layStrip(image, [insides[k] as Box], Math.round((GAP * dpi) / 300));
    const again = await engine.read(toPgm(alone.image), "figures");
    const text = joinWords(again);
    const confidence = again.length === 0 ? 0 : Math.min(...again.map((w) => w.confidence));
    if (isFigure) {
      if (text === r.text) r.confidence = Math.max(r.confidence, confidence);
      else {
        r.doubt = say("extract.ocr_read_twice", { first: r.text, second: text || say("extract.ocr_nothing") });
        r.text = "";
      }
    } else if (FIGURE.test(text) && confidence >= SURE) {
      r.text = text;
      r.confidence = confidence;
    } else r.doubt = say("extract.ocr_read_twice", { first: JSON.stringify(r.text), second: text || say("extract.ocr_nothing") });
  }
  return readings;
}

/** Reads the cells `which` side by side on one strip, and gives each its words' text and confidence. */
async function readTogether(
  image: GrayImage,
  which: readonly number[],
  insides: readonly Box[],
  readings: CellReading[],
  gap: number,
  engine: OcrEngine,
): Promise<void> {
  const strip = layStrip(
    image,
    which.map((k) => insides[k] as Box),
    gap,
  );
  const words = await engine.read(toPgm(strip.image), "block");
  const byCell: OcrWord[][] = which.map(() => []);
  for (const w of words) {
    const cx = (w.x0 + w.x1) / 2;
    const i = strip.spans.findIndex(([a, b]) => cx >= a && cx < b);
    if (i >= 0 && w.text.trim() !== "") byCell[i]?.push(w);
  }
  which.forEach((k, i) => {
    const r = readings[k] as CellReading;
    const ws = byCell[i] as OcrWord[];
    r.text = joinWords(ws);
    r.confidence = ws.length === 0 ? 0 : Math.min(...ws.map((w) => w.confidence));
  });
}

/**
 * Words of one cell in reading order (lines top to bottom, words left to right; the tops of the words of
 * one line differ): digits of one number are one word, Chinese characters join without spaces.
 */
function joinWords(words: readonly OcrWord[]): string {
  const lines: OcrWord[][] = [];
  for (const w of [...words].sort((a, b) => a.y0 + a.y1 - (b.y0 + b.y1))) {
    const line = lines[lines.length - 1];
    const first = line?.[0];
    if (line !== undefined && first !== undefined && Math.abs(w.y0 + w.y1 - (first.y0 + first.y1)) / 2 < (first.y1 - first.y0) / 2)
      line.push(w);
    else lines.push([w]);
  }
  let out = "";
  for (const line of lines) {
    for (const w of line.sort((a, b) => a.x0 - b.x0)) {
      const t = w.text.trim();
      out += (out !== "" && /[\d.]$/.test(out) && /^[\d.]/.test(t) ? " " : "") + t;
    }
  }
  return out;
}

/** The given boxes of an image side by side on white, each centred vertically; and where each landed. */
function layStrip(image: GrayImage, boxes: readonly Box[], gap: number): { image: GrayImage; spans: [number, number][] } {
  // Small print is enlarged: the engine reads digits best some 40 pixels high, and misreads them (3→8,
  // 5→3) at half that. The lowest text of the row decides (a label of two lines is twice as high).
  const heights = boxes.map((b) => inkRows(image, b, INK)).filter((h) => h > 0);
  // Whole factors only: a slight enlargement blurs strokes the engine read well as they were.
  const factor = heights.length === 0 ? 1 : Math.min(3, Math.max(1, Math.round(TEXT_HEIGHT / Math.min(...heights))));
  const strip = layOut(image, boxes, gap);
  if (factor === 1) return strip;
  return { image: scaleGray(strip.image, factor), spans: strip.spans.map(([a, b]) => [a * factor, b * factor]) };
}

function layOut(image: GrayImage, boxes: readonly Box[], gap: number): { image: GrayImage; spans: [number, number][] } {
  const parts = boxes.map((b) => cropGray(image, b));
  const height = Math.max(...parts.map((p) => p.height)) + gap;
  const width = parts.reduce((s, p) => s + p.width + gap, gap);
  const data = new Uint8Array(width * height).fill(255);
  const spans: [number, number][] = [];
  let x = gap;
  for (const p of parts) {
    const top = Math.floor((height - p.height) / 2);
    for (let y = 0; y < p.height; y++) data.set(p.data.subarray(y * p.width, (y + 1) * p.width), (top + y) * width + x);
    spans.push([x, x + p.width]);
    x += p.width + gap;
  }
  return { image: { width, height, data }, spans };
}
