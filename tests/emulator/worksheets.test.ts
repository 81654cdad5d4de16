import { createEmulator, createWorkbook, createSheet } from "../../src/emulator";
import { rejection, workbookWith } from "./helpers";

const twoSheets = (): ReturnType<typeof workbookWith> => workbookWith({ Data: [["x"]], Other: [[1]] });

describe("worksheets", () => {
  it("fails getItem of a missing sheet with ItemNotFound at sync", async () => {
    const emu = createEmulator(twoSheets());
    const error = await rejection(
      emu.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Saknas").load("name");
        await ctx.sync();
        return ws.name;
      }),
    );
    expect(error).toMatchObject({
      code: "ItemNotFound",
      debugInfo: { errorLocation: "WorksheetCollection.getItem" },
    });
  });

  it("finds sheets ignoring case and adds a name only once, ignoring case", async () => {
    const emu = createEmulator(twoSheets());
    const name = await emu.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("DATA").load("name");
      await ctx.sync();
      return ws.name;
    });
    expect(name).toBe("Data");
    const error = await rejection(
      emu.run(async (ctx) => {
        ctx.workbook.worksheets.add("data");
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("ItemAlreadyExists");
  });

  it.each(["a[b", "a]b", "a:b", "a*b", "a?b", "a/b", "a\\b", "x".repeat(32), "", "'quoted'", "History"])(
    "refuses the sheet name %j with InvalidArgument",
    async (name) => {
      const emu = createEmulator(twoSheets());
      const error = await rejection(
        emu.run(async (ctx) => {
          ctx.workbook.worksheets.add(name);
          await ctx.sync();
        }),
      );
      expect(error.code).toBe("InvalidArgument");
      expect(emu.workbook.sheets).toHaveLength(2);
    },
  );

  it("adds at the end, without activating, and picks SheetN without a name", async () => {
    const emu = createEmulator(twoSheets());
    await emu.run(async (ctx) => {
      const long = ctx.workbook.worksheets.add("x".repeat(31)).load("position");
      const unnamed = ctx.workbook.worksheets.add().load("name");
      await ctx.sync();
      expect(long.position).toBe(2);
      expect(unnamed.name).toBe("Sheet4");
    });
    expect(emu.workbook.activeSheet).toBeUndefined();
  });

  it("keeps a proxy bound to its sheet across a rename, and refuses a taken name", async () => {
    const emu = createEmulator(twoSheets());
    await emu.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.name = "Rapport";
      ws.getRange("B1").values = [["still here"]];
      await ctx.sync();
    });
    expect(emu.workbook.sheets.map((s) => s.name)).toEqual(["Rapport", "Other"]);
    const error = await rejection(
      emu.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Rapport").name = "OTHER";
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("ItemAlreadyExists");
  });

  it("hides, very-hides, moves and deletes, but keeps one visible sheet", async () => {
    const emu = createEmulator(twoSheets());
    await emu.run(async (ctx) => {
      const other = ctx.workbook.worksheets.getItem("Other");
      other.visibility = "VeryHidden";
      other.position = 0;
      await ctx.sync();
    });
    expect(emu.workbook.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Other", "VeryHidden"],
      ["Data", "Visible"],
    ]);
    for (const change of [
      (ws: Excel.Worksheet) => (ws.visibility = "Hidden"),
      (ws: Excel.Worksheet) => ws.delete(),
    ]) {
      const error = await rejection(
        emu.run(async (ctx) => {
          change(ctx.workbook.worksheets.getItem("Data"));
          await ctx.sync();
        }),
      );
      expect(error.code).toBe("InvalidOperation");
    }
    const activate = await rejection(
      emu.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Other").activate();
        await ctx.sync();
      }),
    );
    expect(activate.code).toBe("InvalidOperation");
    await emu.run(async (ctx) => {
      const other = ctx.workbook.worksheets.getItem("Other");
      other.visibility = "Hidden";
      other.delete();
      await ctx.sync();
    });
    expect(emu.workbook.sheets.map((s) => s.name)).toEqual(["Data"]);
  });

  it("refuses to delete a very hidden sheet, as Worksheet.delete's reference says, until it is made visible or hidden", async () => {
    const emu = createEmulator(twoSheets());
    await emu.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Other").visibility = "VeryHidden";
      await ctx.sync();
    });
    const error = await rejection(
      emu.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Other").delete();
        await ctx.sync();
      }),
    );
    expect(error).toMatchObject({
      code: "InvalidOperation",
      debugInfo: { errorLocation: "Worksheet.delete" },
    });
    expect(emu.workbook.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Data", "Visible"],
      ["Other", "VeryHidden"],
    ]);
    await emu.run(async (ctx) => {
      const other = ctx.workbook.worksheets.getItem("Other");
      other.visibility = "Visible";
      other.delete();
      await ctx.sync();
    });
    expect(emu.workbook.sheets.map((s) => s.name)).toEqual(["Data"]);
  });

  it("fails operations on a sheet deleted earlier", async () => {
    const emu = createEmulator(twoSheets());
    const error = await rejection(
      emu.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Other");
        ws.load("name");
        await ctx.sync();
        ws.delete();
        await ctx.sync();
        ws.getRange("A1").values = [[1]];
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });

  it("gives A1 as the used range of a blank sheet (as Excel documents) and a null object for the OrNullObject form", async () => {
    const emu = createEmulator(createWorkbook([createSheet("Blank")]));
    await emu.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Blank");
      const used = ws.getUsedRange().load("address");
      const orNull = ws.getUsedRangeOrNullObject().load("address");
      await ctx.sync();
      expect(used.address).toBe("Blank!A1");
      expect(orNull.isNullObject).toBe(true);
    });
  });

  it("gives the used range of values, or of values and formats", async () => {
    const emu = createEmulator(
      workbookWith({
        Data: [
          ["", ""],
          ["", "b"],
        ],
      }),
    );
    await emu.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("D5").format.font.bold = true;
      const values = ws.getUsedRange(true).load("address");
      const all = ws.getUsedRange().load("address");
      await ctx.sync();
      expect(values.address).toBe("Data!B2");
      expect(all.address).toBe("Data!B2:D5");
    });
  });

  it("activates the sheet of a selected range", async () => {
    const emu = createEmulator(twoSheets());
    await emu.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Other").getRange("B2:C3").select();
      const active = ctx.workbook.worksheets.getActiveWorksheet().load("name");
      await ctx.sync();
      expect(active.name).toBe("Other");
    });
    expect(emu.workbook.selection).toBe("Other!B2:C3");
  });
});
