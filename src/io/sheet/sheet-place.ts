/**
 * Moves a problem found on a sheet's rows to where the analyst will look: for a workbook the cell
 * (`book.xlsx[佳木斯市]!C7`, the row `7:7`, or the sheet), for a wide CSV the line and the field's
 * character column (filled in with its code frame by attachFrames, as for any CSV).
 */
import { problemPlace } from "../../errors.js";
import { say } from "../../messages/catalogue.js";
import { stringWidth } from "../../text/string-width.js";
import type { PendingProblem } from "../read-dataset-file.js";

/** "C" for 3, "AB" for 28. */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Where a sheet's problems go: a workbook's cells, or a CSV's lines and fields. */
export type SheetPlaces = "cells" | "lines";

/**
 * Places a problem at `row` (0: the whole sheet) and `col` (0: the whole row). The message's leading
 * place, written by problem() from the row reader's file and line, is rewritten to match.
 */
export function placeProblem(p: PendingProblem, places: SheetPlaces, row: number, col: number, hiddenRow = false): void {
  const old = problemPlace(p.file, p.line, p.column, p.cell);
  p.line = row;
  if (places === "cells") {
    p.column = col;
    if (row > 0) p.cell = col > 0 ? `${columnLetters(col)}${row}` : `${row}:${row}`;
    else delete p.cell;
    p.fieldIndex = -1;
  } else {
    // attachFrames turns the field index into the character column of the line.
    p.column = 0;
    p.fieldIndex = col > 0 ? col - 1 : -1;
  }
  let message = p.message.startsWith(old) ? problemPlace(p.file, p.line, 0, p.cell) + p.message.slice(old.length) : p.message;
  message = message.replace(/\(first on line (\d+)\)/, (_, n: string) =>
    places === "cells" ? `(first in row ${n})` : `(first on line ${n})`,
  );
  if (hiddenRow) message += say("io.sheet.hidden_row");
  p.message = message;
}

/**
 * The row of a workbook problem as the analyst sees it, cells by column letter, with a caret under the
 * problem's cell: the workbook's counterpart of a CSV line's code frame.
 */
export function cellFrame(row: number, cells: ReadonlyMap<number, { text: string }>, col: number): string {
  const cols = [...cells.keys()].filter((c) => Math.abs(c - col) <= 6 || c === col).sort((a, b) => a - b);
  if (col > 0 && !cols.includes(col)) cols.push(col);
  cols.sort((a, b) => a - b);
  let line = "";
  let caret = -1;
  for (const c of cols) {
    if (line !== "") line += " │ ";
    if (c === col) caret = stringWidth(line);
    const text = (cells.get(c)?.text ?? "").replace(/\s+/g, " ");
    line += `${columnLetters(c)} ${text.length > 30 ? `${text.slice(0, 29)}…` : text}`;
  }
  const n = String(row);
  const out = [`> ${n} | ${line}`];
  if (caret >= 0) out.push(`  ${" ".repeat(n.length)} | ${" ".repeat(caret)}^`);
  return out.join("\n");
}
