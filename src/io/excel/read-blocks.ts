import { HEADER_SEARCH_ROWS } from "../../core/detect/detect-header-row";
import type { CellValue } from "../../core/model/grid";
import { isDateFormat, isoDateOfSerial } from "../date-cells";
import type { Area } from "./cell-errors";

/**
 * How the read is cut into syncs: each sheet's used range in blocks of whole rows under a number of
 * cells, grouped into syncs under the same number.
 */

/**
 * Where a date is told from a number: the title area, rows 1–30 and columns A–IV of every sheet. The
 * engine reads dates only in titles (a year in "Underlag per 2024-04-30"), and titles lie above the
 * header, which is looked for in the first 30 rows (detectHeaderRow). office.js gives a date as its
 * serial number, and only the cell's number format says it is one; reading every cell's format would
 * double what is read, so formats are read for this area alone (at most 30 × 256 short strings per
 * sheet, in the sync of the sheet's first block), where a number in a date format becomes ISO text as
 * the command line gives it. A column that needs the same (a long-data period column) is to be added
 * here. Dates count from 1900: whether a workbook counts from 1904 (Workbook.use1904DateSystem) is
 * not in the ExcelApi 1.9 the add-in requires.
 */
export const TITLE_AREA = { rows: HEADER_SEARCH_ROWS, columns: 256 } as const;

/** `titles`: the sheet's title area is read with this block (its first). */
export type Block = Area & { sheet: number; titles: boolean };

/** The used range's part of the title area (TITLE_AREA); undefined when they do not meet. */
export function titleArea(used: {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}): Area | undefined {
  const rows = Math.min(used.rowCount, TITLE_AREA.rows - used.rowIndex);
  const cols = Math.min(used.columnCount, TITLE_AREA.columns - used.columnIndex);
  return rows > 0 && cols > 0 ? { row: used.rowIndex, col: used.columnIndex, rows, cols } : undefined;
}

export function cellCount(area: Area | undefined): number {
  return area ? area.rows * area.cols : 0;
}

/**
 * Numbers in a date format to ISO text, as the command line reads them, in `rows` (the sheet's rows
 * from `firstRow` on) where they meet the title area.
 */
export function datesAsText(
  rows: CellValue[][],
  firstRow: number,
  area: Area,
  formats: readonly unknown[][],
): void {
  rows.forEach((row, i) => {
    const line = formats[firstRow + i - area.row];
    if (!line) return;
    line.forEach((format, c) => {
      const value = row[area.col + c];
      if (typeof value === "number" && typeof format === "string" && isDateFormat(format))
        row[area.col + c] = isoDateOfSerial(value, false) ?? value;
    });
  });
}

/** Items from the front of the queue whose cells (`cellsOf`) together fit one sync (at least one). */
export function takeGroup<T>(queue: T[], budget: number, cellsOf: (item: T) => number): T[] {
  const group: T[] = [];
  let cells = 0;
  while (queue.length > 0) {
    const next = queue[0];
    if (next === undefined || (group.length > 0 && cells + cellsOf(next) > budget)) break;
    group.push(next);
    cells += cellsOf(next);
    queue.shift();
  }
  return group;
}

/** An area cut into areas of at most `budget` cells (at least one row each), in order. */
export function splitRows<A extends Area>(a: A, budget: number): A[] {
  const perBlock = Math.max(1, Math.floor(budget / a.cols));
  const out: A[] = [];
  for (let row = a.row; row < a.row + a.rows; row += perBlock)
    out.push({ ...a, row, rows: Math.min(perBlock, a.row + a.rows - row) });
  return out;
}

/** A block cut into blocks of at most `budget` cells; the first keeps `titles`. */
export function split(b: Block, budget: number): Block[] {
  return splitRows(b, budget).map((part, i) => ({ ...part, titles: b.titles && i === 0 }));
}

export function isResponseTooLarge(e: unknown): boolean {
  return typeof e === "object" && e !== null && "code" in e && e.code === "ResponsePayloadSizeLimitExceeded";
}
