/**
 * A slice of an export's work for one thread: part `index` of `count` consecutive, near-equal ranges
 * of its units (observation rows, year-over-year walk positions, or reports). The parts' outputs,
 * concatenated in index order, are the whole export, byte for byte.
 */
export interface ExportPart {
  index: number;
  count: number;
}

/** The units [from, to) of a part of `length` units; all of them when no part is given. */
export function partRange(length: number, part?: ExportPart): { from: number; to: number } {
  if (part === undefined || part.count <= 1) return { from: 0, to: length };
  if (!Number.isInteger(part.index) || part.index < 0 || part.index >= part.count) {
    throw new RangeError(`part ${part.index} of ${part.count} does not exist`);
  }
  return { from: Math.floor((length * part.index) / part.count), to: Math.floor((length * (part.index + 1)) / part.count) };
}
