import type { CellScalar } from "../../../src/emulator";
import { createSheet, createWorkbook, findSheet, snapshot } from "../../../src/emulator";
import type { AdjustmentsSheet } from "../../../src/core/settings/settings";
import { appendAdjustment } from "../../../src/io/excel/edit-adjustments";
import { TEXT_FORMAT } from "../../../src/io/excel/excel-text";
import { emulated } from "./emulated-excel";

function workbookWith(rows: CellScalar[][]) {
  const sheet = createSheet("Justeringar");
  rows.forEach((row, r) => row.forEach((value, c) => sheet.cells.set(r, c, { value })));
  return createWorkbook([sheet]);
}

// Columns in another order than the pane's own: level B, amount C, text E; D is the user's own note.
const LAYOUT: AdjustmentsSheet = {
  name: "Justeringar",
  role: "adjustments",
  headerRow: 2,
  unit: "tkr",
  columns: { level: "B", text: "E", amount: "C" },
};

describe("appending an adjustment in Excel", () => {
  it("writes the row below the last content, each value in its own column, the texts as text", async () => {
    const { emulator, port } = emulated(
      workbookWith([
        ["Justeringar 2024"],
        ["Nr", "Nivå", "Belopp, tkr", "Not", "Justering"],
        [1, "HVO", -100, "se bilaga", "Semesterlöneskuld"],
      ]),
    );
    const written = await appendAdjustment(port.run, LAYOUT, { level: "010", text: "'citat", amount: -2.5 });
    expect(written).toEqual({ layout: LAYOUT, row: 4 });
    expect(snapshot(emulator.workbook, "Justeringar")[3]).toEqual(["", "010", -2.5, "", "'citat"]);
    const sheet = findSheet(emulator.workbook, "Justeringar");
    // the level is text ("010" is no number); the amount's cell keeps its format
    expect(sheet?.cells.get(3, 1)?.numberFormat).toBe(TEXT_FORMAT);
    expect(sheet?.cells.get(3, 2)?.numberFormat).toBeUndefined();
    // the column between is not the adjustment's: not written at all
    expect(sheet?.cells.get(3, 3)).toBeUndefined();
  });

  it("an empty sheet under its header gets the row right under it", async () => {
    const { emulator, port } = emulated(
      workbookWith([["Justeringar 2024"], ["Nr", "Nivå", "Belopp, tkr", "Not", "Justering"]]),
    );
    expect((await appendAdjustment(port.run, LAYOUT, { level: "HVO", text: "x", amount: 1 })).row).toBe(3);
    expect(snapshot(emulator.workbook, "Justeringar")[2]).toEqual(["", "HVO", 1, "", "x"]);
  });
});
