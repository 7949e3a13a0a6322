import { isUtf8 } from "node:buffer";

/** Text encodings the loader reads: what analysts' spreadsheets save CSV as. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/**
 * Picks the encoding from the first bytes of a file: a byte-order mark decides; otherwise bytes that
 * are valid UTF-8 are UTF-8, and anything else is read as GB18030 (a superset of GBK and GB2312, what
 * Excel on Chinese Windows writes).
 */
export function detectEncoding(head: Uint8Array): TextEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  // A character cut at the end of the sample is not an error. isUtf8 rather than a fatal TextDecoder,
  // whose first use loads ICU's converters: several milliseconds of every command's start-up.
  return isUtf8(head.subarray(0, head.length - cutCharacter(head))) ? "utf-8" : "gb18030";
}

/** How many bytes at the end of `head` are the start of a UTF-8 character the sample cut short (0–3). */
function cutCharacter(head: Uint8Array): number {
  for (let k = 1; k <= Math.min(3, head.length); k++) {
    const b = head[head.length - k] as number;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for its lead
    // A lead byte of a 2-, 3- or 4-byte character (C2–F4) with fewer than its bytes after it.
    const width = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 1;
    return width > k ? k : 0;
  }
  return 0;
}

/**
 * UTF-16 saved without a byte-order mark: ASCII text then has a NUL beside every character, at the odd
 * bytes (little-endian) or the even ones (big-endian). Such a file is valid UTF-8 to isUtf8, so without
 * this check its header reads as names full of NULs. Null when the sample does not look like UTF-16.
 */
export function utf16WithoutBom(head: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (head.length < 4) return null;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return null;
  const n = Math.min(head.length & ~1, 1024);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  // A CSV's header, ids and figures are ASCII: a good part of the pairs hold a NUL on one side, and
  // hardly any on the other (UTF-8 and GB18030 text holds no NUL at all).
  const least = Math.max(2, (n / 2) * 0.2);
  if (odd >= least && even <= odd * 0.1) return "utf-16le";
  if (even >= least && odd <= even * 0.1) return "utf-16be";
  return null;
}
