import { createEmulator, findSheet, loadXlsx, saveXlsx } from "../../src/emulator";
import { rejection, workbookWith } from "./helpers";

const DATA = {
  Data: [
    ["Nivå", "Överskott", "Underskott"],
    ["A", 3, 0],
    ["B", 0, -2],
  ],
};

const sheetOf = (emu: ReturnType<typeof createEmulator>) => {
  const sheet = findSheet(emu.workbook, "Data");
  if (sheet === undefined) throw new Error("no sheet");
  return sheet;
};

describe("a chart of one-colour series over hidden columns", () => {
  it("records each series' fill, the bars' overlap and gap, and whether hidden cells are drawn", async () => {
    const emu = createEmulator(workbookWith(DATA));
    await emu.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("B:C").columnHidden = true;
      const chart = ws.charts.add("BarClustered", ws.getRange("B2:C3"), "Columns");
      const before = chart.load("plotVisibleOnly");
      await ctx.sync();
      expect(before.plotVisibleOnly).toBe(true);
      chart.plotVisibleOnly = false;
      chart.series.getItemAt(0).format.fill.setSolidColor("#2E75B6");
      chart.series.getItemAt(1).format.fill.setSolidColor("#C00000");
      chart.series.getItemAt(0).overlap = 100;
      chart.series.getItemAt(1).gapWidth = 60;
      const second = chart.series.getItemAt(1).load("overlap,gapWidth");
      const hidden = ws.getRange("A:C").load("columnHidden");
      await ctx.sync();
      // Overlap and gap width belong to the chart's bars: set through one series, read through another.
      expect([second.overlap, second.gapWidth]).toEqual([100, 60]);
      expect(hidden.columnHidden).toBeNull();
    });
    expect(sheetOf(emu).hiddenColumns).toEqual([1, 2]);
    expect(sheetOf(emu).charts[0]).toMatchObject({
      plotVisibleOnly: false,
      seriesColors: { 0: "#2E75B6", 1: "#C00000" },
      pointColors: {},
      overlap: 100,
      gapWidth: 60,
    });
  });

  it("refuses an overlap outside -100…100, and plotVisibleOnly and overlap before ExcelApi 1.8", async () => {
    const emu = createEmulator(workbookWith(DATA));
    const overlap = await rejection(
      emu.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Data");
        ws.charts.add("BarClustered", ws.getRange("B2:C3"), "Columns").series.getItemAt(0).overlap = 101;
        await ctx.sync();
      }),
    );
    expect(overlap.code).toBe("InvalidArgument");
    const old = createEmulator(workbookWith(DATA), { requirements: { ExcelApi: "1.7" } });
    const plot = await rejection(
      old.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Data");
        ws.charts.add("BarClustered", ws.getRange("B2:C3"), "Columns").plotVisibleOnly = false;
        await ctx.sync();
      }),
    );
    expect(plot.code).toBe("ApiNotFound");
  });

  it("hides columns only where protection allows formatting columns, and keeps them hidden in .xlsx", async () => {
    const emu = createEmulator(workbookWith(DATA));
    await emu.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("C:C").columnHidden = true;
      ws.protection.protect({ allowFormatColumns: false });
      await ctx.sync();
    });
    const refused = await rejection(
      emu.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Data").getRange("B:B").columnHidden = true;
        await ctx.sync();
      }),
    );
    expect(refused.code).toBe("AccessDenied");
    const again = await loadXlsx(await saveXlsx(emu.workbook));
    expect(findSheet(again, "Data")?.hiddenColumns).toEqual([2]);
  });
});
