/**
 * Formats over a range. Excel keeps formats of whole columns and rows apart from cells (a format on
 * column A does not create a million cells), and a cell's own format wins over its row's, which wins
 * over its column's; reading a property of a range gives null when its cells differ.
 */
import type { Execution } from "./execution";
import type { CellBlock, CellFormat, EmulatedSheet } from "./model";
import { DEFAULT_FORMAT, MAX_COLUMNS, MAX_ROWS } from "./model";
import type { RangeTarget } from "./range-cells";
import type { EditKind } from "./sheet-rules";
import { checkEditable } from "./sheet-rules";

export type FormatKey = keyof CellFormat;

export function formatAt<K extends FormatKey>(
  sheet: EmulatedSheet,
  row: number,
  column: number,
  key: K,
): CellFormat[K] {
  return (
    sheet.cells.get(row, column)?.format?.[key] ??
    sheet.rowFormats[row]?.[key] ??
    sheet.columnFormats[column]?.[key]
  );
}

/** The common value over the block, null when cells differ. */
export function uniform<V>(block: CellBlock, at: (row: number, column: number) => V): V | null {
  let first = true;
  let seen: V | null = null;
  for (let r = block.row; r < block.row + block.rowCount; r++)
    for (let c = block.column; c < block.column + block.columnCount; c++) {
      const v = at(r, c);
      if (first) {
        seen = v;
        first = false;
      } else if (!same(v, seen)) return null;
    }
  return seen;
}

function same(a: unknown, b: unknown): boolean {
  return typeof a === "object" && a !== null ? JSON.stringify(a) === JSON.stringify(b) : a === b;
}

/** Applies `patch` to the format of every cell of the block, at column or row level when it is whole. */
export function patchFormat(
  sheet: EmulatedSheet,
  block: CellBlock,
  exec: Execution,
  patch: (old: CellFormat) => CellFormat,
): void {
  const wholeColumns = block.row === 0 && block.rowCount === MAX_ROWS;
  const wholeRows = block.column === 0 && block.columnCount === MAX_COLUMNS;
  const inBlock = (r: number, c: number): boolean =>
    r >= block.row &&
    r < block.row + block.rowCount &&
    c >= block.column &&
    c < block.column + block.columnCount;
  const patchCell = (r: number, c: number): void => {
    const old = sheet.cells.get(r, c);
    exec.setCell(sheet, r, c, { ...old, format: patch(old?.format ?? {}) });
  };
  if (!wholeColumns && !wholeRows) {
    for (let r = block.row; r < block.row + block.rowCount; r++)
      for (let c = block.column; c < block.column + block.columnCount; c++) patchCell(r, c);
    return;
  }
  // Cells that hold their own format, and crossings with row (or column) formats, would hide the new
  // column (or row) format: they take it too, as in Excel.
  const crossings: [number, number][] = [];
  sheet.cells.forEach((cell, r, c) => {
    if (inBlock(r, c)) crossings.push([r, c]);
  });
  if (wholeColumns) {
    for (const r of Object.keys(sheet.rowFormats).map(Number))
      for (let c = block.column; c < block.column + block.columnCount; c++) crossings.push([r, c]);
    const next = { ...sheet.columnFormats };
    for (let c = block.column; c < block.column + block.columnCount; c++) next[c] = patch(next[c] ?? {});
    exec.assign(sheet, "columnFormats", next);
  } else {
    for (const c of Object.keys(sheet.columnFormats).map(Number))
      for (let r = block.row; r < block.row + block.rowCount; r++) crossings.push([r, c]);
    const next = { ...sheet.rowFormats };
    for (let r = block.row; r < block.row + block.rowCount; r++) next[r] = patch(next[r] ?? {});
    exec.assign(sheet, "rowFormats", next);
  }
  const done = new Set<string>();
  for (const [r, c] of crossings) {
    const key = `${r},${c}`;
    if (done.has(key)) continue;
    done.add(key);
    patchCell(r, c);
  }
}

/** The common value of one format field over the range. */
export function common<K extends FormatKey>(t: RangeTarget, key: K): NonNullable<CellFormat[K]> | null {
  const fallback = (DEFAULT_FORMAT as CellFormat)[key];
  return uniform(t.block, (r, c) => formatAt(t.sheet, r, c, key) ?? fallback) as NonNullable<
    CellFormat[K]
  > | null;
}

/** A write op body that sets one format field on every cell. */
export function setField<K extends FormatKey>(
  key: K,
  value: CellFormat[K],
  kind: EditKind,
  location: string,
) {
  return (t: RangeTarget, exec: Execution): void => {
    checkEditable(t.sheet, kind, location);
    patchFormat(t.sheet, t.block, exec, (old) => {
      const next: CellFormat = { ...old, [key]: value };
      if (value === undefined) delete next[key];
      return next;
    });
  };
}
