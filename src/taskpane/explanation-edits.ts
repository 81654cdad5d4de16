import type { Money, Unit } from "../core/money";
import type { CellValue } from "../core/model/grid";
import { columnLetter } from "../core/model/grid";
import type { ExplanationAbout } from "../core/read/explanation-about";
import { ABOUT_WORDS } from "../core/read/explanation-about";
import type { Explanation } from "../core/read/read-explanations";
import type { ExplanationsSheet } from "../core/settings/settings";
import type { SettingsOverride } from "../core/settings/validate-settings";
import { ABOUT_HEADER } from "../io/excel/explanation-about-column";
import {
  NEW_EXPLANATIONS_HEADER,
  NEW_EXPLANATIONS_UNIT,
  appendExplanation,
  cellAmount,
  readExplanation,
  removeExplanation,
  updateExplanation,
} from "../io/excel/edit-explanations";
import { patchCells, rowOfCell } from "./grid-patch";
import type { Analysis, ExcelPort } from "./workflow";
import { recompute } from "./workflow";

/**
 * An explanation as the user enters it: the amount in öre, exactly as typed in the sheet's unit; what
 * it explains, the deviation when absent.
 */
export type ExplanationInput = { level: string; text: string; amount: Money; about?: ExplanationAbout };

/** The explanations sheet the engine reads, if the workbook has one. */
export function explanationsSheetOf(analysis: Analysis): ExplanationsSheet | undefined {
  return analysis.output.settings.sheets?.find((s): s is ExplanationsSheet => s.role === "explanations");
}

/**
 * The unit the engine reads the explanations sheet in, so the form's amounts are typed and written in
 * it: the one the engine says it used (the sheet's own, or the ledger's it assumed); tkr for a new sheet.
 */
export function explanationsUnit(analysis: Analysis): Unit {
  const sheet = explanationsSheetOf(analysis);
  if (!sheet) return NEW_EXPLANATIONS_UNIT;
  const read = analysis.output.sheetUnits?.find((u) => u.sheet === sheet.name);
  return read?.unit ?? sheet.unit ?? "kr";
}

/**
 * Each edit writes one row of the explanations sheet, then changes the pane's copy of the workbook the
 * same way and computes again, so the figures follow at once without reading a large workbook again.
 */
export async function addExplanationRow(
  port: ExcelPort,
  analysis: Analysis,
  input: ExplanationInput,
): Promise<Analysis> {
  const sheet = explanationsSheetOf(analysis);
  const amount = cellAmount(input.amount, explanationsUnit(analysis));
  const written = { level: input.level, text: input.text, amount, about: input.about ?? "deviation" };
  const { layout, row, aboutAdded } = await appendExplanation(port.run, sheet, written);
  let grid = analysis.grid;
  if (!sheet) {
    const header = NEW_EXPLANATIONS_HEADER.map((h, c): [string, CellValue] => [columnLetter(c), h]);
    grid = patchCells(grid, layout.name, 1, Object.fromEntries(header));
  }
  if (aboutAdded) grid = patchCells(grid, layout.name, layout.headerRow, aboutHeader(layout));
  grid = patchCells(grid, layout.name, row, cellsOf(layout, written));
  const choices = aboutAdded ? withAboutColumn(analysis.choices, layout) : analysis.choices;
  return recompute({ ...analysis, grid }, choices, port.now());
}

export async function changeExplanationRow(
  port: ExcelPort,
  analysis: Analysis,
  explanation: Explanation,
  input: ExplanationInput,
): Promise<Analysis> {
  const sheet = explanationsSheetOf(analysis);
  if (!sheet) return analysis;
  const row = rowOfCell(explanation.cell);
  const written = {
    level: input.level,
    text: input.text,
    amount: cellAmount(input.amount, explanationsUnit(analysis)),
    about: input.about ?? "deviation",
  };
  // Written only if the row still holds what the pane read (a colleague may have changed it).
  const read = readExplanation(analysis.grid, sheet, row);
  const { layout, aboutAdded } = await updateExplanation(port.run, sheet, row, read, written);
  if (!aboutAdded) return patched(port, analysis, sheet, row, cellsOf(sheet, written));
  const grid = patchCells(analysis.grid, sheet.name, sheet.headerRow, aboutHeader(layout));
  const withColumn = { ...analysis, grid, choices: withAboutColumn(analysis.choices, layout) };
  return patched(port, withColumn, layout, row, cellsOf(layout, written));
}

export async function removeExplanationRow(
  port: ExcelPort,
  analysis: Analysis,
  explanation: Explanation,
): Promise<Analysis> {
  const sheet = explanationsSheetOf(analysis);
  if (!sheet) return analysis;
  const row = rowOfCell(explanation.cell);
  await removeExplanation(port.run, sheet, row, readExplanation(analysis.grid, sheet, row));
  const c = sheet.columns;
  const cleared = { [c.level]: null, [c.text]: null, [c.amount]: null };
  return patched(port, analysis, sheet, row, c.about ? { ...cleared, [c.about]: null } : cleared);
}

function cellsOf(
  sheet: ExplanationsSheet,
  row: { level: string; text: string; amount: number; about: ExplanationAbout },
): Record<string, CellValue> {
  const c = sheet.columns;
  const cells: Record<string, CellValue> = {
    [c.level]: row.level,
    [c.text]: row.text,
    [c.amount]: row.amount,
  };
  // as edit-explanations writes it: "Avvikelse" only where the sheet has the column
  if (c.about) cells[c.about] = ABOUT_WORDS[row.about];
  return cells;
}

function aboutHeader(layout: ExplanationsSheet): Record<string, CellValue> {
  return layout.columns.about ? { [layout.columns.about]: ABOUT_HEADER } : {};
}

/**
 * A sheet the user's choices set out column by column learns the "Avser" column the edit added: the
 * engine would otherwise go on reading the choices' columns and miss it.
 */
function withAboutColumn(choices: SettingsOverride, layout: ExplanationsSheet): SettingsOverride {
  const about = layout.columns.about;
  if (!about || !choices.sheets) return choices;
  return {
    ...choices,
    sheets: choices.sheets.map((s) =>
      s.name === layout.name && s.role === "explanations" ? { ...s, columns: { ...s.columns, about } } : s,
    ),
  };
}

function patched(
  port: ExcelPort,
  analysis: Analysis,
  sheet: ExplanationsSheet,
  row: number,
  cells: Record<string, CellValue>,
): Promise<Analysis> {
  const grid = patchCells(analysis.grid, sheet.name, row, cells);
  return recompute({ ...analysis, grid }, analysis.choices, port.now());
}
