import type { DataProblem } from "../errors.js";

/**
 * Collects problems up to a cap and counts the rest, so one bad file cannot flood the output. Also
 * keeps the load's notes: things passed over that are not problems (litter files, blank rows).
 */
export class ProblemLog {
  readonly problems: DataProblem[] = [];
  readonly notes: string[] = [];
  omitted = 0;

  constructor(readonly cap = 100) {}

  add(p: DataProblem): void {
    if (this.problems.length < this.cap) this.problems.push(p);
    else this.omitted++;
  }

  note(text: string): void {
    this.notes.push(text);
  }

  get count(): number {
    return this.problems.length + this.omitted;
  }

  /** The problems ordered by file, then line, then column. */
  sorted(): DataProblem[] {
    return [...this.problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  }
}
