/**
 * The explanations sheet is the economists' own list, shared with colleagues: these change it one row
 * at a time, and only when the user asks. Office.js has no conditional write, so a change reads the row
 * first and writes in the next sync only if it holds what the pane read (ExplanationChangedError if
 * not: a colleague edited the row, sorted the list or inserted rows above it). What remains is the time
 * between that read and the write, one round trip: a change a colleague makes to the same row in it is
 * overwritten. Text goes into cells formatted as text, so that "010" stays a level's code (excelTextCell).
 */

import type { Money, Unit } from "../../core/money";
import { toUnit } from "../../core/money";
import { columnIndex, columnLetter } from "../../core/model/grid";
import type { ExplanationsSheet } from "../../core/settings/settings";
import type { ExcelRun } from "./excel-run";
import { excelTextCell } from "./excel-text";
import type { ReadExplanation } from "./explanation-row";
import { ExplanationChangedError, sameCell } from "./explanation-row";

export type { ReadExplanation } from "./explanation-row";
export { EXPLANATION_CHANGED, ExplanationChangedError, readExplanation } from "./explanation-row";

/** One row of the explanations sheet as the user edits it; `amount` in the sheet's own unit (see cellAmount). */
export type ExplanationRow = { level: string; text: string; amount: number };

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

/** A cell as written: its number format first (null leaves it as it is), then its value. */
type Written = { value: string | number; numberFormat: string | null };

/**
 * Adds an explanation below the sheet's last content; a new sheet (with a header row the engine
 * recognises) when there is none. The row is found by reading where the content ends, so it is empty
 * when read; the next sync writes it.
 */
export async function appendExplanation(
  run: ExcelRun,
  layout: ExplanationsSheet | undefined,
  row: ExplanationRow,
): Promise<{ layout: ExplanationsSheet; row: number }> {
  return run(async (context) => {
    if (!layout) {
      const names = context.workbook.worksheets;
      names.load("items/name");
      await context.sync();
      const name = freeName(names.items.map((w) => w.name));
      const ws = names.add(name);
      write(ws.getRange("A1:C1"), NEW_EXPLANATIONS_HEADER.map(text));
      ws.getRange("A1:C1").format.font.bold = true;
      ws.getRange("A:A").format.columnWidth = 160;
      ws.getRange("B:B").format.columnWidth = 320;
      write(ws.getRange("A2:C2"), [text(row.level), text(row.text), number(row.amount)]);
      await context.sync();
      return {
        layout: {
          name,
          role: "explanations",
          headerRow: 1,
          unit: NEW_EXPLANATIONS_UNIT,
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
    write(rowRange(ws, layout, next), ordered(layout, row));
    await context.sync();
    return { layout, row: next };
  });
}

/** Rewrites one explanation's three cells, if the row still holds `read`. */
export async function updateExplanation(
  run: ExcelRun,
  layout: ExplanationsSheet,
  rowNumber: number,
  read: ReadExplanation,
  row: ExplanationRow,
): Promise<void> {
  await run(async (context) => {
    const ws = await checkedRow(context, layout, rowNumber, read);
    for (const [col, cell] of columnsOf(layout, row)) write(ws.getRange(`${col}${rowNumber}`), [cell]);
    await context.sync();
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
    for (const col of [layout.columns.level, layout.columns.text, layout.columns.amount]) {
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
    sameCell(now(c.amount), read.amount);
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
  return [
    [layout.columns.level, text(row.level)],
    [layout.columns.text, text(row.text)],
    [layout.columns.amount, number(row.amount)],
  ];
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
  const cols = [layout.columns.level, layout.columns.text, layout.columns.amount].map(
    (c) => columnIndex(c) ?? 0,
  );
  return [Math.min(...cols), Math.max(...cols)];
}

function freeName(existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  let name = NEW_EXPLANATIONS_SHEET;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${NEW_EXPLANATIONS_SHEET} (${i})`;
  return name;
}
