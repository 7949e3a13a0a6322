import type { Box, GrayImage } from "./gray-image.js";

/** Grey level below which a pixel is ink (rules and text). */
export const INK = 160;

/**
 * The cells of the ruled tables on a page: the regions enclosed by the tables' rules, each as the box
 * inside its rules, in reading order (top to bottom, then left to right).
 *
 * Rules are long straight runs of ink (horizontal ≥ 1/3 inch, vertical ≥ 0.3 inch at the page's
 * resolution: longer than any stroke of the report's text, shorter than any rule of its tables). The
 * enclosed regions are then found by filling the page outside the rules; text inside a cell is not a rule,
 * so a cell is one region whatever it holds. A merged cell is one region too. A table cut by a page break
 * has no rule at the cut: its open end is closed where its vertical rules stop together.
 */
export function findTableCells(image: GrayImage, dpi: number): Box[] {
  const rules = ruleMask(image, dpi);
  const area = ruledArea(rules, image.width, image.height);
  return area === null ? [] : enclosedRegions(rules, image.width, area, Math.round((20 * dpi) / 300));
}

/** 1 for each pixel of a rule (the table lines, and the edges drawn where a page break cut a table). */
function ruleMask(image: GrayImage, dpi: number): Uint8Array {
  const { width, height, data } = image;
  const hMin = Math.round((100 * dpi) / 300);
  const vMin = Math.round((90 * dpi) / 300);
  const mask = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let start = -1;
    for (let x = 0; x <= width; x++) {
      const ink = x < width && (data[row + x] as number) < INK;
      if (ink && start < 0) start = x;
      else if (!ink && start >= 0) {
        if (x - start >= hMin) mask.fill(1, row + start, row + x);
        start = -1;
      }
    }
  }
  // Vertical runs row by row (each column's current run start), so the image is read in memory order.
  const vertical: { x: number; y0: number; y1: number }[] = [];
  const runStart = new Int32Array(width).fill(-1);
  for (let y = 0; y <= height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const ink = y < height && (data[row + x] as number) < INK;
      const start = runStart[x] as number;
      if (ink) {
        if (start < 0) runStart[x] = y;
      } else if (start >= 0) {
        if (y - start >= vMin) {
          for (let k = start; k < y; k++) mask[k * width + x] = 1;
          vertical.push({ x, y0: start, y1: y });
        }
        runStart[x] = -1;
      }
    }
  }
  closeOpenEnds(mask, width, vertical, dpi);
  return mask;
}

/**
 * Where three or more vertical rules start or stop at the same height, draws the rule joining them: the
 * open edge of a table cut by a page break (drawing over an existing rule changes nothing).
 */
function closeOpenEnds(mask: Uint8Array, width: number, vertical: readonly { x: number; y0: number; y1: number }[], dpi: number): void {
  const near = Math.max(2, Math.round((4 * dpi) / 300));
  // A rule scanned at a slight slant, or turned straight, steps sideways by a pixel now and then: its runs
  // stop at the step, but the ink goes on in a column beside it. Only where it does not is it an end.
  const byX = new Map<number, (typeof vertical)[number][]>();
  for (const v of vertical) byX.set(v.x, [...(byX.get(v.x) ?? []), v]);
  const goesOn = (v: (typeof vertical)[number], end: "y0" | "y1"): boolean => {
    for (let x = v.x - 3; x <= v.x + 3; x++) {
      for (const w of byX.get(x) ?? []) {
        if (end === "y1" ? w.y0 <= v.y1 + near && w.y1 > v.y1 + near : w.y1 >= v.y0 - near && w.y0 < v.y0 - near) return true;
      }
    }
    return false;
  };
  for (const end of ["y0", "y1"] as const) {
    const sorted = vertical.filter((v) => !goesOn(v, end)).sort((a, b) => a[end] - b[end]);
    let i = 0;
    while (i < sorted.length) {
      let j = i + 1;
      while (j < sorted.length && (sorted[j] as (typeof sorted)[number])[end] - (sorted[j - 1] as (typeof sorted)[number])[end] <= near)
        j++;
      const group = sorted.slice(i, j);
      const xs = distinctLines(group.map((v) => v.x));
      if (xs.length >= 3) {
        const y = end === "y0" ? Math.min(...group.map((v) => v.y0)) : Math.max(...group.map((v) => v.y1)) - 1;
        const x0 = Math.min(...group.map((v) => v.x));
        const x1 = Math.max(...group.map((v) => v.x));
        for (let t = -1; t <= 1; t++) {
          const yy = end === "y0" ? y + 1 + t : y - 1 + t;
          if (yy >= 0 && yy * width < mask.length) mask.fill(1, yy * width + x0, yy * width + x1 + 1);
        }
      }
      i = j;
    }
  }
}

/** The x positions of distinct rules among the columns of pixels given (a rule is a few pixels wide). */
function distinctLines(xs: number[]): number[] {
  const sorted = [...xs].sort((a, b) => a - b);
  const out: number[] = [];
  for (const x of sorted) if (out.length === 0 || x - (out[out.length - 1] as number) > 6) out.push(x);
  return out;
}

/**
 * The box around every rule, one pixel wider each way (so the outside of the tables touches its edge),
 * or null when the page has no rules: only this part of the page is filled.
 */
function ruledArea(mask: Uint8Array, width: number, height: number): Box | null {
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < height; y++) {
    const line = mask.subarray(y * width, (y + 1) * width);
    const first = line.indexOf(1);
    if (first < 0) continue;
    if (y < y0) y0 = y;
    y1 = y;
    if (first < x0) x0 = first;
    x1 = Math.max(x1, line.lastIndexOf(1));
  }
  if (x1 < 0) return null;
  return { x0: Math.max(0, x0 - 1), y0: Math.max(0, y0 - 1), x1: Math.min(width, x1 + 2), y1: Math.min(height, y1 + 2) };
}

/** Bounding boxes of the regions of `area` outside the mask that do not reach the area's edge. */
function enclosedRegions(mask: Uint8Array, width: number, area: Box, minSide: number): Box[] {
  const w = area.x1 - area.x0;
  const h = area.y1 - area.y0;
  // The area's own copy of the mask, indexed (y - area.y0) * w + (x - area.x0): 1 for a rule or a pixel
  // already filled, 0 for one still free.
  const label = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) label.set(mask.subarray((area.y0 + y) * width + area.x0, (area.y0 + y) * width + area.x1), y * w);
  const stack = new Int32Array(w * h);
  const boxes: Box[] = [];
  const free = (i: number) => label[i] === 0;
  for (let start = 0; start < w * h; start++) {
    if (!free(start)) continue;
    let top = 0;
    stack[top++] = start;
    label[start] = 1;
    let x0 = w;
    let y0 = h;
    let x1 = -1;
    let y1 = -1;
    let edge = false;
    while (top > 0) {
      const p = stack[--top] as number;
      const x = p % w;
      const y = (p - x) / w;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      if (x === 0 || y === 0 || x === w - 1 || y === h - 1) edge = true;
      if (x > 0 && free(p - 1)) {
        label[p - 1] = 1;
        stack[top++] = p - 1;
      }
      if (x < w - 1 && free(p + 1)) {
        label[p + 1] = 1;
        stack[top++] = p + 1;
      }
      if (y > 0 && free(p - w)) {
        label[p - w] = 1;
        stack[top++] = p - w;
      }
      if (y < h - 1 && free(p + w)) {
        label[p + w] = 1;
        stack[top++] = p + w;
      }
    }
    if (!edge && x1 - x0 + 1 >= minSide && y1 - y0 + 1 >= minSide)
      boxes.push({ x0: area.x0 + x0, y0: area.y0 + y0, x1: area.x0 + x1 + 1, y1: area.y0 + y1 + 1 });
  }
  return boxes.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}
