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
