/** The characters normalizeWidth changes. */
const FOLDED = /[\uFF01-\uFF5E\u3000\u00A0\u202F\u2212\u2012\u2013\uFE63]/;
const FOLDED_ALL = new RegExp(FOLDED.source, "g");

/**
 * Folds full-width ASCII (ＡＢＣ１２３，．％) to half-width, ideographic and no-break spaces to spaces (a
 * French-set spreadsheet writes 89 370 with a no-break space), and maps the dashes and minus signs
 * reports use to "-". Chinese text itself is untouched.
 */
export function normalizeWidth(s: string): string {
  // Most strings hold none of them: a test costs a third of a replace that changes nothing (a file of
  // a million rows the loader's fast path declines cleans each of their cells here).
  if (!FOLDED.test(s)) return s;
  // One replace over the characters that change: appending character by character built a string of a
  // million pieces on a long text, and most of the time went to collecting them.
  return s.replace(FOLDED_ALL, (ch) => {
    const c = ch.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
    return c === 0x3000 || c === 0xa0 || c === 0x202f ? " " : "-";
  });
}
