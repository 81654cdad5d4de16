import type { SheetGrid } from "../../../src/core/model/grid";
import { STATE_SHEET, stateSheetRows } from "../../../src/core/state/product-state";
import { savedChoices } from "../../../src/core/state/run-on-workbook";

const ledger: SheetGrid = {
  name: "Underlag",
  rows: [
    ["Anslagsbindningsnivå", "Konto", "Budget 2024", "Utfall jan–apr 2024", "Prognos helår"],
    ["LSS", 5010, 1200, 400, 1300],
  ],
};

const stateRows = (settings: unknown): string[] =>
  stateSheetRows({ version: 1, settings, reportSheets: ["Sammanfattning"] });

const stateSheet = (rows: readonly string[]): SheetGrid => ({
  name: STATE_SHEET,
  rows: rows.map((t) => [t]),
});

/** A level mapping long enough that the state's JSON takes three cells (32 000 characters each). */
const bigSettings = {
  reportUnit: "mkr",
  levelMapping: {
    dimension: "Verksamhet",
    entries: Array.from({ length: 2000 }, (_, i) => ({
      key: String(100_000 + i),
      level: "Hälsa och omsorg",
    })),
  },
};

describe("a state sheet that cannot be read", () => {
  it("is said, naming the state sheet and the cell, not passed over in silence", () => {
    const [marker = "", json = ""] = stateRows({ reportUnit: "mkr" });
    const saved = savedChoices({ sheets: [ledger, stateSheet([marker, json.slice(0, -5)])] });
    expect(saved.state).toBeUndefined();
    expect(saved.choices).toEqual({});
    expect(saved.issues).toEqual([
      expect.objectContaining({
        code: "state-unreadable",
        severity: "warning",
        sheet: STATE_SHEET,
        cell: "A2",
        message: expect.stringContaining("går inte att läsa") as string,
      }),
    ]);
  });

  it("is said for a state that spans several cells and was cut off", () => {
    const rows = stateRows(bigSettings);
    expect(rows).toHaveLength(4);
    expect(savedChoices({ sheets: [ledger, stateSheet(rows)] }).choices.reportUnit).toBe("mkr");
    expect(savedChoices({ sheets: [ledger, stateSheet(rows.slice(0, 3))] }).issues).toEqual([
      expect.objectContaining({ code: "state-unreadable", sheet: STATE_SHEET, cell: "A2" }),
    ]);
  });

  it.each([
    ["its heading was changed", (rows: string[]) => ["Inställningar", ...rows.slice(1)], "A1"],
    ["it is not a JSON object", (rows: string[]) => [rows[0] ?? "", "[1, 2]"], "A2"],
    [
      "the list of the product's sheets is gone",
      (rows: string[]) => [rows[0] ?? "", JSON.stringify({ version: 1, settings: {} })],
      "A2",
    ],
    ["its column A was cleared", (rows: string[]) => [rows[0] ?? ""], "A2"],
  ])("is said when %s", (_, change, cell) => {
    const saved = savedChoices({ sheets: [ledger, stateSheet(change(stateRows({})))] });
    expect(saved.issues).toEqual([expect.objectContaining({ code: "state-unreadable", cell })]);
    expect(saved.state).toBeUndefined();
  });

  it("is no issue when the workbook has no state at all, or a whole one", () => {
    expect(savedChoices({ sheets: [ledger] }).issues).toEqual([]);
    const saved = savedChoices({ sheets: [ledger, stateSheet(stateRows({ reportUnit: "mkr" }))] });
    expect(saved.issues).toEqual([]);
    expect(saved.state?.reportSheets).toEqual(["Sammanfattning"]);
  });
});
