/** Edit distance (Levenshtein) between two strings, counted in UTF-16 code units. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const curr = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      curr[j] = Math.min((prev[j] ?? 0) + 1, (curr[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = curr;
  }
  return prev[b.length] ?? 0;
}

/**
 * Up to `limit` candidates closest to `input`, best first: for "did you mean" hints. Candidates further
 * than half the input's length are dropped, so a hint is never a wild guess.
 */
export function closestStrings(input: string, candidates: readonly string[], limit = 3): string[] {
  const needle = input.trim().toLowerCase();
  const bound = Math.max(2, Math.ceil(needle.length / 2));
  return candidates
    .map((c) => ({ c, d: editDistance(needle, c.toLowerCase()) }))
    .filter(({ d }) => d <= bound)
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, limit)
    .map(({ c }) => c);
}
