/**
 * Folds full-width ASCII (ＡＢＣ１２３，．％) to half-width and ideographic spaces to spaces, and maps the
 * dashes and minus signs reports use to "-". Chinese text itself is untouched.
 */
export function normalizeWidth(s: string): string {
  // Fast path: most cells are plain ASCII.
  if (!/[\uFF01-\uFF5E\u3000\u2212\u2012\u2013\uFE63]/.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCodePoint(c - 0xfee0);
    else if (c === 0x3000) out += " ";
    else if (c === 0x2212 || c === 0x2012 || c === 0x2013 || c === 0xfe63) out += "-";
    else out += ch;
  }
  return out;
}
