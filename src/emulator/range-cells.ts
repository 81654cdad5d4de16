/**
 * Reading and writing a range's grids (values, formulas, number formats, text) at sync, with Excel's
 * checks: the array's shape, the 5-million-cell limit, protection, and what a written string becomes.
 */
import { cellCount } from "./address";
import type { CellContent } from "./cell-input";
import { toCellContent } from "./cell-input";
import { EmulatorError, invalidArgument } from "./errors";
import type { Execution } from "./execution";
import type { CellBlock, CellScalar, EmulatedCell, EmulatedSheet } from "./model";
import { CELL_LIMIT, scalarBytes } from "./payload";
import { checkEditable } from "./sheet-rules";
import { valueTypeOf } from "./value-types";

/** What a Range proxy points at, once found. */
export interface RangeTarget {
  sheet: EmulatedSheet;
  block: CellBlock;
}

export type GridKind = "values" | "formulas" | "numberFormat" | "text" | "valueTypes";

/**
 * What Excel returns per cell. A formula whose result the emulator does not know reads as null in
 * values (Excel would compute it; null cannot be mistaken for a computed result).
 */
const PICK: Record<GridKind, (cell: EmulatedCell | undefined) => CellScalar | null> = {
  values: (cell) => (cell?.formula !== undefined ? (cell.value ?? null) : (cell?.value ?? "")),
  formulas: (cell) => cell?.formula ?? cell?.value ?? "",
  numberFormat: (cell) => cell?.numberFormat ?? "General",
  text: (cell) => {
    const v = cell?.value;
    if (v === undefined) return "";
    if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
    return String(v);
  },
  valueTypes: valueTypeOf,
};

function checkCellLimit(target: RangeTarget, location: string): void {
  if (cellCount(target.block) > CELL_LIMIT)
    throw new EmulatorError(
      "RangeExceedsLimit",
      `The range has ${cellCount(target.block)} cells; Excel reads or writes at most ${CELL_LIMIT} at once.`,
      location,
    );
}

/** Builds the grid row by row, charging the response as it goes so an oversized read stops early. */
export function readGrid(target: RangeTarget, exec: Execution, kind: GridKind): (CellScalar | null)[][] {
  checkCellLimit(target, `Range.${kind}`);
  const { sheet, block } = target;
  const pick = PICK[kind];
  const rows: (CellScalar | null)[][] = [];
  // [ ], and per row its brackets and commas; then each cell as it is read.
  exec.charge(2 + block.rowCount - 1);
  const rowFrame = 2 + block.columnCount - 1;
  for (let r = 0; r < block.rowCount; r++) {
    const row: (CellScalar | null)[] = [];
    let bytes = rowFrame;
    for (let c = 0; c < block.columnCount; c++) {
      const v = pick(sheet.cells.get(block.row + r, block.column + c));
      row.push(v);
      bytes += scalarBytes(v);
    }
    exec.charge(bytes);
    rows.push(row);
  }
  return rows;
}

/** The 2-D array a write must have (or one scalar for one cell), as Excel checks it. */
function cellInput(input: unknown, block: CellBlock, location: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) {
    if (block.rowCount === 1 && block.columnCount === 1) return () => input;
    throw invalidArgument(
      `A single value was given for a range of ${block.rowCount} × ${block.columnCount} cells; give a 2-D array of that size.`,
      location,
    );
  }
  const rows = input as unknown[];
  const ok =
    rows.length === block.rowCount &&
    rows.every((row) => Array.isArray(row) && (row as unknown[]).length === block.columnCount);
  if (!ok)
    throw invalidArgument(
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${block.rowCount} × ${block.columnCount}).`,
      location,
    );
  return (r, c) => (rows[r] as unknown[])[c];
}

/** Keeps only what a cell still holds; undefined when nothing. */
function compact(cell: EmulatedCell): EmulatedCell | undefined {
  const out: { -readonly [K in keyof EmulatedCell]: EmulatedCell[K] } = {};
  if (cell.value !== undefined) out.value = cell.value;
  if (cell.error === true && cell.value !== undefined) out.error = true;
  if (cell.formula !== undefined) out.formula = cell.formula;
  if (cell.numberFormat !== undefined) out.numberFormat = cell.numberFormat;
  if (cell.format !== undefined && Object.keys(cell.format).length > 0) out.format = cell.format;
  return Object.keys(out).length === 0 ? undefined : out;
}

export function withContent(
  cell: EmulatedCell | undefined,
  content: Exclude<CellContent, "skip">,
): EmulatedCell | undefined {
  const { numberFormat, format } = cell ?? {};
  const { value, formula } = content;
  // A date or a percentage brings its own number format, as typing one does.
  return compact({ value, formula, numberFormat: content.numberFormat ?? numberFormat, format });
}

/** Writes values or formulas (the same rules: see cell-input.ts) or number formats. */
export function writeGrid(
  target: RangeTarget,
  exec: Execution,
  kind: "values" | "formulas" | "numberFormat",
  input: unknown,
): void {
  const location = `Range.${kind}`;
  checkCellLimit(target, location);
  const { sheet, block } = target;
  const at = cellInput(input, block, location);
  checkEditable(sheet, kind === "numberFormat" ? "formatCells" : "cells", location);
  for (let r = 0; r < block.rowCount; r++)
    for (let c = 0; c < block.columnCount; c++) {
      const row = block.row + r;
      const column = block.column + c;
      const old = sheet.cells.get(row, column);
      const v = at(r, c);
      if (kind === "numberFormat") {
        if (v === null || v === undefined) continue;
        if (typeof v !== "string") throw invalidArgument("A number format must be a string.", location);
        // "" resets a cell's number format, as "General" does (Blank and null values).
        const numberFormat = v === "General" || v === "" ? undefined : v;
        exec.setCell(sheet, row, column, compact({ ...old, numberFormat }));
        continue;
      }
      const content = toCellContent(v, old?.numberFormat, location);
      if (content !== "skip") exec.setCell(sheet, row, column, withContent(old, content));
    }
}

/** Range.clear: "Contents" keeps formats, "Formats" keeps contents, "All" removes the cells. */
export function clearBlock(
  target: RangeTarget,
  exec: Execution,
  applyTo: "All" | "Contents" | "Formats",
): void {
  const { sheet, block } = target;
  checkEditable(sheet, applyTo === "Formats" ? "formatCells" : "cells", "Range.clear");
  const inside: [number, number, EmulatedCell][] = [];
  sheet.cells.forEach((cell, row, column) => {
    const inRows = row >= block.row && row < block.row + block.rowCount;
    const inColumns = column >= block.column && column < block.column + block.columnCount;
    if (inRows && inColumns) inside.push([row, column, cell]);
  });
  for (const [row, column, cell] of inside) {
    const { numberFormat, format, ...content } = cell;
    if (applyTo === "All") exec.setCell(sheet, row, column, undefined);
    else if (applyTo === "Contents") exec.setCell(sheet, row, column, compact({ numberFormat, format }));
    else exec.setCell(sheet, row, column, compact(content));
  }
}
