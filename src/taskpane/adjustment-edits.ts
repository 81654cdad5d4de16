import type { Money, Unit } from "../core/money";
import type { CellValue } from "../core/model/grid";
import { columnLetter } from "../core/model/grid";
import type { Adjustment } from "../core/read/read-adjustments";
import type { AdjustmentsSheet } from "../core/settings/settings";
import { NEW_ADJUSTMENTS_HEADER, NEW_ADJUSTMENTS_UNIT, appendAdjustment } from "../io/excel/edit-adjustments";
import { cellAmount } from "../io/excel/edit-explanations";
import { patchCells } from "./grid-patch";
import type { Analysis, ExcelPort } from "./workflow";
import { recompute } from "./workflow";

/** An adjustment as the user enters it: the amount in öre, exactly as typed in the sheet's unit. */
export type AdjustmentInput = { level: string; text: string; amount: Money };

/** The adjustments sheet the engine reads, if the workbook has one. */
export function adjustmentsSheetOf(analysis: Analysis): AdjustmentsSheet | undefined {
  return analysis.output.settings.sheets?.find((s): s is AdjustmentsSheet => s.role === "adjustments");
}

/**
 * The unit the engine reads the adjustments sheet in (its own, or the ledger's it assumed), so that the
 * form's amounts are typed and written in it; tkr for a new sheet.
 */
export function adjustmentsUnit(analysis: Analysis): Unit {
  const sheet = adjustmentsSheetOf(analysis);
  if (!sheet) return NEW_ADJUSTMENTS_UNIT;
  const read = analysis.output.sheetUnits?.find((u) => u.sheet === sheet.name);
  return read?.unit ?? sheet.unit ?? "kr";
}

/** The adjustments of the engine's result, in the order of the sheet. */
export function adjustmentsOf(analysis: Analysis): readonly Adjustment[] {
  const result: { levels: unknown; adjustments?: readonly Adjustment[] } | undefined = analysis.output.result;
  return result?.adjustments ?? [];
}

/**
 * Writes the adjustment as a new row of the adjustments sheet (creating the sheet Justeringar when
 * there is none: the user asked for it), then changes the pane's copy of the workbook the same way and
 * computes again, so that the figures follow at once.
 */
export async function addAdjustmentRow(
  port: ExcelPort,
  analysis: Analysis,
  input: AdjustmentInput,
): Promise<Analysis> {
  const sheet = adjustmentsSheetOf(analysis);
  const written = {
    level: input.level,
    text: input.text,
    amount: cellAmount(input.amount, adjustmentsUnit(analysis)),
  };
  const { layout, row } = await appendAdjustment(port.run, sheet, written);
  let grid = analysis.grid;
  if (!sheet) {
    const header = NEW_ADJUSTMENTS_HEADER.map((h, c): [string, CellValue] => [columnLetter(c), h]);
    grid = patchCells(grid, layout.name, 1, Object.fromEntries(header));
  }
  const c = layout.columns;
  grid = patchCells(grid, layout.name, row, {
    [c.level]: written.level,
    [c.text]: written.text,
    [c.amount]: written.amount,
  });
  return recompute({ ...analysis, grid }, analysis.choices, port.now());
}
