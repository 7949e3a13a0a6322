import { describe, expect, it } from "vitest";
import { measureReuse } from "../../src/reuse/measure-reuse.js";
import { prepareReuseText } from "../../src/reuse/prepare-reuse-text.js";
import { editedCopy } from "./edited-copy.js";
import { realTexts } from "./pair-corpus.js";

/**
 * reuse takes time in proportion to its inputs, even on the texts that make naive matchers quadratic:
 * a megabyte of one repeated phrase, table rows of zeros, and every real report run together. The bound
 * is generous (each pair takes 1–2 s on an idle machine); processor time is measured, not the clock,
 * so other work on a busy machine does not make the test fail.
 */
const BOUND_MS = 8000;
const reading = { figures: "any", tables: true } as const;

function timedShare(old: string, neu: string): { ms: number; pct: number | null } {
  const start = process.cpuUsage();
  const result = measureReuse(prepareReuseText(old, reading), prepareReuseText(neu, reading), { minLength: 13, passages: 10 });
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, pct: result.overallPct };
}

describe("reuse runs in linear time", () => {
  it("a megabyte of one repeated phrase against itself: all reused", () => {
    const text = "政府信息公开".repeat(170_000);
    const { ms, pct } = timedShare(text, text);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(pct).toBe(100);
  });

  it("a megabyte of table rows of zeros against itself: figures alone are no reused text", () => {
    const text = `${"0 ".repeat(50)}\n`.repeat(10_000);
    const { ms, pct } = timedShare(text, text);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(pct).toBe(0);
  });

  it("every real report run together, six times over (a megabyte), against an edited copy", () => {
    const all = realTexts().join("\n").repeat(6);
    const copy = editedCopy(all, 0.5, 5);
    const { ms, pct } = timedShare(all, copy.text);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(Math.abs((pct as number) - copy.copiedPct)).toBeLessThanOrEqual(2);
  });
});
