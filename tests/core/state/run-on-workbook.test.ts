import { STATE_SHEET, stateSheetRows } from "../../../src/core/state/product-state";
import { runOnWorkbook, savedChoices } from "../../../src/core/state/run-on-workbook";
import type { SheetGrid } from "../../../src/core/model/grid";

const ledger: SheetGrid = {
  name: "Underlag",
  rows: [
    ["Anslagsbindningsnivå", "Konto", "Budget 2024", "Utfall jan–apr 2024", "Prognos helår"],
    ["LSS", 5010, 1200, 400, 1300],
  ],
};

const stateSheet = (settings: unknown, reportSheets: string[]): SheetGrid => ({
  name: STATE_SHEET,
  rows: stateSheetRows({ version: 1, settings, reportSheets }).map((t) => [t]),
});

/** The report of an earlier run: it looks like a ledger, and must never be read as one. */
const oldReport: SheetGrid = {
  name: "Avvikelse per nivå",
  rows: [
    ["Anslagsbindningsnivå", "Utfall", "Budget", "Prognos"],
    ["LSS", 999_999, 0, 0],
  ],
};

describe("the engine on a workbook the product has written to", () => {
  it("uses the saved choices and never reads its own report sheets as input", () => {
    const grid = { sheets: [ledger, oldReport, stateSheet({ reportUnit: "mkr" }, ["Avvikelse per nivå"])] };
    const saved = savedChoices(grid);
    expect(saved.choices).toEqual({ reportUnit: "mkr" });
    const output = runOnWorkbook(grid, saved.state, saved.choices, { fallbackYear: 2024 });
    expect(output.result?.total.outcome).toBe(40_000);
    expect(output.settings.reportUnit).toBe("mkr");
  });

  it("says when a saved setting no longer validates, instead of dropping it silently", () => {
    const saved = savedChoices({ sheets: [ledger, stateSheet({ reportUnit: "kronor" }, [])] });
    expect(saved.choices).toEqual({});
    expect(saved.issues).toEqual([expect.objectContaining({ code: "settings-invalid", severity: "error" })]);
  });
});
