import { describe, expect, it } from "vitest";
import { METRICS } from "../../src/catalogue/metrics.js";
import { boundedDistance, closestStrings, editDistance, MAX_HINT_CHARS } from "../../src/text/closest-strings.js";

/** The textbook table, every cell filled: the reference the banded one is held to. */
function fullDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  return (d[a.length] as number[])[b.length] as number;
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe("editDistance and boundedDistance", () => {
  it("count insertions, deletions and substitutions", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abc", "")).toBe(3);
    expect(editDistance("flaw", "lawn")).toBe(2);
    expect(editDistance("同上", "同上")).toBe(0);
  });

  it("give the distance up to the bound, and bound + 1 beyond it", () => {
    expect(boundedDistance("kitten", "sitting", 3)).toBe(3);
    expect(boundedDistance("kitten", "sitting", 2)).toBe(3);
    expect(boundedDistance("kitten", "sitting", 1)).toBe(2);
    expect(boundedDistance("a", "abcdef", 2)).toBe(3);
  });

  it("agree with the full table on thousands of random pairs and bounds", () => {
    const next = random(7);
    const word = () => Array.from({ length: Math.floor(next() * 9) }, () => "abcä"[Math.floor(next() * 4)]).join("");
    for (let k = 0; k < 3000; k++) {
      const a = word();
      const b = word();
      const bound = Math.floor(next() * 6);
      const full = fullDistance(a, b);
      expect(boundedDistance(a, b, bound), `${a} ${b} ${bound}`).toBe(Math.min(full, bound + 1));
      expect(editDistance(a, b)).toBe(full);
    }
  });
});

describe("closestStrings", () => {
  const ids = METRICS.map((m) => m.id);

  it("suggests the nearest ids, best first, and nothing for a wild guess", () => {
    expect(closestStrings("proactive_itemz", ids, 1)).toEqual(["proactive_items"]);
    expect(closestStrings("Channel_Website ", ids, 1)).toEqual(["channel_website"]);
    expect(closestStrings("zzzzzzzzzzzz", ids)).toEqual([]);
  });

  it("takes any collection of names, a set included", () => {
    expect(closestStrings("jiamusl", new Set(["jiamusi", "suqian-shi"]), 2)).toEqual(["jiamusi"]);
  });

  it("gives no hint for an input or a candidate longer than the bound", () => {
    expect(closestStrings("x".repeat(MAX_HINT_CHARS + 1), ["x".repeat(MAX_HINT_CHARS + 1)])).toEqual([]);
    expect(closestStrings("ab", ["ab".repeat(MAX_HINT_CHARS)])).toEqual([]);
    // At the bound itself a hint is still looked for.
    expect(closestStrings("y".repeat(MAX_HINT_CHARS), [`${"y".repeat(MAX_HINT_CHARS - 1)}z`])).toHaveLength(1);
  });

  it("answers a megabyte-long id at once (it took 12–17 s when every pair was compared in full)", () => {
    const id = "proactive_items".repeat(70_000);
    const t0 = performance.now();
    expect(closestStrings(id, ids)).toEqual([]);
    expect(closestStrings(` ${id} `, ids)).toEqual([]);
    // Loose: the search is refused before any table is filled, well under a millisecond here.
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it("bounds the work over many long candidates near the input's length", () => {
    const many = Array.from({ length: 5000 }, (_, i) => `${"q".repeat(MAX_HINT_CHARS - 4)}${i}`);
    const t0 = performance.now();
    const near = closestStrings("q".repeat(MAX_HINT_CHARS - 2), many, 3);
    expect(near.length).toBeLessThanOrEqual(3);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
