/** The hostile files the script writes: name → what it holds. */
export const PATHOLOGICAL: Record<string, { what: string }>;

/** Writes one pathological file of about `bytes` into a body folder under `root`; returns its path. */
export function writePathological(root: string, name: string, bytes: number): string;
