/**
 * "Did you mean" look-ups: the known names nearest to a mistyped one. The input is untrusted (a cell, a
 * header, an option value) and may be a megabyte long, so the work is bounded: names are compared only
 * when their lengths allow a hint at all, a table row stops as soon as no hint is left in it, and a
 * search fills at most MAX_HINT_CELLS cells of edit-distance tables.
 */

/** Longest text a hint is looked for: slips of typing happen in ids and names, which are short. */
export const MAX_HINT_CHARS = 256;

/** Most edit-distance cells one search fills: a few milliseconds. */
export const MAX_HINT_CELLS = 2_000_000;

/** Edit distance (Levenshtein) between two strings, counted in UTF-16 code units. */
export function editDistance(a: string, b: string): number {
  return boundedDistance(a, b, Math.max(a.length, b.length));
}

/**
 * The edit distance of a and b when it is at most `bound`, else bound + 1. Only the diagonal band of
 * width 2 × bound + 1 is filled, and the rows stop once every cell of one exceeds the bound: work is
 * about min(|a|, |b|) × (2 × bound + 1), never |a| × |b| for far-apart strings.
 */
export function boundedDistance(a: string, b: string, bound: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  const over = bound + 1;
  const m = b.length;
  let prev = new Int32Array(m + 1);
  let curr = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j <= bound ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - bound);
    const hi = Math.min(m, i + bound);
    curr.fill(over);
    curr[lo - 1] = lo === 1 && i <= bound ? i : over;
    let rowMin = curr[lo - 1] as number;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const d = Math.min((prev[j] as number) + 1, (curr[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      const c = Math.min(d, over);
      curr[j] = c;
      if (c < rowMin) rowMin = c;
    }
    if (rowMin > bound) return over;
    [prev, curr] = [curr, prev];
  }
  const d = prev[m] as number;
  return d > bound ? over : d;
}

/**
 * Up to `limit` candidates closest to `input`, best first: for "did you mean" hints. Candidates further
 * than half the input's length are dropped, so a hint is never a wild guess. An input or candidate
 * longer than MAX_HINT_CHARS gets no hint. Answers are remembered per array or set of candidates, which
 * may grow between calls but are not otherwise changed.
 */
export function closestStrings(input: string, candidates: Iterable<string>, limit = 3): string[] {
  // Refused before trim() and toLowerCase(), which would copy a megabyte of input to look at it.
  if (input.length > MAX_HINT_CHARS * 4) return [];
  const needle = input.trim().toLowerCase();
  if (needle.length > MAX_HINT_CHARS) return [];
  // A file of a million rows with the same unknown id asks the same question a million times.
  const size = Array.isArray(candidates) ? candidates.length : candidates instanceof Set ? candidates.size : -1;
  const memo = size < 0 ? undefined : memoOf(candidates as object);
  const key = `${limit}\u0000${size}\u0000${needle}`;
  const known = memo?.get(key);
  if (known !== undefined) return [...known];
  const answer = search(needle, candidates, limit);
  if (memo !== undefined) {
    if (memo.size >= MEMO_ENTRIES) memo.clear();
    memo.set(key, answer);
  }
  return [...answer];
}

/** Answers remembered per collection of candidates (an array or a set, told apart by its size as it grows). */
const memos = new WeakMap<object, Map<string, string[]>>();
const MEMO_ENTRIES = 256;

function memoOf(candidates: object): Map<string, string[]> {
  let memo = memos.get(candidates);
  if (memo === undefined) {
    memo = new Map();
    memos.set(candidates, memo);
  }
  return memo;
}

function search(needle: string, candidates: Iterable<string>, limit: number): string[] {
  const bound = Math.max(2, Math.ceil(needle.length / 2));
  const found: { c: string; d: number }[] = [];
  let cells = 0;
  for (const c of candidates) {
    if (c.length > MAX_HINT_CHARS || Math.abs(c.length - needle.length) > bound) continue;
    cells += Math.min(needle.length, c.length) * (2 * bound + 1);
    if (cells > MAX_HINT_CELLS) break;
    const d = boundedDistance(needle, c.toLowerCase(), bound);
    if (d <= bound) found.push({ c, d });
  }
  return found
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, limit)
    .map(({ c }) => c);
}
