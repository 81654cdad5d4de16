import { createEmulator, findSheet, loadXlsx, saveXlsx } from "../../src/emulator";
import { rejection, workbookWith } from "./helpers";

const book = (excelApi = "1.9") =>
  createEmulator(workbookWith({ Data: [[1]], Other: [[2]] }), { requirements: { ExcelApi: excelApi } });

describe("protection options", () => {
  it("reads back every option after protect: those given, and Excel's defaults for the rest", async () => {
    const emu = book();
    await emu.run(async (ctx) => {
      const protection = ctx.workbook.worksheets.getItem("Data").protection;
      protection.protect({ allowFormatColumns: true, selectionMode: "Unlocked" });
      protection.load("options");
      await ctx.sync();
      expect(protection.options).toEqual({
        allowAutoFilter: false,
        allowDeleteColumns: false,
        allowDeleteRows: false,
        allowEditObjects: false,
        allowEditScenarios: false,
        allowFormatCells: false,
        allowFormatColumns: true,
        allowFormatRows: false,
        allowInsertColumns: false,
        allowInsertHyperlinks: false,
        allowInsertRows: false,
        allowPivotTables: false,
        allowSort: false,
        selectionMode: "Unlocked",
      });
    });
  });

  it("refuses a selection mode or an option Excel does not have", async () => {
    for (const options of [{ selectionMode: "All" }, { allowEverything: true }, { allowSort: "yes" }]) {
      const error = await rejection(
        book().run(async (ctx) => {
          ctx.workbook.worksheets
            .getItem("Data")
            .protection.protect(options as Excel.WorksheetProtectionOptions);
          await ctx.sync();
        }),
      );
      expect(error.code).toBe("InvalidArgument");
    }
  });

  it("has selectionMode and allowEditObjects only from ExcelApi 1.7", async () => {
    const error = await rejection(
      book("1.6").run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Data").protection.protect({ selectionMode: "Normal" });
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
    await book("1.6").run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").protection.protect({ allowFormatRows: true });
      await ctx.sync();
    });
  });
});

describe("page layout and panes", () => {
  it("sets and reads the paper size (Excel.PaperType), which a new sheet has as Letter", async () => {
    const emu = book();
    await emu.run(async (ctx) => {
      const layout = ctx.workbook.worksheets.getItem("Data").pageLayout;
      layout.load("paperSize");
      await ctx.sync();
      expect(layout.paperSize).toBe("Letter");
      layout.paperSize = "A4";
      layout.load("paperSize");
      await ctx.sync();
      expect(layout.paperSize).toBe("A4");
    });
    const error = await rejection(
      emu.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Data").pageLayout.paperSize = "A7" as Excel.PaperType;
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("freezes columns alone", async () => {
    const emu = book();
    await emu.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").freezePanes.freezeColumns(2);
      await ctx.sync();
    });
    expect(findSheet(emu.workbook, "Data")?.frozen).toEqual({ rows: 0, columns: 2 });
  });

  it("makes a sheet active when its panes are frozen, even when another is shown (office-js #3148)", async () => {
    const emu = book();
    await emu.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").activate();
      ctx.workbook.worksheets.getItem("Other").freezePanes.freezeRows(1);
      const active = ctx.workbook.worksheets.getActiveWorksheet().load("name");
      await ctx.sync();
      expect(active.name).toBe("Other");
    });
  });

  it("saves and loads protection options and paper size as a file holds them", async () => {
    const emu = book();
    await emu.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.protection.protect({ allowFormatRows: true, allowEditObjects: false, selectionMode: "Unlocked" });
      ws.pageLayout.paperSize = "A4";
      const other = ctx.workbook.worksheets.getItem("Other");
      other.protection.protect({ allowEditObjects: true, allowEditScenarios: true, selectionMode: "None" });
      await ctx.sync();
    });
    const back = await loadXlsx(await saveXlsx(emu.workbook));
    for (const name of ["Data", "Other"])
      expect(findSheet(back, name)?.protection).toEqual(findSheet(emu.workbook, name)?.protection);
    expect(findSheet(back, "Data")?.pageLayout.paperSize).toBe("A4");
    expect(findSheet(back, "Other")?.pageLayout.paperSize).toBe("Letter");
  });
});

describe("gridlines", () => {
  it("are shown until showGridlines is set false (ExcelApi 1.8), and a file keeps that", async () => {
    const emu = book();
    await emu.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.load("showGridlines");
      await ctx.sync();
      expect(ws.showGridlines).toBe(true);
      ws.showGridlines = false;
      await ctx.sync();
    });
    const back = await loadXlsx(await saveXlsx(emu.workbook));
    expect([findSheet(back, "Data")?.showGridlines, findSheet(back, "Other")?.showGridlines]).toEqual([
      false,
      true,
    ]);
    const error = await rejection(
      book("1.7").run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Data").showGridlines = false;
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
  });
});
