import type { CellValue, SheetGrid, WorkbookGrid } from "../core/model/grid";
import { columnIndex } from "../core/model/grid";

/**
 * The pane's copy of the workbook, changed the way the pane just changed Excel — so an edited
 * explanation shows at once without reading a large workbook again.
 */
export function patchCells(
  grid: WorkbookGrid,
  sheet: string,
  row: number,
  cells: Record<string, CellValue>,
): WorkbookGrid {
  const exists = grid.sheets.some((s) => s.name === sheet);
  const sheets: SheetGrid[] = exists ? [...grid.sheets] : [...grid.sheets, { name: sheet, rows: [] }];
  return {
    sheets: sheets.map((s) => {
      if (s.name !== sheet) return s;
      const rows = [...s.rows];
      const values = [...(rows[row - 1] ?? [])];
      for (const [letter, value] of Object.entries(cells)) {
        const c = columnIndex(letter);
        if (c === undefined) continue;
        while (values.length < c) values.push(null);
        values[c] = value;
      }
      rows[row - 1] = values;
      return { name: s.name, rows };
    }),
  };
}

/** "C12" → 12 */
export function rowOfCell(cell: string): number {
  return Number(/\d+$/.exec(cell)?.[0] ?? "0");
}
