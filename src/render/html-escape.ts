/**
 * Escaping for the HTML files. Every text that comes from data (body names, labels, notes, quotes from
 * the reports) goes through escapeHtml before it reaches markup, and every value placed inside a
 * <script> goes through jsonForScript, so that a "</script>" or "<!--" in the data stays data.
 */

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text safe inside an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/**
 * JSON safe inside an inline <script>: `<`, `>` and `&` become \u escapes (so "</script>" and "<!--"
 * cannot end or confuse the script), as do U+2028 and U+2029 (line breaks in older JavaScript). The
 * result parses back to the same value.
 */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError("jsonForScript: the value has no JSON form");
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
