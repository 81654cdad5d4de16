import type { CellValue, WorkbookGrid } from "../../core/model/grid";
import { columnIndex, isCellError } from "../../core/model/grid";
import type { ExplanationsSheet } from "../../core/settings/settings";

/**
 * The cells of one explanation row as the pane last read them: what an edit expects to find there;
 * `about` where the sheet has an "Avser" column.
 */
export type ReadExplanation = { level: CellValue; text: CellValue; amount: CellValue; about?: CellValue };

/** The row's cells in the pane's copy of the workbook. */
export function readExplanation(grid: WorkbookGrid, layout: ExplanationsSheet, row: number): ReadExplanation {
  const cells = grid.sheets.find((s) => s.name === layout.name)?.rows[row - 1];
  const at = (letter: string): CellValue => cells?.[columnIndex(letter) ?? -1] ?? null;
  return {
    level: at(layout.columns.level),
    text: at(layout.columns.text),
    amount: at(layout.columns.amount),
    ...(layout.columns.about === undefined ? {} : { about: at(layout.columns.about) }),
  };
}

/** The error code a conflict carries; the pane says it in Swedish (texts.ts, officeErrorText). */
export const EXPLANATION_CHANGED = "ExplanationChanged";

/**
 * The row is no longer what the pane read: a colleague edited it, or sorted the list or inserted rows
 * above it, since the pane read the workbook. Nothing was written.
 */
export class ExplanationChangedError extends Error {
  readonly code = EXPLANATION_CHANGED;
  constructor(
    readonly sheet: string,
    readonly row: number,
  ) {
    super(`Row ${row} of ${sheet} is not the explanation the pane read: it was not changed.`);
    this.name = "ExplanationChangedError";
  }
}

/**
 * Whether a cell as Excel now gives it (Range.values: "" when empty, an error as its text) holds what
 * the pane read (the engine's cell value: null when empty, an error as { error }).
 */
export function sameCell(now: unknown, read: CellValue): boolean {
  const plain = (v: unknown): unknown => {
    if (v === null || v === undefined) return "";
    if (isCellError(v as CellValue)) return (v as { error: string }).error;
    return v;
  };
  return plain(now) === plain(read);
}
