import { cellRef, columnLetter } from "../../core/model/grid";
import type { ReportCell, ReportSheet, StyleName } from "../../core/report/layout";
import { excelTextCell } from "./excel-text";

/**
 * A report sheet as the whole 2-D arrays office.js takes in one write each: `formulas` (formulas with
 * "=", numbers as numbers, text as it is) and `numberFormat` (text cells formatted as text, so that no
 * label is parsed into a number, date, boolean or formula: see excelTextCell), over the sheet's used
 * rectangle. Write numberFormat first, then formulas.
 */
export type SheetArrays = { address: string; formulas: (string | number)[][]; numberFormat: string[][] };

export function sheetArrays(sheet: ReportSheet): SheetArrays | undefined {
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  const height = sheet.rows.length;
  if (width === 0 || height === 0) return undefined;
  const formulas = sheet.rows.map((row) => Array.from({ length: width }, (_, c) => formulaOf(row[c])));
  const numberFormat = sheet.rows.map((row) => Array.from({ length: width }, (_, c) => formatOf(row[c])));
  return { address: `A1:${cellRef(height - 1, width - 1)}`, formulas, numberFormat };
}

function formulaOf(cell: ReportCell | undefined): string | number {
  if (!cell) return "";
  switch (cell.kind) {
    case "text":
      return excelTextCell(cell.text).value;
    case "number":
      return cell.value;
    case "formula":
      return `=${cell.formula}`;
  }
}

function formatOf(cell: ReportCell | undefined): string {
  if (!cell) return "General";
  return cell.kind === "text" ? excelTextCell(cell.text).numberFormat : cell.format;
}

/** Runs of neighbouring cells in a row with the same style: one format call per run, not per cell. */
export function styleRuns(sheet: ReportSheet): { address: string; style: StyleName }[] {
  const runs: { address: string; style: StyleName }[] = [];
  sheet.rows.forEach((row, r) => {
    let start = 0;
    for (let c = 1; c <= row.length; c++) {
      const style = row[start]?.style;
      if (c < row.length && row[c]?.style === style) continue;
      if (style) {
        const end = c - 1;
        runs.push({
          address: start === end ? cellRef(r, start) : `${cellRef(r, start)}:${cellRef(r, end)}`,
          style,
        });
      }
      start = c;
    }
  });
  return runs;
}

/** Excel's column width in points from the layout's width in characters (8,43 characters ≈ 48 pt). */
export function columnWidthPoints(characters: number): number {
  return Math.round(characters * 5.7 * 10) / 10;
}

export function columnRange(col: number): string {
  return `${columnLetter(col)}:${columnLetter(col)}`;
}
