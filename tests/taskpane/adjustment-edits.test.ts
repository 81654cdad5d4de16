import type { CellScalar, EmulatedSheet } from "../../src/emulator";
import { createSheet, createWorkbook, formulaCells, snapshot } from "../../src/emulator";
import { readAdjustments } from "../../src/core/read/read-adjustments";
import { NEW_ADJUSTMENTS_HEADER } from "../../src/io/excel/edit-adjustments";
import { addAdjustmentRow, adjustmentsSheetOf, adjustmentsUnit } from "../../src/taskpane/adjustment-edits";
import { parseAmountInput } from "../../src/taskpane/amount-input";
import type { Analysis } from "../../src/taskpane/workflow";
import { analyseWorkbook } from "../../src/taskpane/workflow";
import { emulated, exampleWorkbook } from "../io/excel/emulated-excel";

function sheetOf(name: string, rows: CellScalar[][]): EmulatedSheet {
  const sheet = createSheet(name);
  rows.forEach((row, r) => row.forEach((value, c) => sheet.cells.set(r, c, { value })));
  return sheet;
}

/** What the engine reads from the adjustments sheet of the pane's copy of the workbook. */
function adjustmentsRead(analysis: Analysis) {
  const layout = adjustmentsSheetOf(analysis);
  const grid = analysis.grid.sheets.find((s) => s.name === layout?.name);
  if (!layout || !grid) throw new Error("no adjustments sheet");
  const levels = analysis.output.result?.levels.map((l) => l.name) ?? [];
  return readAdjustments(grid, layout, adjustmentsUnit(analysis), levels);
}

const amountOf = (typed: string, unit: "kr" | "tkr" | "mkr") => {
  const entry = parseAmountInput(typed, unit);
  if (!entry.ok) throw new Error(entry.problem);
  return entry.amount;
};

describe("the pane adds an adjustment to the Justeringar sheet when the user asks", () => {
  it("the first one creates the sheet, with a header the engine reads as adjustments in tkr", async () => {
    const { emulator, port } = emulated(await exampleWorkbook());
    const analysis = await analyseWorkbook(port);
    expect(adjustmentsSheetOf(analysis)).toBeUndefined();
    expect(adjustmentsUnit(analysis)).toBe("tkr");
    const explanationsBefore = analysis.output.result?.explanations.length;

    const added = await addAdjustmentRow(port, analysis, {
      level: "LSS",
      text: "Upplupen semesterlöneskuld",
      amount: amountOf("-150,5", "tkr"),
    });
    expect(snapshot(emulator.workbook, "Justeringar")).toEqual([
      [...NEW_ADJUSTMENTS_HEADER],
      ["LSS", "Upplupen semesterlöneskuld", -150.5],
    ]);
    // the pane's copy and a fresh reading of the workbook agree: an adjustments sheet, in tkr
    for (const a of [added, await analyseWorkbook(port)]) {
      expect(adjustmentsSheetOf(a)).toEqual({
        name: "Justeringar",
        role: "adjustments",
        headerRow: 1,
        unit: "tkr",
        columns: { level: "A", text: "B", amount: "C" },
      });
      expect(adjustmentsRead(a)).toEqual({
        adjustments: [
          {
            level: "LSS",
            text: "Upplupen semesterlöneskuld",
            amount: -15_050_000,
            sheet: "Justeringar",
            cell: "C2",
          },
        ],
        issues: [],
      });
      // an adjustment is no explanation: the explanations are as they were
      expect(a.output.result?.explanations.length).toBe(explanationsBefore);
    }
  });

  it("the next ones go below the last row, in the sheet's own unit, their text kept as typed", async () => {
    const workbook = createWorkbook([
      sheetOf("Huvudbok", [
        ["Anslagsbindningsnivå", "Konto", "Budget 2024", "Utfall jan–apr 2024", "Prognos helår"],
        ["010", 5010, 1200, 500, 1300],
        ["020", 5010, 800, 200, 700],
      ]),
      sheetOf("Justeringar", [
        ["Justeringar i kronor"],
        ["Nivå", "Justering", "Belopp, kr"],
        ["020", "Pensioner", 1000],
      ]),
    ]);
    const { emulator, port } = emulated(workbook);
    const analysis = await analyseWorkbook(port);
    expect(adjustmentsSheetOf(analysis)).toMatchObject({ headerRow: 2, unit: "kr" });
    expect(adjustmentsUnit(analysis)).toBe("kr");

    const first = await addAdjustmentRow(port, analysis, {
      level: "010",
      text: "=SUMMA(A1:A2)",
      amount: amountOf("-1 234,57", "kr"),
    });
    await addAdjustmentRow(port, first, { level: "020", text: "2024-06-30", amount: amountOf("0,01", "kr") });
    expect(snapshot(emulator.workbook, "Justeringar").slice(2)).toEqual([
      ["020", "Pensioner", 1000],
      ["010", "=SUMMA(A1:A2)", -1234.57],
      ["020", "2024-06-30", 0.01],
    ]);
    expect(formulaCells(emulator.workbook, "Justeringar")).toEqual({});
    const again = adjustmentsRead(await analyseWorkbook(port));
    expect(again.issues).toEqual([]);
    expect(again.adjustments.map((a) => [a.level, a.text, a.amount, a.cell])).toEqual([
      ["020", "Pensioner", 100_000, "C3"],
      ["010", "=SUMMA(A1:A2)", -123_457, "C4"],
      ["020", "2024-06-30", 1, "C5"],
    ]);
  });

  it("a workbook that already has a sheet named Justeringar of its own gets a new one beside it", async () => {
    const workbook = await exampleWorkbook();
    workbook.sheets.push(sheetOf("Justeringar", [["Anteckningar om året"]]));
    const { emulator, port } = emulated(workbook);
    const analysis = await analyseWorkbook(port);
    expect(adjustmentsSheetOf(analysis)).toBeUndefined();
    await addAdjustmentRow(port, analysis, {
      level: "LSS",
      text: "Semesterlöneskuld",
      amount: amountOf("10", "tkr"),
    });
    expect(snapshot(emulator.workbook, "Justeringar")).toEqual([["Anteckningar om året"]]);
    expect(snapshot(emulator.workbook, "Justeringar (2)")[1]).toEqual(["LSS", "Semesterlöneskuld", 10]);
    expect(adjustmentsSheetOf(await analyseWorkbook(port))?.name).toBe("Justeringar (2)");
  });
});
