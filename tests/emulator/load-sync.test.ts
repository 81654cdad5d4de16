import { createEmulator, EmulatorError, snapshot } from "../../src/emulator";
import { rejection, workbookWith } from "./helpers";

const data = (): ReturnType<typeof workbookWith> => workbookWith({ Data: [["old", 2]], Other: [[1]] });

describe("load and sync (rule 1)", () => {
  it("throws PropertyNotLoaded for a property never loaded, naming it as office.js does", async () => {
    const emu = createEmulator(data());
    await emu.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Data").getRange("A1:B1");
      await ctx.sync();
      let error: unknown;
      try {
        void range.values;
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(EmulatorError);
      expect(error).toMatchObject({
        name: "OfficeExtension.Error",
        code: "PropertyNotLoaded",
        debugInfo: { errorLocation: "Range.values" },
      });
      expect((error as Error).message).toContain("'values'");
    });
  });

  it("is still not loaded after load() without sync()", async () => {
    const emu = createEmulator(data());
    await emu.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.load("name");
      expect(() => ws.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as Error);
      // A sync not awaited has not answered yet either.
      const pending = ctx.sync();
      expect(() => ws.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as Error);
      await pending;
      expect(ws.name).toBe("Data");
      expect(() => ws.visibility).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as Error);
    });
  });

  it("makes a property unreadable once set, until it is loaded again", async () => {
    const emu = createEmulator(data());
    await emu.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Data").getRange("A1");
      range.load("values");
      await ctx.sync();
      expect(range.values).toEqual([["old"]]);
      range.values = [["new"]];
      // Stricter than office.js, which echoes the value set: Excel may store something else.
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as Error);
      range.load("values");
      await ctx.sync();
      expect(range.values).toEqual([["new"]]);
    });
  });

  it("loads nested paths, navigation properties and toJSON", async () => {
    const emu = createEmulator(data());
    await emu.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Data").getRange("B1");
      range.load(["address", "format/font/bold", "worksheet/name"]);
      await ctx.sync();
      expect(range.address).toBe("Data!B1");
      expect(range.format.font.bold).toBe(false);
      expect(range.worksheet.name).toBe("Data");
      expect(() => range.format.font.italic).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" }) as Error,
      );
      expect(range.toJSON()).toEqual({ address: "Data!B1" });
    });
  });

  it("loads collection items only when asked, in tab order", async () => {
    const emu = createEmulator(data());
    await emu.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as Error);
      sheets.load("items/name,items/visibility");
      await ctx.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
        ["Data", "Visible"],
        ["Other", "Visible"],
      ]);
      expect(() => sheets.items[0]?.position).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" }) as Error,
      );
      sheets.load("items");
      await ctx.sync();
      expect(sheets.items[1]?.position).toBe(1);
    });
  });

  it("knows isNullObject only after a sync", async () => {
    const emu = createEmulator(data());
    await emu.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      const present = ctx.workbook.worksheets.getItemOrNullObject("data");
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" }) as Error,
      );
      present.load("name");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("Data");
    });
  });

  it("refuses a member the emulator does not have instead of ignoring it", async () => {
    const emu = createEmulator(data());
    await emu.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Data").getRange("A1");
      expect(() => range.load("hyperlink")).toThrow(
        expect.objectContaining({ code: "NotImplemented" }) as Error,
      );
      expect(() => {
        (range.format as unknown as Record<string, unknown>).verticalAlignment = "Center";
      }).toThrow(TypeError);
      await ctx.sync();
    });
  });
});

describe("queued writes (rule 2)", () => {
  const readA1 = (emu: ReturnType<typeof createEmulator>): Promise<unknown> =>
    emu.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Data").getRange("A1").load("values");
      await ctx.sync();
      return r.values[0]?.[0] as unknown;
    });

  it("applies a write only at sync: another run reads the old state before it", async () => {
    const emu = createEmulator(data());
    await emu.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [["new"]];
      expect(await readA1(emu)).toBe("old");
      expect(snapshot(emu.workbook, "Data")[0]?.[0]).toBe("old");
      await ctx.sync();
      expect(await readA1(emu)).toBe("new");
    });
  });

  it("sends what is left at the end of run, as Excel.run does", async () => {
    const emu = createEmulator(data());
    await emu.run((ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [["last"]];
      return Promise.resolve();
    });
    expect(await readA1(emu)).toBe("last");
  });

  it("rejects with the batch's own error and sends nothing more", async () => {
    const emu = createEmulator(data());
    const error = await rejection(
      emu.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [["never"]];
        await Promise.resolve();
        throw new Error("batch failed");
      }),
    );
    expect(error.message).toBe("batch failed");
    expect(await readA1(emu)).toBe("old");
  });

  it("stops a failing sync where it failed: earlier operations stay, later ones are dropped", async () => {
    const emu = createEmulator(data());
    const error = await rejection(
      emu.run(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.getItem("Data").getRange("A1").values = [["first"]];
        sheets.getItem("Missing").getRange("A1").values = [["x"]];
        sheets.getItem("Data").getRange("B1").values = [["third"]];
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    expect(error.debugInfo?.statement).toContain('getItem("Missing")');
    expect(snapshot(emu.workbook, "Data")).toEqual([["first", 2]]);
  });

  it("runs operations in the order queued", async () => {
    const emu = createEmulator(data());
    await emu.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.name = "Renamed";
      const range = ws.getRange("A1").load("address");
      await ctx.sync();
      expect(range.address).toBe("Renamed!A1");
    });
  });

  it("refuses a context whose run has finished", async () => {
    const emu = createEmulator(data());
    let kept: Excel.RequestContext | undefined;
    await emu.run((ctx) => {
      kept = ctx;
      return Promise.resolve();
    });
    kept?.workbook.worksheets.getItem("Data").getRange("A1").load("values");
    const error = await rejection(kept?.sync() ?? Promise.resolve());
    expect(error.code).toBe("InvalidObjectPath");
  });
});
