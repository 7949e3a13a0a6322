/**
 * A workbook's own entity metadata: a sheet named `entities` (or 机构) with the columns of entities.json
 * (id, name_zh, name_en, level, province, parent), so one workbook can carry its bodies and their
 * figures together. Problems point at the sheet's cells, as for any sheet.
 */
import { type DataProblem, problem } from "../../errors.js";
import { say } from "../../messages/catalogue.js";
import type { EntityInfo } from "../../types.js";
import type { Sheet } from "../sheet/sheet.js";
import { foldLabel } from "../sheet/sheet-labels.js";
import { columnLetters } from "../sheet/sheet-place.js";

const FIELDS = ["id", "name_zh", "name_en", "level", "province", "parent"] as const;
const REQUIRED = ["id", "name_zh", "name_en", "level", "province"] as const;

export function isEntitiesSheet(name: string): boolean {
  const n = foldLabel(name);
  return n === "entities" || n === "机构";
}

export function readEntitiesSheet(sheet: Sheet, file: string): { entities: EntityInfo[]; problems: DataProblem[] } {
  const entities: EntityInfo[] = [];
  const problems: DataProblem[] = [];
  const rows = sheet.rows.filter((r) => [...r.cells.values()].some((c) => c.text.trim() !== ""));
  const heading = rows[0];
  if (heading === undefined) return { entities, problems };
  const col = new Map<string, number>();
  for (const [c, cell] of heading.cells) col.set(foldLabel(cell.text), c);
  const missing = REQUIRED.filter((f) => !col.has(f));
  if (missing.length > 0) {
    problems.push(
      problem(
        "E_BAD_ENTITY_INFO",
        { file, line: heading.row, cell: `${heading.row}:${heading.row}` },
        say("io.entity_info.incomplete.what"),
        say("io.entities_sheet.columns", { fields: FIELDS.join(", ") }),
        say("io.entity_info.incomplete.missing", { fields: missing.join(", ") }),
        say("io.entities_sheet.columns_hint"),
      ),
    );
    return { entities, problems };
  }
  for (const r of rows.slice(1)) {
    const value = (f: string) => {
      const c = col.get(f);
      return c === undefined ? "" : (r.cells.get(c)?.text ?? "").trim();
    };
    const blank = REQUIRED.find((f) => value(f) === "");
    if (blank !== undefined) {
      const c = col.get(blank) as number;
      problems.push(
        problem(
          "E_BAD_ENTITY_INFO",
          { file, line: r.row, column: c, cell: `${columnLetters(c)}${r.row}` },
          say("io.entity_info.incomplete.what"),
          say("io.entities_sheet.field", { field: blank }),
          say("io.row.blank_cell"),
          say("io.entities_sheet.field_hint"),
        ),
      );
      continue;
    }
    entities.push({
      id: value("id"),
      name_zh: value("name_zh"),
      name_en: value("name_en"),
      level: value("level"),
      province: value("province"),
      parent: value("parent") || null,
    });
  }
  return { entities, problems };
}
