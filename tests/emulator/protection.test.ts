import { createEmulator, findSheet, snapshot } from "../../src/emulator";
import { rejection, workbookWith } from "./helpers";

const protectedBook = async (options?: Excel.WorksheetProtectionOptions, password?: string) => {
  const emu = createEmulator(workbookWith({ Data: [["old"]] }));
  await emu.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Data").protection.protect(options, password);
    await ctx.sync();
  });
  return emu;
};

describe("protection (rule 5)", () => {
  it("refuses writes to a protected sheet with AccessDenied", async () => {
    const emu = await protectedBook();
    for (const change of [
      (ws: Excel.Worksheet) => (ws.getRange("A1").values = [["new"]]),
      (ws: Excel.Worksheet) => (ws.getRange("A1").formulas = [["=1"]]),
      (ws: Excel.Worksheet) => (ws.getRange("A1").numberFormat = [["0"]]),
      (ws: Excel.Worksheet) => (ws.getRange("A1").format.font.bold = true),
      (ws: Excel.Worksheet) => (ws.getRange("A1").format.columnWidth = 80),
      (ws: Excel.Worksheet) => ws.getRange("A1:B1").merge(),
      (ws: Excel.Worksheet) => ws.charts.add("ColumnClustered", ws.getRange("A1"), "Auto"),
    ]) {
      const error = await rejection(
        emu.run(async (ctx) => {
          change(ctx.workbook.worksheets.getItem("Data"));
          await ctx.sync();
        }),
      );
      expect(error.code).toBe("AccessDenied");
    }
    expect(snapshot(emu.workbook, "Data")).toEqual([["old"]]);
  });

  it("allows a write after unprotect in the same sync, and protects again after it", async () => {
    const emu = await protectedBook();
    await emu.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.protection.unprotect();
      ws.getRange("A1").values = [["new"]];
      ws.protection.protect();
      const state = ws.protection.load("protected");
      await ctx.sync();
      expect(state.protected).toBe(true);
    });
    expect(snapshot(emu.workbook, "Data")).toEqual([["new"]]);
  });

  it("lets allowFormatCells permit formatting, not values", async () => {
    const emu = await protectedBook({ allowFormatCells: true });
    await emu.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1").format.fill.color = "#FFEE00";
      await ctx.sync();
    });
    expect(findSheet(emu.workbook, "Data")?.cells.get(0, 0)?.format?.fillColor).toBe("#FFEE00");
  });

  it("fails protect on a protected sheet, and unprotect with a wrong password", async () => {
    const emu = await protectedBook(undefined, "hemligt");
    const again = await rejection(
      emu.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Data").protection.protect();
        await ctx.sync();
      }),
    );
    expect(again.code).toBe("InvalidOperation");
    const wrong = await rejection(
      emu.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Data").protection.unprotect("fel");
        await ctx.sync();
      }),
    );
    expect(wrong.code).toBe("InvalidArgument");
    await emu.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").protection.unprotect("hemligt");
      await ctx.sync();
    });
    expect(findSheet(emu.workbook, "Data")?.protection.protected).toBe(false);
  });

  it("does not protect against renaming, hiding or freezing panes (sheet, not workbook, protection)", async () => {
    const emu = await protectedBook();
    await emu.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ctx.workbook.worksheets.add("Other");
      ws.name = "Data2";
      ws.freezePanes.freezeRows(2);
      await ctx.sync();
    });
    expect(findSheet(emu.workbook, "Data2")?.frozen).toEqual({ rows: 2, columns: 0 });
  });
});
