/** What reading one sheet needs to know, and the helpers its long and wide readers share. */
import type { ProblemCode } from "../../errors.js";
import { say } from "../../messages/catalogue.js";
import { quoted } from "../echo-text.js";
import type { SheetCell, SheetRow } from "./sheet.js";
import type { SheetPlaces } from "./sheet-place.js";

export interface SheetTarget {
  /** What observations and problems name as their file: `book.xlsx[佳木斯市]`, or the CSV's path. */
  file: string;
  places: SheetPlaces;
  /** The entity and year of a `<entity>/<year>.xlsx` file; null otherwise. */
  entity: string | null;
  year: number | null;
  knownEntities: ReadonlySet<string>;
  /** Folded id, Chinese or English name → entity id. */
  entityIds: ReadonlyMap<string, string>;
  /** The name that stands for the body when nothing else does: the sheet's name, or the CSV's base name. */
  bodyName: string;
  /** Bodies already read from a sheet of the same workbook by its name, → that sheet's name. */
  claimed?: Map<string, string>;
}

export type Reporter = (
  code: ProblemCode,
  row: number,
  col: number,
  what: string,
  expected: string,
  got: string,
  hint: string,
  hidden?: boolean,
) => void;

/** Takes a body for this sheet; false (and a problem) when another sheet of the workbook had it. */
export function claim(t: SheetTarget, entity: string, report: Reporter): boolean {
  const other = t.claimed?.get(entity);
  if (other !== undefined) {
    report(
      "E_DUPLICATE",
      0,
      0,
      say("io.sheet.body_twice.what"),
      say("io.sheet.body_twice.expected"),
      say("io.sheet.body_twice.found", { entity, sheet: quoted(other) }),
      say("io.sheet.body_twice.hint"),
    );
    return false;
  }
  t.claimed?.set(entity, t.bodyName);
  return true;
}

export function hasProblem(cell: SheetCell | undefined): boolean {
  return cell !== undefined && (cell.error !== undefined || cell.mergedOver !== undefined);
}

/** The problem of a cell that holds no usable figure: an error value, an unsaved formula, a merged figure. */
export function unusableCellProblem(report: Reporter, r: SheetRow, col: number, cell: SheetCell): void {
  if (cell.mergedOver !== undefined) {
    report(
      "E_MERGED",
      r.row,
      col,
      say("io.sheet.merged.what"),
      say("io.sheet.merged.expected"),
      say("io.sheet.merged.found", { range: cell.mergedOver }),
      say("io.sheet.merged.hint"),
      r.hidden,
    );
    return;
  }
  report(
    "E_FORMULA",
    r.row,
    col,
    say("io.sheet.formula.what"),
    say("io.sheet.formula.expected"),
    cell.error ?? say("io.sheet.formula.error"),
    say(cell.error?.startsWith("a formula") ? "io.sheet.formula.hint_unsaved" : "io.sheet.formula.hint_error"),
    r.hidden,
  );
}
