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
  try {
    // stream: true, so a character cut at the end of the sample is not mistaken for an error.
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return "utf-8";
  } catch {
    return "gb18030";
  }
}
