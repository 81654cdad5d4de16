import type { CellValue, SheetGrid, WorkbookGrid } from "../../core/model/grid";
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

type Block = { sheet: number; row: number; rows: number; col: number; cols: number };

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
    const queue: Block[] = [];
    used.forEach(({ range }, sheet) => {
      if (range.isNullObject) return;
      const whole = {
        sheet,
        row: range.rowIndex,
        rows: range.rowCount,
        col: range.columnIndex,
        cols: range.columnCount,
      };
      queue.push(...split(whole, budget));
    });
    const totals = used.map(({ range }) => (range.isNullObject ? 0 : range.rowCount));
    const done = used.map(() => 0);
    while (queue.length > 0) {
      options.signal?.throwIfAborted();
      const group = takeGroup(queue, budget);
      const ranges = group.map((b) => {
        const ws = used[b.sheet]?.ws;
        if (!ws) throw new Error(`No sheet ${b.sheet}`);
        const range = ws.getRangeByIndexes(b.row, b.col, b.rows, b.cols);
        range.load("values");
        return range;
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
        const values = ranges[i]?.values ?? [];
        if (!grid) return;
        values.forEach((row, r) => {
          grid.rows[b.row + r] = padLeft(b.col, row.map(toCellValue));
        });
        done[b.sheet] = (done[b.sheet] ?? 0) + b.rows;
        options.onProgress?.(grid.name, done[b.sheet] ?? 0, totals[b.sheet] ?? 0);
      });
    }
    return { sheets: grids.map((g): SheetGrid => ({ name: g.name, rows: g.rows })) };
  });
}

/** Blocks from the front of the queue whose cells together fit one sync. */
function takeGroup(queue: Block[], budget: number): Block[] {
  const group: Block[] = [];
  let cells = 0;
  while (queue.length > 0) {
    const next = queue[0];
    if (!next || (group.length > 0 && cells + next.rows * next.cols > budget)) break;
    group.push(next);
    cells += next.rows * next.cols;
    queue.shift();
  }
  return group;
}

/** A block cut into blocks of at most `budget` cells (at least one row each). */
function split(b: Block, budget: number): Block[] {
  const perBlock = Math.max(1, Math.floor(budget / b.cols));
  const out: Block[] = [];
  for (let row = b.row; row < b.row + b.rows; row += perBlock) {
    out.push({ ...b, row, rows: Math.min(perBlock, b.row + b.rows - row) });
  }
  return out;
}

function isResponseTooLarge(e: unknown): boolean {
  return typeof e === "object" && e !== null && "code" in e && e.code === "ResponsePayloadSizeLimitExceeded";
}

function padLeft(col: number, values: CellValue[]): CellValue[] {
  return col === 0 ? values : [...(new Array(col).fill(null) as CellValue[]), ...values];
}
