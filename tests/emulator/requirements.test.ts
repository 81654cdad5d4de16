import { createEmulator, createRequirements } from "../../src/emulator";
import { rejection, workbookWith } from "./helpers";

const oldExcel = () => createEmulator(workbookWith({ Data: [[1]] }), { requirements: { ExcelApi: "1.7" } });

describe("requirement sets", () => {
  it("answers isSetSupported like Office.context.requirements", () => {
    const req = createRequirements({ ExcelApi: "1.7" });
    expect(req.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(req.isSetSupported("excelapi", "1.4")).toBe(true);
    expect(req.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(req.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(req.isSetSupported("ExcelApi")).toBe(true);
    expect(req.isSetSupported("WordApi", "1.1")).toBe(false);
    expect(createEmulator().requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
  });

  it("throws ApiNotFound on Worksheet.pageLayout in an ExcelApi 1.7 Excel", async () => {
    const emu = oldExcel();
    const error = await rejection(
      emu.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Data").pageLayout.orientation = "Landscape";
        await ctx.sync();
      }),
    );
    expect(error).toMatchObject({
      code: "ApiNotFound",
      debugInfo: { errorLocation: "Worksheet.pageLayout" },
    });
    expect(error.message).toContain("ExcelApi 1.9");
  });

  it("throws ApiNotFound for suspendScreenUpdatingUntilNextSync, and for indentLevel at sync", async () => {
    const emu = oldExcel();
    const suspend = await rejection(
      emu.run((ctx) => {
        ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
        return Promise.resolve();
      }),
    );
    expect(suspend.code).toBe("ApiNotFound");
    const indent = await rejection(
      emu.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Data").getRange("A1").format.indentLevel = 1;
        await ctx.sync();
      }),
    );
    expect(indent.code).toBe("ApiNotFound");
  });

  it("has what ExcelApi 1.7 has (freezePanes, getRangeByIndexes), not what 1.7 adds on an older Excel", async () => {
    await oldExcel().run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.freezePanes.freezeRows(1);
      ws.getRangeByIndexes(0, 0, 1, 1).load("values");
      await ctx.sync();
    });
    const older = createEmulator(workbookWith({ Data: [[1]] }), { requirements: { ExcelApi: "1.3" } });
    const error = await rejection(
      older.run((ctx) => {
        ctx.workbook.worksheets.getItem("Data").getRangeByIndexes(0, 0, 1, 1);
        return Promise.resolve();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
  });
});
