/** Test helpers: a sheet's grid as plain arrays, from A1 to the last cell holding a value or formula. */
import { formatBlock } from "./address";
import type { CellScalar, EmulatedWorkbook } from "./model";
import { findSheet } from "./model";

export type SnapshotKind = "values" | "formulas";

/**
 * What range.values (or range.formulas) would give for A1 to the bottom-right of the sheet's used
 * values: "" for empty cells, null for a formula whose result the emulator does not know.
 */
export function snapshot(
  workbook: EmulatedWorkbook,
  sheetName: string,
  kind: SnapshotKind = "values",
): (CellScalar | null)[][] {
  const sheet = findSheet(workbook, sheetName);
  if (sheet === undefined) throw new Error(`No sheet named "${sheetName}".`);
  const used = sheet.cells.bounds((cell) => cell.value !== undefined || cell.formula !== undefined);
  if (used === undefined) return [];
  const rows: (CellScalar | null)[][] = [];
  for (let r = 0; r < used.row + used.rowCount; r++) {
    const row: (CellScalar | null)[] = [];
    for (let c = 0; c < used.column + used.columnCount; c++) {
      const cell = sheet.cells.get(r, c);
      if (kind === "formulas") row.push(cell?.formula ?? cell?.value ?? "");
      else row.push(cell?.formula !== undefined ? (cell.value ?? null) : (cell?.value ?? ""));
    }
    rows.push(row);
  }
  return rows;
}

/**
 * The formulas of a sheet by address ("C2" → "=B2*2"). Text that merely looks like a formula (written
 * as "'=…", or into a text-formatted cell) is not listed: the check a formula-injection test needs,
 * which snapshot(…, "formulas") cannot make since it shows both as "=…".
 */
export function formulaCells(workbook: EmulatedWorkbook, sheetName: string): Record<string, string> {
  const sheet = findSheet(workbook, sheetName);
  if (sheet === undefined) throw new Error(`No sheet named "${sheetName}".`);
  const found: Record<string, string> = {};
  sheet.cells.forEach((cell, row, column) => {
    if (cell.formula !== undefined)
      found[formatBlock({ row, column, rowCount: 1, columnCount: 1 })] = cell.formula;
  });
  return found;
}
