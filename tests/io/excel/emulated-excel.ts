import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellScalar, EmulatedWorkbook, Emulator } from "../../../src/emulator";
import { createEmulator, createSheet, createWorkbook, lazyCells, loadXlsx } from "../../../src/emulator";
import type { ExcelPort } from "../../../src/taskpane/workflow";
import { capabilitiesOf, excelRun } from "../../../src/io/excel/excel-run";

export const EXAMPLE = join(__dirname, "..", "..", "..", "assets", "exempel-socialnamnden-2024-04.xlsx");

export async function exampleWorkbook(): Promise<EmulatedWorkbook> {
  return loadXlsx(readFileSync(EXAMPLE));
}

/** A port over the emulator, as the pane makes it over Excel.run (excelRun); fixed clock. */
export function portFor(emulator: Emulator): ExcelPort {
  const capabilities = capabilitiesOf((n, v) => emulator.requirements.isSetSupported(n, v));
  if (!capabilities) throw new Error("the emulated Excel is too old");
  return { run: excelRun(emulator.run), capabilities, now: () => new Date(2024, 4, 13, 9, 0) };
}

export function emulated(
  workbook: EmulatedWorkbook,
  excelApi = "1.9",
): { emulator: Emulator; port: ExcelPort } {
  const emulator = createEmulator(workbook, { requirements: { ExcelApi: excelApi } });
  return { emulator, port: portFor(emulator) };
}

const LEVELS = ["Hälsa, vård och omsorg", "Individ- och familjeomsorg", "LSS"];
const ACCOUNTS = [3110, 5010, 5610, 4610, 6410];

/**
 * A ledger of `rows` data rows under a header, generated on demand (a million rows cost no memory until
 * read): level, account, budget, outcome, forecast in kronor, costs positive.
 */
export function generatedLedger(rows: number): EmulatedWorkbook {
  const header: CellScalar[] = [
    "Anslagsbindningsnivå",
    "Konto",
    "Budget 2024",
    "Utfall jan–apr 2024",
    "Prognos helår",
  ];
  const sheet = createSheet("Huvudbok", {
    cells: lazyCells(rows + 1, 5, (r, c) => {
      if (r === 0) return header[c];
      const account = ACCOUNTS[r % ACCOUNTS.length] ?? 5010;
      const sign = account < 4000 ? -1 : 1;
      switch (c) {
        case 0:
          return LEVELS[r % LEVELS.length];
        case 1:
          return account;
        case 2:
          return sign * 1200;
        case 3:
          return sign * 410.5;
        default:
          return sign * 1250;
      }
    }),
  });
  return createWorkbook([sheet]);
}
