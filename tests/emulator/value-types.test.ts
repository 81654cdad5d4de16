import { createEmulator, findSheet, loadXlsx, saveXlsx } from "../../src/emulator";
import type { EmulatedWorkbook } from "../../src/emulator";
import { workbookWith } from "./helpers";

/** A sheet "Data" with, in A1:H1: an error of a formula, newer errors, a text like an error, and the rest. */
function withErrors(): EmulatedWorkbook {
  const wb = workbookWith({ Data: [[]] });
  const cells = findSheet(wb, "Data")?.cells;
  cells?.set(0, 0, { formula: "=1/0", value: "#DIV/0!", error: true });
  cells?.set(0, 1, { formula: '=PY("x")', value: "#PYTHON!", error: true });
  cells?.set(0, 2, { value: "#EXTERNAL!", error: true });
  cells?.set(0, 3, { value: "#N/A" });
  cells?.set(0, 4, { value: 12.5 });
  cells?.set(0, 5, { value: true });
  cells?.set(0, 7, { formula: "=SUM(E1:E9)" });
  return wb;
}

async function read(wb: EmulatedWorkbook): Promise<{ values: unknown[][]; types: unknown[][] }> {
  const emu = createEmulator(wb);
  return emu.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem("Data").getRange("A1:H1");
    range.load("values,valueTypes");
    await ctx.sync();
    return { values: range.values, types: range.valueTypes };
  });
}

describe("Range.valueTypes: what tells an error from a text", () => {
  it("gives an error's text in values, as for a text, and says Error only in valueTypes", async () => {
    const { values, types } = await read(withErrors());
    expect(values).toEqual([["#DIV/0!", "#PYTHON!", "#EXTERNAL!", "#N/A", 12.5, true, "", null]]);
    expect(types).toEqual([["Error", "Error", "Error", "String", "Double", "Boolean", "Empty", "Unknown"]]);
  });

  it("is read-only, and unreadable until loaded and synced", async () => {
    const emu = createEmulator(withErrors());
    await emu.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Data").getRange("A1");
      expect(() => range.valueTypes).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as Error);
      expect(() => {
        (range as unknown as { valueTypes: unknown }).valueTypes = [["String"]];
      }).toThrow(TypeError);
      await ctx.sync();
    });
  });

  it("counts in the response like values, so a large read of it is refused past 5 MB", async () => {
    const emu = createEmulator(workbookWith({ Data: [[1]] }));
    await expect(
      emu.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Data").getRangeByIndexes(0, 0, 1000, 1000).load("valueTypes");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("keeps an error an error through a changed number format, and a saved and loaded .xlsx", async () => {
    const wb = withErrors();
    const emu = createEmulator(wb);
    await emu.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1:D1").numberFormat = [["0", "0", "0", "0"]];
      await ctx.sync();
    });
    const back = await loadXlsx(await saveXlsx(wb));
    const { types } = await read(back);
    expect(types[0]?.slice(0, 4)).toEqual(["Error", "Error", "Error", "String"]);
    expect(findSheet(back, "Data")?.cells.get(0, 1)).toMatchObject({
      formula: '=PY("x")',
      value: "#PYTHON!",
    });
  });

  it("is no error once a value is written over it", async () => {
    const wb = withErrors();
    const emu = createEmulator(wb);
    await emu.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [[7]];
      await ctx.sync();
    });
    expect((await read(wb)).types[0]?.[0]).toBe("Double");
  });
});
