import { createEmulator, findSheet } from "../../src/emulator";
import { rejection, workbookWith } from "./helpers";

const sheetOf = (emu: ReturnType<typeof createEmulator>) => {
  const sheet = findSheet(emu.workbook, "Data");
  if (sheet === undefined) throw new Error("no sheet");
  return sheet;
};

describe("range formats", () => {
  it("writes and reads font, fill, alignment, wrap and indent; mixed cells read as null", async () => {
    const emu = createEmulator(workbookWith({ Data: [[1, 2]] }));
    await emu.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      const a1 = ws.getRange("A1");
      a1.format.font.bold = true;
      a1.format.font.italic = true;
      a1.format.font.size = 14;
      a1.format.font.color = "red";
      a1.format.fill.color = "#ddeeff";
      a1.format.horizontalAlignment = "Right";
      a1.format.wrapText = true;
      a1.format.indentLevel = 2;
      const one = ws
        .getRange("A1")
        .load("format/font,format/fill/color,format/horizontalAlignment,format/wrapText,format/indentLevel");
      const both = ws.getRange("A1:B1").load("format/font/bold,format/fill/color");
      await ctx.sync();
      expect(one.format.font.toJSON()).toEqual({
        bold: true,
        italic: true,
        size: 14,
        color: "#FF0000",
        name: "Calibri",
      });
      expect([
        one.format.fill.color,
        one.format.horizontalAlignment,
        one.format.wrapText,
        one.format.indentLevel,
      ]).toEqual(["#DDEEFF", "Right", true, 2]);
      expect(both.format.font.bold).toBeNull();
      expect(both.format.fill.color).toBeNull();
    });
  });

  it("refuses invalid format values at sync", async () => {
    for (const change of [
      (r: Excel.Range) => (r.format.font.color = "not a colour"),
      (r: Excel.Range) => (r.format.horizontalAlignment = "Middle" as Excel.HorizontalAlignment),
      (r: Excel.Range) => (r.format.font.size = 0),
      (r: Excel.Range) => (r.format.borders.getItem("EdgeTop").style = "Wavy" as Excel.BorderLineStyle),
    ]) {
      const emu = createEmulator(workbookWith({ Data: [[1]] }));
      const error = await rejection(
        emu.run(async (ctx) => {
          change(ctx.workbook.worksheets.getItem("Data").getRange("A1"));
          await ctx.sync();
        }),
      );
      expect(error.code).toBe("InvalidArgument");
    }
  });

  it("keeps a whole-column format at column level, and new cells in it show it", async () => {
    const emu = createEmulator(workbookWith({ Data: [[1, 2]] }));
    await emu.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("B:B").format.font.bold = true;
      ws.getRange("B:B").format.columnWidth = 90;
      ws.getRange("3:3").format.rowHeight = 30;
      const b500 = ws.getRange("B500").load("format/font/bold,format/columnWidth,format/rowHeight");
      const row3 = ws.getRange("A3").load("format/rowHeight,format/columnWidth");
      await ctx.sync();
      expect([b500.format.font.bold, b500.format.columnWidth, b500.format.rowHeight]).toEqual([true, 90, 15]);
      expect([row3.format.rowHeight, row3.format.columnWidth]).toEqual([30, 48]);
    });
    expect(sheetOf(emu).columnFormats[1]).toEqual({ bold: true });
    expect(sheetOf(emu).cells.get(0, 1)?.format).toEqual({ bold: true });
  });

  it("sets top and bottom borders along the range's edges; a shared edge reads from either side", async () => {
    const emu = createEmulator(workbookWith({ Data: [[1, 2]] }));
    await emu.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      const bottom = ws.getRange("A1:B1").format.borders.getItem("EdgeBottom");
      bottom.style = "Continuous";
      bottom.weight = "Medium";
      ws.getRange("A1:B1").format.borders.getItem("EdgeTop").style = "Double";
      const below = ws.getRange("A2:B2").format.borders.getItem("EdgeTop").load("style,weight");
      const top = ws.getRange("A1").format.borders.getItem("EdgeTop").load("style");
      const c1 = ws.getRange("C1").format.borders.getItem("EdgeBottom").load("style");
      await ctx.sync();
      expect([below.style, below.weight, top.style, c1.style]).toEqual([
        "Continuous",
        "Medium",
        "Double",
        "None",
      ]);
    });
  });
});

describe("sheet settings and charts", () => {
  it("freezes rows and panes, and sets page layout", async () => {
    const emu = createEmulator(workbookWith({ Data: [[1]] }));
    await emu.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.freezePanes.freezeRows(3);
      await ctx.sync();
      expect(sheetOf(emu).frozen).toEqual({ rows: 3, columns: 0 });
      ws.freezePanes.freezeAt(ws.getRange("A1:B2"));
      ws.pageLayout.orientation = "Landscape";
      ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      ws.pageLayout.setPrintTitleRows("$1:$2");
      const layout = ws.pageLayout.load("orientation,zoom");
      await ctx.sync();
      expect([layout.orientation, layout.zoom]).toEqual([
        "Landscape",
        { horizontalFitToPages: 1, verticalFitToPages: 0 },
      ]);
    });
    expect(sheetOf(emu).frozen).toEqual({ rows: 2, columns: 2 });
    expect(sheetOf(emu).pageLayout.printTitleRows).toBe("$1:$2");
  });

  it("records a chart: type, source, title, position, data labels, and a point's fill on every point (office-js #570)", async () => {
    const emu = createEmulator(
      workbookWith({
        Data: [
          ["Nivå", "Avvikelse"],
          ["A", 1],
          ["B", -2],
        ],
      }),
    );
    await emu.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      const chart = ws.charts.add("BarClustered", ws.getRange("A1:B3"), "Columns");
      chart.title.text = "Avvikelse per nivå";
      chart.setPosition("D2", "K20");
      chart.dataLabels.showValue = true;
      chart.series.getItemAt(0).points.getItemAt(1).format.fill.setSolidColor("#C00000");
      chart.load("name");
      await ctx.sync();
      expect(chart.name).toBe("Chart 1");
    });
    expect(sheetOf(emu).charts).toEqual([
      {
        name: "Chart 1",
        type: "BarClustered",
        source: "A1:B3",
        seriesBy: "Columns",
        title: "Avvikelse per nivå",
        position: { start: "D2", end: "K20" },
        showValue: true,
        pointColors: { 0: { 0: "#C00000", 1: "#C00000", 2: "#C00000" } },
      },
    ]);
    const error = await rejection(
      emu.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Data");
        ws.charts
          .add("BarClustered", ws.getRange("A1:B3"), "Columns")
          .series.getItemAt(5)
          .points.getItemAt(0)
          .format.fill.setSolidColor("#000000");
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("records suspended screen updating in the next sync's stats", async () => {
    const emu = createEmulator(workbookWith({ Data: [[1]] }));
    await emu.run(async (ctx) => {
      ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
      ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [[2]];
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [[3]];
    });
    expect(emu.stats.log.map((s) => s.screenUpdatingSuspended ?? false)).toEqual([true, false]);
  });

  it("refuses a range from another request context", async () => {
    const emu = createEmulator(workbookWith({ Data: [[1]] }));
    const error = await rejection(
      emu.run(async (outer) => {
        const foreign = outer.workbook.worksheets.getItem("Data").getRange("A1:A2");
        await emu.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("Data").freezePanes.freezeAt(foreign);
          await ctx.sync();
        });
      }),
    );
    expect(error.code).toBe("InvalidRequestContext");
  });
});
