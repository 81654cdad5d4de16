/**
 * The explanations sheet is the economists' own list, shared with colleagues: these change it one row
 * at a time, and only when the user asks. Office.js has no conditional write, so a change reads the row
 * first and writes in the next sync only if it holds what the pane read (ExplanationChangedError if
 * not: a colleague edited the row, sorted the list or inserted rows above it). What remains is the time
 * between that read and the write, one round trip: a change a colleague makes to the same row in it is
 * overwritten. Text goes into cells formatted as text, so that "010" stays a level's code (excelTextCell).
 * A row about the forecast change says so in the sheet's "Avser" column, added when there is none
 * (explanation-about-column.ts).
 */

import type { Money, Unit } from "../../core/money";
import { toUnit } from "../../core/money";
import { columnIndex, columnLetter } from "../../core/model/grid";
import type { ExplanationAbout } from "../../core/read/explanation-about";
import type { ExplanationsSheet } from "../../core/settings/settings";
import type { ExcelRun } from "./excel-run";
import { ABOUT_HEADER, aboutCell, withAboutColumn } from "./explanation-about-column";
import { excelTextCell } from "./excel-text";
import type { ReadExplanation } from "./explanation-row";
import { ExplanationChangedError, sameCell } from "./explanation-row";
import { chooseSheetNames } from "../../core/report/sheet-names";

export type { ReadExplanation } from "./explanation-row";
export { EXPLANATION_CHANGED, ExplanationChangedError, readExplanation } from "./explanation-row";

/**
 * One row of the explanations sheet as the user edits it; `amount` in the sheet's own unit (see
 * cellAmount); `about` absent is the deviation.
 */
export type ExplanationRow = { level: string; text: string; amount: number; about?: ExplanationAbout };

/** Decimals that keep an amount in each unit exact to the öre. */
export const EXACT_DECIMALS: Record<Unit, number> = { kr: 2, tkr: 5, mkr: 8 };

/**
 * The amount as the explanations sheet stores it: in the sheet's unit, with every öre kept (2 100,5 tkr
 * stays 2100.5, 1,23456789 mkr stays 1.23456789), so the engine reads back the amount the user entered.
 */
export function cellAmount(amount: Money, unit: Unit): number {
  return toUnit(amount, unit, EXACT_DECIMALS[unit]).toNumber();
}

export const NEW_EXPLANATIONS_SHEET = "Förklaringar";

/** A new explanations sheet is in tkr, as its header says. */
export const NEW_EXPLANATIONS_UNIT: Unit = "tkr";

/** The header row of a new explanations sheet, in columns A–C: words the engine recognises. */
export const NEW_EXPLANATIONS_HEADER = ["Anslagsbindningsnivå", "Förklaring", "Belopp, tkr"] as const;

/** A new sheet whose first explanation is about the forecast change has the "Avser" column too, in D. */
export const NEW_ABOUT_COLUMN = "D";

/** A cell as written: its number format first (null leaves it as it is), then its value. */
type Written = { value: string | number; numberFormat: string | null };

/**
 * Adds an explanation below the sheet's last content; a new sheet (with a header row the engine
 * recognises) when there is none. The row is found by reading where the content ends, so it is empty
 * when read; the next sync writes it. `layout` is the sheet's as written: with its "Avser" column when
 * the row added one (`aboutAdded`).
 */
export async function appendExplanation(
  run: ExcelRun,
  layout: ExplanationsSheet | undefined,
  row: ExplanationRow,
): Promise<{ layout: ExplanationsSheet; row: number; aboutAdded: boolean }> {
  return run(async (context) => {
    if (!layout) {
      const names = context.workbook.worksheets;
      names.load("items/name");
      await context.sync();
      const name =
        chooseSheetNames(
          [NEW_EXPLANATIONS_SHEET],
          names.items.map((w) => w.name),
        ).get(NEW_EXPLANATIONS_SHEET) ?? NEW_EXPLANATIONS_SHEET;
      const ws = names.add(name);
      const change = row.about === "forecastChange";
      const last = change ? NEW_ABOUT_COLUMN : "C";
      const header = [...NEW_EXPLANATIONS_HEADER, ...(change ? [ABOUT_HEADER] : [])];
      write(ws.getRange(`A1:${last}1`), header.map(text));
      ws.getRange(`A1:${last}1`).format.font.bold = true;
      ws.getRange("A:A").format.columnWidth = 160;
      ws.getRange("B:B").format.columnWidth = 320;
      const columns = { level: "A", text: "B", amount: "C", ...(change ? { about: NEW_ABOUT_COLUMN } : {}) };
      const made: ExplanationsSheet = {
        name,
        role: "explanations",
        headerRow: 1,
        unit: NEW_EXPLANATIONS_UNIT,
        columns,
      };
      write(ws.getRange(`A2:${last}2`), ordered(made, row));
      await context.sync();
      return { layout: made, row: 2, aboutAdded: change };
    }
    const ws = context.workbook.worksheets.getItem(layout.name);
    const target = await withAboutColumn(context, ws, layout, row.about ?? "deviation");
    const used = ws.getUsedRange(true);
    used.load("rowIndex,rowCount");
    await context.sync();
    const next = Math.max(layout.headerRow, used.rowIndex + used.rowCount) + 1;
    write(rowRange(ws, target.layout, next), ordered(target.layout, row));
    await context.sync();
    return { layout: target.layout, row: next, aboutAdded: target.added };
  });
}

/**
 * Rewrites one explanation's cells, if the row still holds `read`; returns the sheet's layout as
 * written (with an "Avser" column the row added, `aboutAdded`).
 */
export async function updateExplanation(
  run: ExcelRun,
  layout: ExplanationsSheet,
  rowNumber: number,
  read: ReadExplanation,
  row: ExplanationRow,
): Promise<{ layout: ExplanationsSheet; aboutAdded: boolean }> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(layout.name);
    // the column first: the check below and the write stay one round trip apart
    const target = await withAboutColumn(context, sheet, layout, row.about ?? "deviation");
    const ws = await checkedRow(context, layout, rowNumber, read);
    for (const [col, cell] of columnsOf(target.layout, row)) write(ws.getRange(`${col}${rowNumber}`), [cell]);
    await context.sync();
    return { layout: target.layout, aboutAdded: target.added };
  });
}

/**
 * Clears one explanation's cells, if the row still holds `read`; the row stays (rows of a shared sheet
 * are not shifted under a colleague).
 */
export async function removeExplanation(
  run: ExcelRun,
  layout: ExplanationsSheet,
  rowNumber: number,
  read: ReadExplanation,
): Promise<void> {
  await run(async (context) => {
    const ws = await checkedRow(context, layout, rowNumber, read);
    for (const col of columnLetters(layout)) {
      ws.getRange(`${col}${rowNumber}`).clear("Contents");
    }
    await context.sync();
  });
}

/** Reads the row (one sync) and throws ExplanationChangedError unless it holds what the pane read. */
async function checkedRow(
  context: Excel.RequestContext,
  layout: ExplanationsSheet,
  rowNumber: number,
  read: ReadExplanation,
): Promise<Excel.Worksheet> {
  const ws = context.workbook.worksheets.getItem(layout.name);
  const [from] = span(layout);
  const cells = rowRange(ws, layout, rowNumber).load("values");
  await context.sync();
  const now = (letter: string): unknown => cells.values[0]?.[(columnIndex(letter) ?? 0) - from];
  const c = layout.columns;
  const same =
    sameCell(now(c.level), read.level) &&
    sameCell(now(c.text), read.text) &&
    sameCell(now(c.amount), read.amount) &&
    (c.about === undefined || sameCell(now(c.about), read.about ?? null));
  if (!same) throw new ExplanationChangedError(layout.name, rowNumber);
  return ws;
}

function text(value: string): Written {
  return excelTextCell(value);
}

function number(value: number): Written {
  return { value, numberFormat: null };
}

/** One row of cells into `range`: the number formats, then the values (a batch runs in order). */
function write(range: Excel.Range, cells: readonly Written[]): void {
  // office.js types numberFormat as any[][]; null leaves a cell's format as it is.
  range.numberFormat = [cells.map((c) => c.numberFormat)];
  range.values = [cells.map((c) => c.value)];
}

function columnsOf(layout: ExplanationsSheet, row: ExplanationRow): [string, Written][] {
  const about = aboutCell(layout, row.about ?? "deviation");
  return [
    [layout.columns.level, text(row.level)],
    [layout.columns.text, text(row.text)],
    [layout.columns.amount, number(row.amount)],
    ...(about && layout.columns.about ? [[layout.columns.about, about] as [string, Written]] : []),
  ];
}

/** The columns an explanation's cells are in: level, text, amount, and "Avser" when the sheet has it. */
function columnLetters(layout: ExplanationsSheet): string[] {
  const c = layout.columns;
  return [c.level, c.text, c.amount, ...(c.about === undefined ? [] : [c.about])];
}

/** The explanation's cells in column order, between its first and last column, for one write. */
function ordered(layout: ExplanationsSheet, row: ExplanationRow): Written[] {
  const byColumn = new Map(columnsOf(layout, row));
  const [from, to] = span(layout);
  const out: Written[] = [];
  for (let c = from; c <= to; c++)
    out.push(byColumn.get(columnLetter(c)) ?? { value: "", numberFormat: null });
  return out;
}

function rowRange(ws: Excel.Worksheet, layout: ExplanationsSheet, row: number): Excel.Range {
  const [from, to] = span(layout);
  return ws.getRange(`${columnLetter(from)}${row}:${columnLetter(to)}${row}`);
}

/** First and last column (0-based) of the explanation's cells. */
function span(layout: ExplanationsSheet): [number, number] {
  const cols = columnLetters(layout).map((c) => columnIndex(c) ?? 0);
  return [Math.min(...cols), Math.max(...cols)];
}
