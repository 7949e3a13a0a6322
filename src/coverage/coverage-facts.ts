/** What coverage is decided from: per body, the years it has a dataset for and what the loader said of each. */

export interface YearFacts {
  /** Rows the loader accepted. */
  rows: number;
  /** Of those, rows printed in the report (not derived from another figure). */
  printed: number;
  /** Problems the loader reports for the file. */
  problems: number;
  /** The first problem's place and what it is (`datasets/x/2024.csv:5:12: invalid value: …`). */
  firstProblem: string | null;
}

export interface ProblemCount {
  count: number;
  first: string | null;
}

export interface BodyFacts {
  entity: string;
  name_zh: string;
  name_en: string;
  /** The years with a dataset file or rows. */
  years: Map<number, YearFacts>;
  /** The scope each year's report counts, where stated (scope-by-year.ts). */
  scopes: Map<number, string>;
  /** Problems of the body as a whole (its entity.json, no entity.json). */
  bodyProblems: ProblemCount;
}

export interface CoverageFacts {
  /** In id order. */
  bodies: BodyFacts[];
  /** Problems not tied to one body and year (a long CSV, a workbook holding several). */
  otherProblems: ProblemCount;
  /** Bad scope fields, one line each. */
  scopeProblems: string[];
}

/** Counts a problem into a tally, keeping the first one's text. */
export function countProblem(c: ProblemCount, text: string): void {
  c.count++;
  if (c.first === null) c.first = text;
}
