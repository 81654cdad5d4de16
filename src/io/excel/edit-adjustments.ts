/**
 * The adjustments sheet (Justeringar) is the economists' own, like the explanations sheet: the pane
 * adds a row to it only when the user asks, below its last content, and creates it (with a header the
 * engine recognises) when the workbook has none. Text goes into cells formatted as text, so that a
 * level "010" or a text "=…" stays what was typed (excelTextCell). The office.js calls are those of
 * appendExplanation (edit-explanations.ts), one by one.
 */

import type { Unit } from "../../core/money";
import { columnIndex, columnLetter } from "../../core/model/grid";
import type { AdjustmentsSheet } from "../../core/settings/settings";
import type { ExcelRun } from "./excel-run";
import { excelTextCell } from "./excel-text";
import { chooseSheetNames } from "../../core/report/sheet-names";

/** One adjustment as written: `amount` in the sheet's own unit, exact to the öre (see cellAmount). */
export type AdjustmentRow = { level: string; text: string; amount: number };

export const NEW_ADJUSTMENTS_SHEET = "Justeringar";

/** A new adjustments sheet is in tkr, as its header says. */
export const NEW_ADJUSTMENTS_UNIT: Unit = "tkr";

/** The header row of a new adjustments sheet, in columns A–C: its name and these make it adjustments. */
export const NEW_ADJUSTMENTS_HEADER = ["Anslagsbindningsnivå", "Text", "Belopp (tkr)"] as const;

/** A cell as written: its number format first, then its value (null leaves either as it is). */
type Written = { value: string | number | null; numberFormat: string | null };

/**
 * Adds an adjustment below the sheet's last content, or on a new sheet Justeringar when `layout` is
 * undefined. The row is found by reading where the content ends (one sync); the next sync writes it.
 */
export async function appendAdjustment(
  run: ExcelRun,
  layout: AdjustmentsSheet | undefined,
  row: AdjustmentRow,
): Promise<{ layout: AdjustmentsSheet; row: number }> {
  return run(async (context) => {
    if (!layout) {
      const names = context.workbook.worksheets;
      names.load("items/name");
      await context.sync();
      const name =
        chooseSheetNames(
          [NEW_ADJUSTMENTS_SHEET],
          names.items.map((w) => w.name),
        ).get(NEW_ADJUSTMENTS_SHEET) ?? NEW_ADJUSTMENTS_SHEET;
      const ws = names.add(name);
      write(ws.getRange("A1:C1"), NEW_ADJUSTMENTS_HEADER.map(excelTextCell));
      ws.getRange("A1:C1").format.font.bold = true;
      ws.getRange("A:A").format.columnWidth = 160;
      ws.getRange("B:B").format.columnWidth = 320;
      write(ws.getRange("A2:C2"), cellsInOrder({ level: "A", text: "B", amount: "C" }, row));
      await context.sync();
      return {
        layout: {
          name,
          role: "adjustments",
          headerRow: 1,
          unit: NEW_ADJUSTMENTS_UNIT,
          columns: { level: "A", text: "B", amount: "C" },
        },
        row: 2,
      };
    }
    const ws = context.workbook.worksheets.getItem(layout.name);
    const used = ws.getUsedRange(true);
    used.load("rowIndex,rowCount");
    await context.sync();
    const next = Math.max(layout.headerRow, used.rowIndex + used.rowCount) + 1;
    const [from, to] = span(layout.columns);
    write(
      ws.getRange(`${columnLetter(from)}${next}:${columnLetter(to)}${next}`),
      cellsInOrder(layout.columns, row),
    );
    await context.sync();
    return { layout, row: next };
  });
}

/** One row of cells into `range`: the number formats, then the values (a batch runs in order). */
function write(range: Excel.Range, cells: readonly Written[]): void {
  // office.js types numberFormat as any[][]; null leaves a cell's format as it is.
  range.numberFormat = [cells.map((c) => c.numberFormat)];
  range.values = [cells.map((c) => c.value)];
}

/** The adjustment's cells in column order, from its first to its last column; those between untouched. */
function cellsInOrder(columns: AdjustmentsSheet["columns"], row: AdjustmentRow): Written[] {
  const byColumn = new Map<string, Written>([
    [columns.level, excelTextCell(row.level)],
    [columns.text, excelTextCell(row.text)],
    [columns.amount, { value: row.amount, numberFormat: null }],
  ]);
  const [from, to] = span(columns);
  const out: Written[] = [];
  for (let c = from; c <= to; c++)
    out.push(byColumn.get(columnLetter(c)) ?? { value: null, numberFormat: null });
  return out;
}

/** First and last column (0-based) of the adjustment's cells. */
function span(columns: AdjustmentsSheet["columns"]): [number, number] {
  const cols = [columns.level, columns.text, columns.amount].map((c) => columnIndex(c) ?? 0);
  return [Math.min(...cols), Math.max(...cols)];
}
