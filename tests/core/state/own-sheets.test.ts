import { runEngine } from "../../../src/core/engine";
import type { CellValue, SheetGrid } from "../../../src/core/model/grid";
import { isReportSheet } from "../../../src/core/model/report-marker";
import type { ReportSheet } from "../../../src/core/report/layout";
import { layoutReport } from "../../../src/core/report/layout-report";
import { STATE_SHEET, stateSheetRows } from "../../../src/core/state/product-state";
import { runOnWorkbook, savedChoices } from "../../../src/core/state/run-on-workbook";

const LEDGER: SheetGrid = {
  name: "Underlag",
  rows: [
    ["Belopp i tkr"],
    ["Anslagsbindningsnivå", "Konto", "Budget 2024", "Utfall jan–apr 2024", "Prognos helår"],
    ["HVO", 5010, 1200, 400, 1300],
    ["LSS", 5010, 600, 200, 550],
  ],
};

const INVESTMENTS: SheetGrid = {
  name: "Investeringar",
  rows: [
    ["Belopp i tkr"],
    ["Anslagsbindningsnivå", "Projekt", "Utfall", "Prognos helår", "Budget 2024"],
    ["HVO", "Sängar", 100, 700, 1200],
  ],
};

/** A report sheet as a reader sees it in the workbook: each cell's value (a formula's cached one). */
function asGrid(sheet: ReportSheet, name = sheet.name): SheetGrid {
  const value = (cell: ReportSheet["rows"][number][number]): CellValue =>
    cell === undefined ? null : cell.kind === "text" ? cell.text : cell.value;
  return { name, rows: sheet.rows.map((row) => row.map(value)) };
}

/** The report of last month on the same sources, as sheets of the workbook. */
function oldReport(sources: readonly SheetGrid[]): SheetGrid[] {
  const result = runEngine({ workbook: { sheets: sources } }).result;
  if (!result) throw new Error("the sources give no result");
  return layoutReport({ result, generatedAt: "2024-04-12 16:05" }).sheets.map((s) => asGrid(s));
}

const compute = (sheets: readonly SheetGrid[]) => {
  const saved = savedChoices({ sheets });
  return runOnWorkbook({ sheets }, saved.state, saved.choices, { fallbackYear: 2024 });
};

describe("the product's own sheets, known by their mark", () => {
  it("every report sheet carries the mark", () => {
    const report = oldReport([LEDGER, INVESTMENTS]);
    expect(report.map((s) => s.name)).toEqual([
      "Sammanfattning",
      "Avvikelse per nivå",
      "Driftredovisning",
      "Viktigaste förklaringar",
      "Investeringsredovisning",
    ]);
    expect(report.filter((s) => !isReportSheet(s)).map((s) => s.name)).toEqual([]);
    expect([LEDGER, INVESTMENTS].some(isReportSheet)).toBe(false);
  });

  it("an old report whose state sheet is gone is not read as a ledger: the figures stay the same", () => {
    const before = compute([LEDGER]);
    const after = compute([LEDGER, ...oldReport([LEDGER])]);
    expect(after.result?.total).toEqual(before.result?.total);
    expect(after.result?.levels).toEqual(before.result?.levels);
    expect(after.issues).toEqual(before.issues);
    expect(after.settings.sheets?.map((s) => s.name)).toEqual(["Underlag"]);
  });

  it("nor as an investments sheet, beside the source or once the source is gone", () => {
    const both = compute([LEDGER, INVESTMENTS, ...oldReport([LEDGER, INVESTMENTS])]);
    expect(both.result?.investments).toEqual(compute([LEDGER, INVESTMENTS]).result?.investments);
    expect(both.settings.sheets?.map((s) => s.name)).toEqual(["Underlag", "Investeringar"]);
    const after = compute([LEDGER, ...oldReport([LEDGER, INVESTMENTS])]);
    expect(after.result?.investments).toBeUndefined();
    expect(after.result?.total.annualBudget).toBe(180_000_000);
  });

  it("a user's copy of a report sheet, under any name and unlisted by the state, is read as nothing", () => {
    const copy = oldReport([LEDGER, INVESTMENTS]).find((s) => s.name === "Avvikelse per nivå");
    if (!copy) throw new Error("no level sheet");
    const state: SheetGrid = {
      name: STATE_SHEET,
      rows: stateSheetRows({ version: 1, reportSheets: ["Avvikelse per nivå"] }).map((t) => [t]),
    };
    const after = compute([LEDGER, { ...copy, name: "Kopia av avvikelser" }, state]);
    expect(after.settings.sheets?.map((s) => s.name)).toEqual(["Underlag"]);
    expect(after.result?.total.annualBudget).toBe(180_000_000);
  });
});
