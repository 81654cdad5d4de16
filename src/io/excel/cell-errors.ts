import type { CellValue } from "../../core/model/grid";

/**
 * Error values, told by their type and not by their text. Range.values gives an error as its text
 * ("#N/A", and in newer Excel "#SPILL!", "#PYTHON!", "#EXTERNAL!", …), exactly as it gives the text of
 * a cell that holds "#N/A" as text; only Range.valueTypes (ExcelApi 1.1) says "Error". A list of known
 * error texts misses every kind Excel adds and mistakes such a text for an error. Every error's text
 * starts with "#", so valueTypes is read only where a value does: a sheet with no such text costs no
 * more than its values.
 */

/** A rectangle of a sheet, zero-based. */
export type Area = { row: number; col: number; rows: number; cols: number };

/**
 * Columns of a block with candidates beyond which their types are read as one rectangle: a range per
 * column costs a few hundred request bytes each, the rectangle at most the block's cells once more.
 */
const MAX_TYPE_RANGES = 32;

/** A value that may be an error: a text starting with "#" (every error's text does). */
export function mayBeError(v: unknown): boolean {
  return typeof v === "string" && v.charCodeAt(0) === 35;
}

/**
 * Where to read valueTypes in a block read at `at` (its values as office.js gave them): for each
 * column with candidates, the rows from its first to its last; undefined when there is none.
 */
export function typeAreas(at: Area, values: readonly (readonly unknown[])[]): Area[] | undefined {
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  values.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      if (!mayBeError(row[c])) continue;
      if (!first.has(c)) first.set(c, r);
      last.set(c, r);
    }
  });
  if (first.size === 0) return undefined;
  const columns = [...first.keys()].sort((a, b) => a - b);
  const span = (c: number): Area => {
    const top = first.get(c) ?? 0;
    return { row: at.row + top, col: at.col + c, rows: (last.get(c) ?? top) - top + 1, cols: 1 };
  };
  if (columns.length <= MAX_TYPE_RANGES) return columns.map(span);
  const top = Math.min(...first.values());
  const bottom = Math.max(...last.values());
  const left = columns[0] ?? 0;
  const right = columns[columns.length - 1] ?? left;
  return [{ row: at.row + top, col: at.col + left, rows: bottom - top + 1, cols: right - left + 1 }];
}

/** The cells of `area`, as "row,col" offsets from `at`, whose valueTypes say "Error". */
export function errorCells(at: Area, area: Area, types: readonly (readonly unknown[])[]): number[][] {
  const found: number[][] = [];
  types.forEach((row, r) =>
    row.forEach((type, c) => {
      if (type === "Error") found.push([area.row - at.row + r, area.col - at.col + c]);
    }),
  );
  return found;
}

/** A value as office.js gives it, to the engine's cell value: "" is empty; `error`: valueTypes said so. */
export function engineValue(v: unknown, error: boolean): CellValue {
  if (v === null || v === undefined || v === "") return null;
  // Excel gives an error as its text; valueTypes said which texts are errors
  if (typeof v === "string") return error ? { error: v } : v;
  if (typeof v === "number" || typeof v === "boolean") return v;
  return null;
}
