/**
 * Where a sheet keeps its cells. Sparse by default; `lazyCells` generates a big sheet on demand so a
 * test can read a 1,048,576-row sheet without building millions of objects first.
 */
import type { CellBlock, EmulatedCell } from "./model";

export interface CellStore {
  get(row: number, column: number): EmulatedCell | undefined;
  /** Undefined removes the cell. */
  set(row: number, column: number, cell: EmulatedCell | undefined): void;
  /** Every non-empty cell, row by row is not promised. */
  forEach(visit: (cell: EmulatedCell, row: number, column: number) => void): void;
  /** The smallest block holding every cell `keep` accepts; undefined when there is none. */
  bounds(keep: (cell: EmulatedCell) => boolean): CellBlock | undefined;
}

/** Column count of the grid; a key is row * WIDTH + column and stays far below 2^53. */
const WIDTH = 16_384;

export class SparseCellStore implements CellStore {
  private readonly cells = new Map<number, EmulatedCell>();

  get(row: number, column: number): EmulatedCell | undefined {
    return this.cells.get(row * WIDTH + column);
  }

  set(row: number, column: number, cell: EmulatedCell | undefined): void {
    if (cell === undefined) this.cells.delete(row * WIDTH + column);
    else this.cells.set(row * WIDTH + column, cell);
  }

  forEach(visit: (cell: EmulatedCell, row: number, column: number) => void): void {
    for (const [key, cell] of this.cells) visit(cell, Math.floor(key / WIDTH), key % WIDTH);
  }

  bounds(keep: (cell: EmulatedCell) => boolean): CellBlock | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    this.forEach((cell, row, column) => {
      if (!keep(cell)) return;
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, column);
      right = Math.max(right, column);
    });
    if (bottom < 0) return undefined;
    return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }
}

/**
 * A block of `rowCount` × `columnCount` cells from A1 whose values come from `valueAt`, computed when
 * read; writes go to an overlay. Only what is read is ever built.
 */
export function lazyCells(
  rowCount: number,
  columnCount: number,
  valueAt: (row: number, column: number) => EmulatedCell["value"],
): CellStore {
  const overlay = new SparseCellStore();
  // Cells written and then cleared must stay cleared, not fall back to the generator.
  const cleared = new Set<number>();
  const inside = (row: number, column: number): boolean => row < rowCount && column < columnCount;
  return {
    get(row, column) {
      const own = overlay.get(row, column);
      if (own !== undefined || !inside(row, column) || cleared.has(row * WIDTH + column)) return own;
      const value = valueAt(row, column);
      return value === undefined ? undefined : { value };
    },
    set(row, column, cell) {
      overlay.set(row, column, cell);
      if (cell === undefined && inside(row, column)) cleared.add(row * WIDTH + column);
      else cleared.delete(row * WIDTH + column);
    },
    forEach(visit) {
      for (let row = 0; row < rowCount; row++)
        for (let column = 0; column < columnCount; column++) {
          const cell = this.get(row, column);
          if (cell !== undefined && overlay.get(row, column) === undefined) visit(cell, row, column);
        }
      overlay.forEach(visit);
    },
    bounds(keep) {
      // The generated block is taken as full (the generator is meant for filled sheets): scanning a
      // million rows to find its edges would defeat the laziness.
      const own = overlay.bounds(keep);
      if (rowCount === 0 || columnCount === 0) return own;
      if (own === undefined) return { row: 0, column: 0, rowCount, columnCount };
      const bottom = Math.max(rowCount, own.row + own.rowCount);
      const right = Math.max(columnCount, own.column + own.columnCount);
      return { row: 0, column: 0, rowCount: bottom, columnCount: right };
    },
  };
}
