/** A label reduced to its words: no spaces, punctuation, quotes or list numbering. */
export function labelCore(s: string): string {
  return s.replace(/[\s\d.,:;!?()[\]{}<>"'“”‘’「」『』《》〈〉、。·…—\-_/|*+=〔〕【】]/g, "");
}

/**
 * How much of a template label `key` appears, in order, in a printed label: the longest common
 * subsequence of the two cores over the key's length, 0–1. Tolerates what PDF extraction does to labels
 * (dropped characters "其他法律行政止公开", spaces "反复 申请", a continuation on another line) while a
 * different row scores low. Keys of four characters or fewer must appear whole, since a short key such as
 * 予以公开 is one character away from 不予公开.
 */
export function labelSimilarity(label: string, key: string): number {
  const a = labelCore(label);
  const b = labelCore(key);
  if (b.length === 0) return 0;
  if (b.length <= 4) return a.includes(b) ? 1 : 0;
  return lcsLength(a, b) / b.length;
}

function lcsLength(a: string, b: string): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  let curr = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      curr[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, curr[j - 1] as number);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length] as number;
}
