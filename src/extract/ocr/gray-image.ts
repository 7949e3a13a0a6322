/** A page image as 8-bit grey levels (0 black … 255 white), row by row. */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A rectangle of an image in pixels; x1 and y1 are exclusive. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Grey levels of RGBA pixels (as a canvas gives them), weighted as the eye sees brightness. */
export function grayFromRgba(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): GrayImage {
  const data = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < data.length; i++, j += 4) {
    data[i] = ((rgba[j] as number) * 77 + (rgba[j + 1] as number) * 150 + (rgba[j + 2] as number) * 29) >> 8;
  }
  return { width, height, data };
}

/** The part of an image inside a box (clipped to the image), with `pad` white pixels around it. */
export function cropGray(image: GrayImage, box: Box, pad = 0): GrayImage {
  const x0 = Math.max(0, box.x0);
  const y0 = Math.max(0, box.y0);
  const x1 = Math.min(image.width, box.x1);
  const y1 = Math.min(image.height, box.y1);
  const w = Math.max(0, x1 - x0);
  const h = Math.max(0, y1 - y0);
  const width = w + 2 * pad;
  const height = h + 2 * pad;
  const data = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < h; y++) {
    const from = (y0 + y) * image.width + x0;
    data.set(image.data.subarray(from, from + w), (y + pad) * width + pad);
  }
  return { width, height, data };
}

/**
 * The image as a binary PGM file (P5): the simplest format the OCR engine's image reader takes, written
 * without an encoder.
 */
export function toPgm(image: GrayImage): Uint8Array {
  const head = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(head.length + image.data.length);
  out.set(head, 0);
  out.set(image.data, head.length);
  return out;
}

/** How many pixels of a box are darker than `threshold`. */
export function darkPixels(image: GrayImage, box: Box, threshold: number): number {
  let n = 0;
  for (let y = Math.max(0, box.y0); y < Math.min(image.height, box.y1); y++) {
    const row = y * image.width;
    for (let x = Math.max(0, box.x0); x < Math.min(image.width, box.x1); x++) if ((image.data[row + x] as number) < threshold) n++;
  }
  return n;
}

/** The image enlarged `factor` times (≥ 1), each pixel interpolated between its four nearest. */
export function scaleGray(image: GrayImage, factor: number): GrayImage {
  if (factor === 1) return image;
  const width = Math.round(image.width * factor);
  const height = Math.round(image.height * factor);
  const data = new Uint8Array(width * height);
  const src = image.data;
  const w = image.width;
  for (let y = 0; y < height; y++) {
    const sy = Math.min(image.height - 1, y / factor);
    const y0 = Math.floor(sy);
    const y1 = Math.min(image.height - 1, y0 + 1);
    const fy = sy - y0;
    for (let x = 0; x < width; x++) {
      const sx = Math.min(w - 1, x / factor);
      const x0 = Math.floor(sx);
      const x1 = Math.min(w - 1, x0 + 1);
      const fx = sx - x0;
      const top = (src[y0 * w + x0] as number) * (1 - fx) + (src[y0 * w + x1] as number) * fx;
      const bottom = (src[y1 * w + x0] as number) * (1 - fx) + (src[y1 * w + x1] as number) * fx;
      data[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width, height, data };
}

/** How many pixel rows of a box hold ink: the height of its text, for a cell of one line. */
export function inkRows(image: GrayImage, box: Box, threshold: number): number {
  let n = 0;
  for (let y = Math.max(0, box.y0); y < Math.min(image.height, box.y1); y++) {
    const row = y * image.width;
    for (let x = Math.max(0, box.x0); x < Math.min(image.width, box.x1); x++) {
      if ((image.data[row + x] as number) < threshold) {
        n++;
        break;
      }
    }
  }
  return n;
}
