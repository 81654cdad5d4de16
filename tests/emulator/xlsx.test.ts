import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { createEmulator, findSheet, loadXlsx, saveXlsx, snapshot } from "../../src/emulator";
import { workbookToGrid } from "../../src/io/xlsx/read-workbook";

const FIXTURE = join(__dirname, "..", "fixtures", "lomma-2024-04.xlsx");

describe("xlsx", () => {
  it("loads the Lomma fixture with the values exceljs reads, and round-trips them unchanged", async () => {
    const bytes = readFileSync(FIXTURE);
    const loaded = await loadXlsx(new Uint8Array(bytes));
    const reference = new ExcelJS.Workbook();
    await reference.xlsx.load(new Uint8Array(bytes).buffer);
    const grid = workbookToGrid(reference);
    expect(loaded.sheets.map((s) => s.name)).toEqual(grid.sheets.map((s) => s.name));
    for (const sheet of grid.sheets) {
      const ours = snapshot(loaded, sheet.name);
      sheet.rows.forEach((row, r) =>
        row?.forEach((value, c) => expect([r, c, ours[r]?.[c]]).toEqual([r, c, value ?? ""])),
      );
    }
    const again = await loadXlsx(await saveXlsx(loaded));
    expect(again.sheets.map((s) => [s.name, s.visibility])).toEqual(
      loaded.sheets.map((s) => [s.name, s.visibility]),
    );
    for (const sheet of loaded.sheets) {
      expect(snapshot(again, sheet.name)).toEqual(snapshot(loaded, sheet.name));
      expect(snapshot(again, sheet.name, "formulas")).toEqual(snapshot(loaded, sheet.name, "formulas"));
    }
  });

  it("saves what the add-in wrote: formulas with known values, formats, merges, panes, protection, hidden sheets", async () => {
    const emu = createEmulator(await loadXlsx(new Uint8Array(readFileSync(FIXTURE))));
    await emu.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add("Rapport");
      ws.getRange("A1:C2").values = [
        ["Nivå", "Avvikelse", "Summa"],
        ["Vård", 1500, "=B2*2"],
      ];
      ws.getRange("C3").formulas = [["=7"]];
      ws.getRange("A1:C1").format.font.bold = true;
      ws.getRange("A1:C1").format.fill.color = "#1F4E78";
      ws.getRange("A1:C1").format.borders.getItem("EdgeBottom").style = "Continuous";
      ws.getRange("B2").numberFormat = [["# ##0"]];
      ws.getRange("A4:C4").merge();
      ws.getRange("A:A").format.columnWidth = 120;
      ws.freezePanes.freezeRows(1);
      ws.protection.protect({ allowFormatColumns: true });
      const state = ctx.workbook.worksheets.add("State");
      state.getRange("A1").values = [["{}"]];
      state.visibility = "VeryHidden";
      await ctx.sync();
    });
    const bytes = await saveXlsx(emu.workbook);

    const reference = new ExcelJS.Workbook();
    await reference.xlsx.load(bytes.slice().buffer);
    const c2 = reference.getWorksheet("Rapport")?.getCell("C2");
    expect(c2?.formula).toBe("B2*2");
    expect(reference.getWorksheet("Rapport")?.getCell("C3").result).toBe(7);
    expect(reference.getWorksheet("State")?.state).toBe("veryHidden");

    const back = await loadXlsx(bytes);
    const sheet = findSheet(back, "Rapport");
    expect(snapshot(back, "Rapport", "formulas")).toEqual([
      ["Nivå", "Avvikelse", "Summa"],
      ["Vård", 1500, "=B2*2"],
      ["", "", "=7"],
    ]);
    expect(snapshot(back, "Rapport")[2]).toEqual(["", "", 7]);
    expect(sheet?.cells.get(0, 0)?.format).toEqual({
      bold: true,
      fillColor: "#1F4E78",
      borders: { EdgeBottom: { style: "Continuous", weight: "Thin", color: "#000000" } },
    });
    expect(sheet?.cells.get(1, 1)?.numberFormat).toBe("# ##0");
    expect(sheet?.merges).toEqual([{ row: 3, column: 0, rowCount: 1, columnCount: 3 }]);
    expect(sheet?.frozen).toEqual({ rows: 1, columns: 0 });
    expect(sheet?.protection).toEqual({
      protected: true,
      options: expect.objectContaining({ allowFormatColumns: true }) as object,
    });
    expect(sheet?.columnWidths[0]).toBeCloseTo(120, 0);
    expect(findSheet(back, "State")?.visibility).toBe("VeryHidden");
  });
});
