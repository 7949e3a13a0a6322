/** A size in bytes as people read it: "1 MiB", "50.3 MiB", "812 KiB", "90 B" (the units read the same in Chinese). */
export function byteSize(bytes: number): string {
  const units: readonly [number, string][] = [
    [1 << 30, "GiB"],
    [1 << 20, "MiB"],
    [1 << 10, "KiB"],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) {
      const n = bytes / size;
      return `${Number.isInteger(n) ? n : n.toFixed(1)} ${unit}`;
    }
  }
  return `${bytes} B`;
}
