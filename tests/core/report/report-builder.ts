import { columnLetter } from "../../../src/core/model/grid";
import type { EngineResult } from "../../../src/core/engine";
import { runEngine } from "../../../src/core/engine";
import type { CellValue, SheetGrid } from "../../../src/core/model/grid";
import type { ReportContext } from "../../../src/core/report/header-block";
import type { ReportCell, ReportSheet } from "../../../src/core/report/layout";
import type { SettingsOverride } from "../../../src/core/settings/validate-settings";

/** One spreadsheet row: index 0 is column A. */
export type Row = readonly CellValue[];

export const GENERATED_AT = "2024-05-13 09:00";

/** A ledger in tkr for January–April 2024: level A, account B, budget C, outcome D, forecast E. */
export const LEDGER_HEADER: Row = [
  "Anslagsbindningsnivå",
  "Konto",
  "Budget 2024",
  "Utfall jan–apr 2024",
  "Prognos helår",
];

export type Ledger = {
  /** rows under the header, amounts in tkr (costs positive unless the rows say otherwise) */
  rows: readonly Row[];
  /** [level, text, amount in tkr] under "Anslagsbindningsnivå | Förklaring | Belopp, tkr" */
  explanations?: readonly Row[];
  settings?: SettingsOverride;
  /** the title above the ledger, e.g. "Socialnämnden – underlag" */
  title?: string;
};

export function ledgerSheets(ledger: Ledger): SheetGrid[] {
  const title: Row[] = ledger.title ? [[ledger.title]] : [];
  const sheets: SheetGrid[] = [
    { name: "Underlag", rows: [...title, ["Belopp i tkr"], LEDGER_HEADER, ...ledger.rows] },
  ];
  if (ledger.explanations)
    sheets.push({
      name: "Förklaringar",
      rows: [["Anslagsbindningsnivå", "Förklaring", "Belopp, tkr"], ...ledger.explanations],
    });
  return sheets;
}

/** Runs the engine and insists on a result: a test's ledger is always readable. */
export function resultOf(ledger: Ledger): EngineResult {
  const out = runEngine({
    workbook: { sheets: ledgerSheets(ledger) },
    ...(ledger.settings ? { settings: ledger.settings } : {}),
  });
  const errors = out.issues.filter((i) => i.severity === "error");
  if (!out.result || errors.length > 0)
    throw new Error(`no result: ${out.issues.map((i) => `${i.code} ${i.message}`).join("; ")}`);
  return out.result;
}

export function contextOf(ledger: Ledger): ReportContext {
  return { result: resultOf(ledger), generatedAt: GENERATED_AT };
}

/** Swedish minus as typeset prose prints it. */
export const MINUS = "\u2212";

/** The cell at an A1 reference ("B7"), or undefined when empty. */
export function cellAt(sheet: ReportSheet, a1: string): ReportCell | undefined {
  const { row, col } = parseRef(a1);
  return sheet.rows[row - 1]?.[col];
}

/** "AB12" → 1-based row 12, zero-based column 27. */
export function parseRef(a1: string): { row: number; col: number } {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(a1);
  if (!m) throw new Error(`not a cell reference: ${a1}`);
  let col = 0;
  for (const ch of m[1] ?? "") col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col: col - 1 };
}

/** The text of a cell, or undefined when it is not a text cell. */
export function textOf(cell: ReportCell | undefined): string | undefined {
  return cell?.kind === "text" ? cell.text : undefined;
}

/** The 1-based row whose first cell is the text `label`; throws when there is none. */
export function rowOf(sheet: ReportSheet, label: string): number {
  const i = sheet.rows.findIndex((r) => textOf(r[0]) === label);
  if (i < 0) throw new Error(`no row "${label}" in ${sheet.name}`);
  return i + 1;
}

/** The labels in column A from row `from` (1-based) on, skipping empty rows. */
export function labelsFrom(sheet: ReportSheet, from: number): string[] {
  return sheet.rows
    .slice(from - 1)
    .map((r) => textOf(r[0]))
    .filter((t): t is string => t !== undefined);
}

/** A formula cell at `a1`; throws when the cell holds anything else. */
export function formulaAt(
  sheet: ReportSheet,
  a1: string,
): { formula: string; value: number; format: string } {
  const cell = cellAt(sheet, a1);
  if (cell?.kind !== "formula")
    throw new Error(`${sheet.name}!${a1} is not a formula: ${JSON.stringify(cell)}`);
  return cell;
}

/** The number a cell shows: a number's or formula's cached value; throws for anything else. */
export function valueAt(sheet: ReportSheet, a1: string): number {
  const cell = cellAt(sheet, a1);
  if (cell?.kind === "number" || cell?.kind === "formula") return cell.value;
  throw new Error(`${sheet.name}!${a1} holds no number: ${JSON.stringify(cell)}`);
}

/** Every formula cell of a sheet with its A1 reference. */
export function formulaCells(sheet: ReportSheet): { a1: string; formula: string; value: number }[] {
  const found: { a1: string; formula: string; value: number }[] = [];
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell?.kind === "formula")
        found.push({ a1: `${columnName(c)}${r + 1}`, formula: cell.formula, value: cell.value });
    }),
  );
  return found;
}

/** Zero-based column to its letters: the engine's own conversion. */
export const columnName = columnLetter;
