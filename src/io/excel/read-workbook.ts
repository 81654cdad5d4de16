import type { CellValue, SheetGrid, WorkbookGrid } from "../../core/model/grid";
import type { Area } from "./cell-errors";
import { engineValue, errorCells, typeAreas } from "./cell-errors";
import type { ExcelRun } from "./excel-run";
import type { Block } from "./read-blocks";
import {
  cellCount,
  datesAsText,
  isResponseTooLarge,
  split,
  splitRows,
  takeGroup,
  titleArea,
} from "./read-blocks";

export { TITLE_AREA } from "./read-blocks";

/**
 * Cells read per sync. Excel on the web refuses a response over 5 MB; at the ~20 bytes a typical cell
 * takes as JSON, 100 000 cells stay near 2 MB. A block that still comes back too large (long texts) is
 * halved and read again.
 */
export const CELLS_PER_SYNC = 100_000;

export type ReadProgress = (sheet: string, rowsRead: number, rowsTotal: number) => void;

export type ReadOptions = { cellsPerSync?: number; onProgress?: ReadProgress; signal?: AbortSignal };

/**
 * Where the rows go as they are read, so that a caller need not hold the whole workbook: the grid in
 * this thread (readWorkbookGrid), or the engine's worker, block by block.
 */
export type RowSink = {
  /** The workbook's sheets, in order, before any row. */
  sheets(names: readonly string[]): void;
  /** Rows of `sheet` from the zero-based `firstRow` on, final; each sheet's come in order. */
  rows(sheet: number, firstRow: number, rows: CellValue[][]): void;
};

/** Reads every sheet into the engine's grid, here (see readWorkbook). */
export async function readWorkbookGrid(run: ExcelRun, options: ReadOptions = {}): Promise<WorkbookGrid> {
  const grids: { name: string; rows: (CellValue[] | undefined)[] }[] = [];
  await readWorkbook(
    run,
    {
      sheets: (names) => names.forEach((name) => grids.push({ name, rows: [] })),
      rows: (sheet, firstRow, rows) => {
        const grid = grids[sheet];
        if (grid) rows.forEach((row, i) => (grid.rows[firstRow + i] = row));
      },
    },
    options,
  );
  return { sheets: grids.map((g): SheetGrid => ({ name: g.name, rows: g.rows })) };
}

/** A block whose values came, waiting for the valueTypes of its candidates (cell-errors.ts). */
type Read = { block: Block; values: unknown[][]; waiting: number; errors: number[][] };
/** valueTypes to read over `area` for the block `read`. */
type TypeLoad = Area & { read: Read };

/**
 * Reads every sheet's used range (values only, as the engine's grid) in row blocks that keep each
 * request and response far under Excel's limits: a 1 048 576-row sheet is many small syncs, never one
 * large one. Errors are told by valueTypes where a value may be one; those types ride in the next
 * block's sync, so a sheet with no text starting with "#" takes no extra sync, and one with such texts
 * at most one more. Cancelled through `signal` between syncs.
 */
export async function readWorkbook(run: ExcelRun, sink: RowSink, options: ReadOptions = {}): Promise<void> {
  let budget = options.cellsPerSync ?? CELLS_PER_SYNC;
  await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const used = worksheets.items.map((ws) => {
      const range = ws.getUsedRangeOrNullObject(true);
      range.load("rowIndex,columnIndex,rowCount,columnCount");
      return { ws, range };
    });
    await context.sync();
    const names = used.map(({ ws }) => ws.name);
    sink.sheets(names);
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
    const sheetOf = (i: number): Excel.Worksheet => {
      const ws = used[i]?.ws;
      if (!ws) throw new Error(`No sheet ${i}`);
      return ws;
    };
    // Blocks read, in the order read: given to the sink from the front as soon as their types are known.
    const reads: Read[] = [];
    const typeQueue: TypeLoad[] = [];
    const emit = (): void => {
      while (reads[0] && reads[0].waiting === 0) {
        const { block, values, errors } = reads.shift() as Read;
        const rows = toRows(block, values, errors);
        const area = titleAreas[block.sheet];
        const formats = titleFormats[block.sheet];
        if (area && formats) datesAsText(rows, block.row, area, formats);
        sink.rows(block.sheet, block.row, rows);
        done[block.sheet] = (done[block.sheet] ?? 0) + block.rows;
        options.onProgress?.(names[block.sheet] ?? "", done[block.sheet] ?? 0, totals[block.sheet] ?? 0);
      }
    };
    while (queue.length > 0 || typeQueue.length > 0) {
      options.signal?.throwIfAborted();
      // The types of blocks already read first, then as many new blocks as the budget allows.
      const types = takeGroup(typeQueue, budget, cellCount);
      const group = takeGroup(queue, budget, cellsOf);
      const ranges = group.map((b) => {
        const ws = sheetOf(b.sheet);
        const range = ws.getRangeByIndexes(b.row, b.col, b.rows, b.cols);
        range.load("values");
        const area = b.titles ? titleAreas[b.sheet] : undefined;
        const formats = area && ws.getRangeByIndexes(area.row, area.col, area.rows, area.cols);
        formats?.load("numberFormat");
        return { range, formats };
      });
      const typeRanges = types.map((t) => {
        const range = sheetOf(t.read.block.sheet).getRangeByIndexes(t.row, t.col, t.rows, t.cols);
        return range.load("valueTypes");
      });
      try {
        await context.sync();
      } catch (e) {
        // Too large after all (long texts): read the same again in parts of half the size.
        const smallest = Math.min(...group.map((b) => b.cols), ...types.map((t) => t.cols));
        if (!isResponseTooLarge(e) || budget / 2 < smallest) throw e;
        budget = Math.floor(budget / 2);
        queue.unshift(...group.flatMap((b) => split(b, budget)));
        const parts = types.flatMap((t) => splitRows(t, budget));
        parts.forEach((p) => (p.read.waiting += 1));
        types.forEach((t) => (t.read.waiting -= 1));
        typeQueue.unshift(...parts);
        continue;
      }
      types.forEach((t, i) => {
        t.read.errors.push(...errorCells(t.read.block, t, typeRanges[i]?.valueTypes ?? []));
        t.read.waiting -= 1;
      });
      group.forEach((block, i) => {
        const values = (ranges[i]?.range.values ?? []) as unknown[][];
        const formats = ranges[i]?.formats;
        if (formats) titleFormats[block.sheet] = formats.numberFormat;
        const areas = typeAreas(block, values) ?? [];
        const read: Read = { block, values, waiting: areas.length, errors: [] };
        reads.push(read);
        typeQueue.push(...areas.map((a) => ({ ...a, read })));
      });
      emit();
    }
  });
}

/** A block's values as the engine's rows: padded on the left to column A, errors where types said. */
function toRows(block: Block, values: readonly (readonly unknown[])[], errors: number[][]): CellValue[][] {
  const isError = new Set(errors.map(([r, c]) => (r ?? 0) * block.cols + (c ?? 0)));
  const pad = block.col === 0 ? undefined : (new Array(block.col).fill(null) as CellValue[]);
  return values.map((row, r) => {
    const cells =
      isError.size === 0
        ? row.map((v) => engineValue(v, false))
        : row.map((v, c) => engineValue(v, isError.has(r * block.cols + c)));
    return pad ? [...pad, ...cells] : cells;
  });
}
