import { createEmulator, findSheet, formulaCells, snapshot } from "../../src/emulator";
import type { EmulatedWorkbook } from "../../src/emulator";
import { rejection, workbookWith } from "./helpers";

const cell = (wb: EmulatedWorkbook, r: number, c: number): unknown => findSheet(wb, "Data")?.cells.get(r, c);

async function write(input: unknown[][], numberFormat?: string): Promise<EmulatedWorkbook> {
  const emu = createEmulator(workbookWith({ Data: [] }));
  await emu.run(async (ctx) => {
    const range = ctx.workbook.worksheets
      .getItem("Data")
      .getRangeByIndexes(0, 0, input.length, input[0]?.length ?? 1);
    if (numberFormat !== undefined) range.numberFormat = input.map((row) => row.map(() => numberFormat));
    range.values = input;
    await ctx.sync();
  });
  return emu.workbook;
}

describe("what a written string becomes (rule 4)", () => {
  it("stores '=…' written to values as a formula whose value is unknown", async () => {
    const wb = await write([["=cmd|' /C calc'!A0"]]);
    expect(cell(wb, 0, 0)).toEqual({ formula: "=cmd|' /C calc'!A0" });
    expect(snapshot(wb, "Data")).toEqual([[null]]);
    expect(snapshot(wb, "Data", "formulas")).toEqual([["=cmd|' /C calc'!A0"]]);
  });

  it("stores '+…' and '-…' as formulas unless they are plain numbers", async () => {
    const wb = await write([["-cmd", "+A1", "-5", "+1.5e3", "- Kostnader"]]);
    expect(snapshot(wb, "Data", "formulas")).toEqual([["=-cmd", "=+A1", -5, 1500, "=- Kostnader"]]);
  });

  it("stores text after an apostrophe as text, without the apostrophe", async () => {
    const wb = await write([["'=cmd", "'-5", "'0510", "=cmd"]]);
    expect(cell(wb, 0, 0)).toEqual({ value: "=cmd" });
    expect(snapshot(wb, "Data")).toEqual([["=cmd", "-5", "0510", null]]);
    expect(formulaCells(wb, "Data")).toEqual({ D1: "=cmd" });
  });

  it("turns number-like text into numbers and TRUE/FALSE into booleans, as typing would", async () => {
    const wb = await write([["0510", " 12 ", "true", "1 234", "12,5"]]);
    expect(snapshot(wb, "Data")).toEqual([[510, 12, true, "1 234", "12,5"]]);
  });

  it("turns ISO dates into date serials and percentages into fractions, formatted as typing them would", async () => {
    const wb = await write([
      ["2024-06-30", "2024-06-30 12:00", "5%", "12.5%", "-5%", "1900-01-01", "1900-03-01"],
    ]);
    expect(snapshot(wb, "Data")).toEqual([[45473, 45473.5, 0.05, 0.125, -0.05, 1, 61]]);
    expect(formulaCells(wb, "Data")).toEqual({});
    const formats = [0, 1, 2, 3, 4, 5, 6].map(
      (c) => (cell(wb, 0, c) as { numberFormat?: string }).numberFormat,
    );
    expect(formats).toEqual([
      "yyyy-mm-dd",
      "yyyy-mm-dd hh:mm",
      "0%",
      "0.00%",
      "0%",
      "yyyy-mm-dd",
      "yyyy-mm-dd",
    ]);
  });

  it("keeps a cell's own number format when it already shows a date or a number", async () => {
    const emu = createEmulator(workbookWith({ Data: [] }));
    await emu.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Data").getRange("A1:B1");
      range.numberFormat = [["d mmm yyyy", "0.0"]];
      range.values = [["2024-06-30", "5%"]];
      await ctx.sync();
    });
    expect(cell(emu.workbook, 0, 0)).toEqual({ value: 45473, numberFormat: "d mmm yyyy" });
    expect(cell(emu.workbook, 0, 1)).toEqual({ value: 0.05, numberFormat: "0.0" });
  });

  it("leaves text that is no date or percentage Excel parses as text", async () => {
    const wb = await write([
      ["2024-02-30", "30/6/2024", "juni 2024", "5 procent", "1899-12-31", "2024-06-30x"],
    ]);
    expect(snapshot(wb, "Data")).toEqual([
      ["2024-02-30", "30/6/2024", "juni 2024", "5 procent", "1899-12-31", "2024-06-30x"],
    ]);
  });

  it("keeps everything as text in a cell formatted as text", async () => {
    const wb = await write([["0510", "=cmd", "2024-06-30", "TRUE", "5%", "-5"]], "@");
    expect(snapshot(wb, "Data")).toEqual([["0510", "=cmd", "2024-06-30", "TRUE", "5%", "-5"]]);
    expect(formulaCells(wb, "Data")).toEqual({});
  });

  it("knows the value of a constant formula only", async () => {
    const wb = await write([["=5", '="a""b"', "=1+2"]]);
    expect(snapshot(wb, "Data")).toEqual([[5, 'a"b', null]]);
  });

  it("writes formulas with the same rules", async () => {
    const emu = createEmulator(workbookWith({ Data: [] }));
    await emu.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1:C1").formulas = [["=SUM(B2:B3)", "text", 7]];
      await ctx.sync();
    });
    expect(snapshot(emu.workbook, "Data", "formulas")).toEqual([["=SUM(B2:B3)", "text", 7]]);
  });
});

describe("range reads and writes", () => {
  it("needs a 2-D array of exactly the range's size, or one value for one cell", async () => {
    for (const [address, input] of [
      ["A1:B2", [[1, 2]]],
      ["A1:B2", [[1], [2]]],
      ["A1:B1", 5],
      ["A1", [1]],
    ] as const) {
      const emu = createEmulator(workbookWith({ Data: [] }));
      const error = await rejection(
        emu.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("Data").getRange(address).values = input as unknown as unknown[][];
          await ctx.sync();
        }),
      );
      expect(error.code).toBe("InvalidArgument");
    }
    const emu = createEmulator(workbookWith({ Data: [] }));
    await emu.run(async (ctx) => {
      (ctx.workbook.worksheets.getItem("Data").getRange("B2") as unknown as { values: unknown }).values = 5;
      await ctx.sync();
    });
    expect(snapshot(emu.workbook, "Data")).toEqual([
      ["", ""],
      ["", 5],
    ]);
  });

  it("leaves cells written as null unchanged and clears cells written as ''", async () => {
    const emu = createEmulator(workbookWith({ Data: [["a", "b", "c"]] }));
    await emu.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1:C1").values = [[null, "", "C"]];
      await ctx.sync();
    });
    expect(snapshot(emu.workbook, "Data")).toEqual([["a", "", "C"]]);
  });

  it("reads values, formulas, text, number formats and geometry", async () => {
    const emu = createEmulator(workbookWith({ "Läs mig": [[1.5, true, "x"]] }));
    await emu.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Läs mig");
      ws.getRange("A1").numberFormat = [["0.00"]];
      const range = ws
        .getRange("A1:D1")
        .load("values,formulas,text,numberFormat,address,rowCount,columnCount");
      const cell = range.getCell(1, 2).load("address,rowIndex,columnIndex");
      const resized = ws.getRange("B2").getResizedRange(2, 1).load("address");
      const byIndexes = ws.getRangeByIndexes(0, 0, 1048576, 2).load("address");
      await ctx.sync();
      expect(range.values).toEqual([[1.5, true, "x", ""]]);
      expect(range.text).toEqual([["1.5", "TRUE", "x", ""]]);
      expect(range.numberFormat).toEqual([["0.00", "General", "General", "General"]]);
      expect([range.address, range.rowCount, range.columnCount]).toEqual(["'Läs mig'!A1:D1", 1, 4]);
      expect([cell.address, cell.rowIndex, cell.columnIndex]).toEqual(["'Läs mig'!C2", 1, 2]);
      expect(resized.address).toBe("'Läs mig'!B2:C4");
      expect(byIndexes.address).toBe("'Läs mig'!A:B");
    });
  });

  it("refuses addresses off the grid or on another sheet", async () => {
    for (const make of [
      (ws: Excel.Worksheet) => ws.getRange("XFE1"),
      (ws: Excel.Worksheet) => ws.getRange("Other!A1"),
      (ws: Excel.Worksheet) => ws.getRange("MyName"),
      (ws: Excel.Worksheet) => ws.getRangeByIndexes(0, 0, 0, 1),
      (ws: Excel.Worksheet) => ws.getRange("A1").getResizedRange(-1, 0),
      (ws: Excel.Worksheet) => ws.getCell(1048576, 0),
    ]) {
      const emu = createEmulator(workbookWith({ Data: [] }));
      const error = await rejection(
        emu.run(async (ctx) => {
          make(ctx.workbook.worksheets.getItem("Data")).load("address");
          await ctx.sync();
        }),
      );
      expect(error.code).toBe("InvalidArgument");
    }
  });

  it("merges keeping the top-left value, and across rows on request", async () => {
    const emu = createEmulator(
      workbookWith({
        Data: [
          ["a", "b"],
          ["c", "d"],
        ],
      }),
    );
    await emu.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("A1:B1").merge();
      ws.getRange("A2:B2").merge(true);
      await ctx.sync();
    });
    expect(snapshot(emu.workbook, "Data")).toEqual([["a"], ["c"]]);
    expect(findSheet(emu.workbook, "Data")?.merges).toEqual([
      { row: 0, column: 0, rowCount: 1, columnCount: 2 },
      { row: 1, column: 0, rowCount: 1, columnCount: 2 },
    ]);
    const error = await rejection(
      emu.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Data").getRange("B1:C1").merge();
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("MergedRangeConflict");
  });
});
