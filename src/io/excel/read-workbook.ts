import { HEADER_SEARCH_ROWS } from "../../core/detect/detect-header-row";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../core/model/grid";
import { isDateFormat, isoDateOfSerial } from "../date-cells";
import type { ExcelRun } from "./excel-run";
import { toCellValue } from "./excel-text";

/**
 * Cells read per sync. Excel on the web refuses a response over 5 MB; at the ~20 bytes a typical cell
 * takes as JSON, 100 000 cells stay near 2 MB. A block that still comes back too large (long texts) is
 * halved and read again.
 */
export const CELLS_PER_SYNC = 100_000;

export type ReadProgress = (sheet: string, rowsRead: number, rowsTotal: number) => void;

export type ReadOptions = { cellsPerSync?: number; onProgress?: ReadProgress; signal?: AbortSignal };

/**
 * Where a date is told from a number: the title area, rows 1–30 and columns A–IV of every sheet. The
 * engine reads dates only in titles (a year in "Underlag per 2024-04-30"), and titles lie above the
 * header, which is looked for in the first 30 rows (detectHeaderRow). office.js gives a date as its
 * serial number, and only the cell's number format says it is one; reading every cell's format would
 * double what is read, so formats are read for this area alone (at most 30 × 256 short strings per
 * sheet, in the sync of the sheet's first block), where a number in a date format becomes ISO text as
 * the command line gives it. A column that needs the same (a long-data period column) is to be added
 * here. Dates count from 1900: whether a workbook counts from 1904 (Workbook.use1904DateSystem) is
 * not in the ExcelApi 1.7 the add-in requires.
 */
export const TITLE_AREA = { rows: HEADER_SEARCH_ROWS, columns: 256 } as const;

type Area = { row: number; col: number; rows: number; cols: number };
/** `titles`: the sheet's title area is read with this block (its first) */
type Block = Area & { sheet: number; titles: boolean };

/**
 * Reads every sheet's used range (values only, as the engine's grid) in row blocks that keep each
 * request and response far under Excel's limits: a 1 048 576-row sheet is many small syncs, never one
 * large one. Cancelled through `signal` between syncs.
 */
export async function readWorkbookGrid(run: ExcelRun, options: ReadOptions = {}): Promise<WorkbookGrid> {
  let budget = options.cellsPerSync ?? CELLS_PER_SYNC;
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const used = worksheets.items.map((ws) => {
      const range = ws.getUsedRangeOrNullObject(true);
      range.load("rowIndex,columnIndex,rowCount,columnCount");
      return { ws, range };
    });
    await context.sync();
    const grids: { name: string; rows: (CellValue[] | undefined)[] }[] = used.map(({ ws }) => ({
      name: ws.name,
      rows: [],
    }));
    const titleAreas = used.map(({ range }) => (range.isNullObject ? undefined : titleArea(range)));
    const titleFormats: (unknown[][] | undefined)[] = used.map(() => undefined);
    const queue: Block[] = [];
    used.forEach(({ range }, sheet) => {
      if (range.isNullObject) return;
      const whole = {
        sheet,
        row: range.rowIndex,
        rows: range.rowCount,
        col: range.columnIndex,
        cols: range.columnCount,
        titles: titleAreas[sheet] !== undefined,
      };
      queue.push(...split(whole, budget));
    });
    const cellsOf = (b: Block): number => b.rows * b.cols + (b.titles ? cellCount(titleAreas[b.sheet]) : 0);
    const totals = used.map(({ range }) => (range.isNullObject ? 0 : range.rowCount));
    const done = used.map(() => 0);
    while (queue.length > 0) {
      options.signal?.throwIfAborted();
      const group = takeGroup(queue, budget, cellsOf);
      const ranges = group.map((b) => {
        const ws = used[b.sheet]?.ws;
        if (!ws) throw new Error(`No sheet ${b.sheet}`);
        const range = ws.getRangeByIndexes(b.row, b.col, b.rows, b.cols);
        range.load("values");
        const area = b.titles ? titleAreas[b.sheet] : undefined;
        const formats = area && ws.getRangeByIndexes(area.row, area.col, area.rows, area.cols);
        formats?.load("numberFormat");
        return { range, formats };
      });
      try {
        await context.sync();
      } catch (e) {
        // Too large after all (long texts): read the same rows again in blocks of half the size.
        const smallest = Math.min(...group.map((b) => b.cols));
        if (!isResponseTooLarge(e) || budget / 2 < smallest) throw e;
        budget = Math.floor(budget / 2);
        queue.unshift(...group.flatMap((b) => split(b, budget)));
        continue;
      }
      group.forEach((b, i) => {
        const grid = grids[b.sheet];
        const values = ranges[i]?.range.values ?? [];
        if (!grid) return;
        const formats = ranges[i]?.formats;
        if (formats) titleFormats[b.sheet] = formats.numberFormat;
        values.forEach((row, r) => {
          grid.rows[b.row + r] = padLeft(b.col, row.map(toCellValue));
        });
        done[b.sheet] = (done[b.sheet] ?? 0) + b.rows;
        options.onProgress?.(grid.name, done[b.sheet] ?? 0, totals[b.sheet] ?? 0);
      });
    }
    grids.forEach((g, sheet) => {
      const area = titleAreas[sheet];
      const formats = titleFormats[sheet];
      if (area && formats) datesAsText(g.rows, area, formats);
    });
    return { sheets: grids.map((g): SheetGrid => ({ name: g.name, rows: g.rows })) };
  });
}

/** The used range's part of the title area (TITLE_AREA); undefined when they do not meet. */
function titleArea(used: {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}): Area | undefined {
  const rows = Math.min(used.rowCount, TITLE_AREA.rows - used.rowIndex);
  const cols = Math.min(used.columnCount, TITLE_AREA.columns - used.columnIndex);
  return rows > 0 && cols > 0 ? { row: used.rowIndex, col: used.columnIndex, rows, cols } : undefined;
}

function cellCount(area: Area | undefined): number {
  return area ? area.rows * area.cols : 0;
}

/** Numbers in a date format in the title area to ISO text, as the command line reads them. */
function datesAsText(rows: (CellValue[] | undefined)[], area: Area, formats: readonly unknown[][]): void {
  formats.forEach((line, r) => {
    const row = rows[area.row + r];
    if (!row) return;
    line.forEach((format, c) => {
      const value = row[area.col + c];
      if (typeof value === "number" && typeof format === "string" && isDateFormat(format))
        row[area.col + c] = isoDateOfSerial(value, false) ?? value;
    });
  });
}

/** Blocks from the front of the queue whose cells (`cellsOf`) together fit one sync. */
function takeGroup(queue: Block[], budget: number, cellsOf: (b: Block) => number): Block[] {
  const group: Block[] = [];
  let cells = 0;
  while (queue.length > 0) {
    const next = queue[0];
    if (!next || (group.length > 0 && cells + cellsOf(next) > budget)) break;
    group.push(next);
    cells += cellsOf(next);
    queue.shift();
  }
  return group;
}

/** A block cut into blocks of at most `budget` cells (at least one row each); the first keeps `titles`. */
function split(b: Block, budget: number): Block[] {
  const perBlock = Math.max(1, Math.floor(budget / b.cols));
  const out: Block[] = [];
  for (let row = b.row; row < b.row + b.rows; row += perBlock) {
    out.push({
      ...b,
      row,
      rows: Math.min(perBlock, b.row + b.rows - row),
      titles: b.titles && row === b.row,
    });
  }
  return out;
}

function isResponseTooLarge(e: unknown): boolean {
  return typeof e === "object" && e !== null && "code" in e && e.code === "ResponsePayloadSizeLimitExceeded";
}

function padLeft(col: number, values: CellValue[]): CellValue[] {
  return col === 0 ? values : [...(new Array(col).fill(null) as CellValue[]), ...values];
}
