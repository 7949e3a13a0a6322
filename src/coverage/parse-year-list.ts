import { UsageError } from "../errors.js";
import { say } from "../messages/catalogue.js";

/** Years from the command line: `2019-2025` (a range), `2023,2025` (a list), or both (`2016,2019-2021`). */
export function parseYearList(text: string, option: string): number[] {
  const years = new Set<number>();
  for (const part of text.split(",").map((s) => s.trim())) {
    const m = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(part);
    const from = Number(m?.[1]);
    const to = m?.[2] === undefined ? from : Number(m[2]);
    if (m === null || to < from || to - from > 200) throw new UsageError(say("cli.year_list_invalid", { option, value: text }));
    for (let y = from; y <= to; y++) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}
