import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CellValue, SheetGrid } from "../../src/core/model/grid";
import { workbookToGrid } from "../../src/io/xlsx/read-workbook";

export type SheetSpec = { name: string; rows: (ExcelJS.CellValue | undefined)[][] };

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "budgetrapport-test-"));
}

/** Writes a real .xlsx with exceljs from rows of values. */
export async function writeWorkbook(path: string, sheets: readonly SheetSpec[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== undefined) ws.getCell(r + 1, c + 1).value = value;
      }),
    );
  }
  await wb.xlsx.writeFile(path);
}

export async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

export function gridOf(wb: ExcelJS.Workbook, sheet: string): SheetGrid {
  const found = workbookToGrid(wb).sheets.find((s) => s.name === sheet);
  if (!found) throw new Error(`no sheet ${sheet}`);
  return found;
}

export function valueAt(grid: SheetGrid, a1: string): CellValue {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m?.[1] || !m[2]) throw new Error(a1);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return grid.rows[Number(m[2]) - 1]?.[col] ?? null;
}

/** A captured console for calling the command line in-process. */
export function captureConsole(): {
  log: (l: string) => void;
  err: (l: string) => void;
  out: string[];
  errors: string[];
} {
  const out: string[] = [];
  const errors: string[] = [];
  return { log: (l) => out.push(l), err: (l) => errors.push(l), out, errors };
}

/** A small ledger the tests change one cell at a time. */
export function smallLedger(): SheetSpec {
  return {
    name: "Underlag",
    rows: [
      ["Kultur- och fritidsnämnden – uppföljning april 2024"],
      ["Belopp i kronor"],
      [],
      [
        "Anslagsbindningsnivå",
        "Konto",
        "Kontonamn",
        "Budget 2024",
        "Budget jan–apr 2024",
        "Utfall jan–apr 2024",
        "Prognos helår",
      ],
      ["Kultur", 3110, "Avgifter", -120000, -40000, -45000, -130000],
      ["Kultur", 5010, "Löner", 1200000, 400000, 410000, 1220000],
      ["Fritid", 5010, "Löner", 600000, 200000, 190000, 590000],
      ["Fritid", 4610, "Köp av huvudverksamhet", 300000, 100000, 120000, 330000],
    ],
  };
}
