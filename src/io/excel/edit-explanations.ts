import type { Money, Unit } from "../../core/money";
import { toUnit } from "../../core/money";
import { columnIndex, columnLetter } from "../../core/model/grid";
import type { ExplanationsSheet } from "../../core/settings/settings";
import type { ExcelRun } from "./excel-run";
import { asExcelText } from "./excel-text";

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

/**
 * The explanations sheet is the economists' own list: these change it one row at a time, and only when
 * the user asks. A new sheet is made (with a header row the engine recognises) when there is none.
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
      ws.getRange("A1:C1").values = [[...NEW_EXPLANATIONS_HEADER]];
      ws.getRange("A1:C1").format.font.bold = true;
      ws.getRange("A:A").format.columnWidth = 160;
      ws.getRange("B:B").format.columnWidth = 320;
      ws.getRange("A2:C2").values = [cells(row)];
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
    rowRange(ws, layout, next).values = [ordered(layout, row)];
    await context.sync();
    return { layout, row: next };
  });
}

/** Rewrites one explanation's three cells. */
export async function updateExplanation(
  run: ExcelRun,
  layout: ExplanationsSheet,
  rowNumber: number,
  row: ExplanationRow,
): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(layout.name);
    for (const [col, value] of columnsOf(layout, row)) ws.getRange(`${col}${rowNumber}`).values = [[value]];
    await context.sync();
  });
}

/** Clears one explanation's cells; the row stays (rows of a shared sheet are not shifted under a colleague). */
export async function removeExplanation(
  run: ExcelRun,
  layout: ExplanationsSheet,
  rowNumber: number,
): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(layout.name);
    for (const col of [layout.columns.level, layout.columns.text, layout.columns.amount]) {
      ws.getRange(`${col}${rowNumber}`).clear("Contents");
    }
    await context.sync();
  });
}

function cells(row: ExplanationRow): (string | number)[] {
  return [asExcelText(row.level), asExcelText(row.text), row.amount];
}

function columnsOf(layout: ExplanationsSheet, row: ExplanationRow): [string, string | number][] {
  const [level, text, amount] = cells(row);
  return [
    [layout.columns.level, level ?? ""],
    [layout.columns.text, text ?? ""],
    [layout.columns.amount, amount ?? 0],
  ];
}

/** The explanation's cells in column order, between its first and last column, for one write. */
function ordered(layout: ExplanationsSheet, row: ExplanationRow): (string | number)[] {
  const byColumn = new Map(columnsOf(layout, row));
  const [from, to] = span(layout);
  const out: (string | number)[] = [];
  for (let c = from; c <= to; c++) out.push(byColumn.get(columnLetter(c)) ?? "");
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
