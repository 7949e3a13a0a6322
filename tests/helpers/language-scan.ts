/**
 * Finding text of the wrong language in what the tool writes: English sentences on a Chinese page, and
 * Chinese on an English one. An "English sentence" is two or more words of three or more letters in a
 * row (separated by spaces only); ids (requests_new, huaian-hongze), file names, numbers and the few
 * names of formats a Chinese text may use (SVG, PNG, Vega-Lite) break a run, so they never count.
 */

/** Names a Chinese text keeps in Latin letters. */
const KEPT_NAMES = new Set(["SVG", "PNG", "JSON", "HTML", "CSV", "PDF", "Vega-Lite"]);

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
// Chinese characters and full-width punctuation separate words as spaces do, but never join them.
const CJK_SPLIT = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef·•→←↑↓—–…⚠]+/;
const WORD = /^[A-Za-z]+(?:['’][A-Za-z]+)?$/;

/** The runs of English words in `text` that make a sentence, each as written. */
export function englishSentences(text: string): string[] {
  const found: string[] = [];
  for (const chunk of text.split(CJK_SPLIT)) {
    let run: string[] = [];
    const close = () => {
      if (run.filter((w) => w.replace(/['’].*/, "").length >= 3).length >= 2) found.push(run.join(" "));
      run = [];
    };
    for (const raw of chunk.split(/\s+/)) {
      const token = raw.replace(/^[("'“‘[]+|[)"'”’\],.;:!?]+$/g, "");
      if (token !== "" && WORD.test(token) && !KEPT_NAMES.has(token)) run.push(token);
      else close();
      // A sentence's end (a full stop, colon or bracket after a word) ends the run too.
      if (token !== raw && /[.;:!?)\]]$/.test(raw)) close();
    }
    close();
  }
  return found;
}

/** The Chinese characters' runs left in `text` once the allowed strings (names, quoted terms) are taken out. */
export function chineseLeft(text: string, allowed: readonly string[]): string[] {
  let rest = text.replace(/「[^」]*」|“[^”]*”|"[^"]*"/g, " ");
  // Longest first, so a name that contains another is taken out whole.
  for (const a of [...allowed].sort((x, y) => y.length - x.length)) if (a !== "") rest = rest.split(a).join(" ");
  return rest.match(/[\u3400-\u9fff\uf900-\ufaff]+/g) ?? [];
}

export function hasChinese(text: string): boolean {
  return CJK.test(text);
}

/** What a reader sees of a page: its text without scripts, styles and tags, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, " ")
    .replace(/<style\b[\s\S]*?<\/style>/gi, " ")
    .replace(/<title>([\s\S]*?)<\/title>/i, " $1 ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Keys of a Vega-Lite spec whose strings are read by a reader as they are. */
const TEXT_KEYS = new Set(["title", "subtitle", "text", "description"]);
/** Keys holding expressions, whose quoted literals a reader sees. */
const EXPRESSION_KEYS = new Set(["calculate", "labelExpr", "expr"]);

/**
 * Every text of a chart spec a reader sees: titles, subtitles, text marks' constant texts, string
 * literals of label expressions and calculated fields, and the string values of its data rows (the
 * labels and statuses it draws; ids in them break runs and are harmless).
 */
export function chartTexts(spec: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key: string, inData: boolean) => {
    if (typeof v === "string") {
      if (inData || TEXT_KEYS.has(key)) out.push(v);
      else if (EXPRESSION_KEYS.has(key)) for (const m of v.matchAll(/'([^']*)'|"([^"]*)"/g)) out.push(m[1] ?? m[2] ?? "");
      return;
    }
    if (Array.isArray(v)) {
      for (const x of v) walk(x, key, inData);
      return;
    }
    if (v !== null && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        // Fonts and colours are settings, not text; a field name is an id.
        if (k === "config" || k === "field" || k === "$schema" || k === "usermeta") continue;
        walk(x, k, inData || k === "values" || k === "datasets");
      }
    }
  };
  walk(spec, "", false);
  return out;
}
