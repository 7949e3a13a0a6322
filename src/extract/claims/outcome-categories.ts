/**
 * The outcome categories of table 三 (2019+ layouts) as report texts name them when they give shares
 * of the answers ("予以公开及部分公开6件,占9.4%"). Longest words first: "部分公开" must not be taken for
 * the end of "予以公开及部分公开".
 */
const CATEGORIES: readonly { words: RegExp; metrics: string[] }[] = [
  { words: /(?:予以)?公开(?:及|和|与|、)部分公开$/, metrics: ["result_granted", "result_partial"] },
  { words: /部分公开$/, metrics: ["result_partial"] },
  { words: /不予公开$/, metrics: ["result_denied"] },
  { words: /予以公开$/, metrics: ["result_granted"] },
  { words: /无法提供$/, metrics: ["result_unavailable"] },
  { words: /不予处理$/, metrics: ["result_not_processed"] },
  { words: /其他处理$/, metrics: ["result_other"] },
];

/** The table 三 outcome metrics the category words end with; empty when they name none. */
export function outcomeMetrics(category: string): string[] {
  for (const c of CATEGORIES) if (c.words.test(category)) return c.metrics;
  return [];
}
