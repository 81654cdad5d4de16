import { createEmulator } from "../../src/emulator";
import { rejection, workbookWith } from "./helpers";

const data = () => workbookWith({ Data: [[1]], Andra: [[2]] });

describe("the workbook's structure protection (Workbook.protection, ExcelApi 1.7)", () => {
  it("refuses adding, deleting, renaming, moving, hiding and showing sheets while protected", async () => {
    const emu = createEmulator(data());
    await emu.run(async (ctx) => {
      ctx.workbook.protection.protect("hemligt");
      await ctx.sync();
    });
    const changes: ((ctx: Excel.RequestContext) => void)[] = [
      (ctx) => ctx.workbook.worksheets.add("Ny"),
      (ctx) => ctx.workbook.worksheets.getItem("Andra").delete(),
      (ctx) => (ctx.workbook.worksheets.getItem("Andra").name = "Tredje"),
      (ctx) => (ctx.workbook.worksheets.getItem("Andra").position = 0),
      (ctx) => (ctx.workbook.worksheets.getItem("Andra").visibility = "Hidden"),
    ];
    for (const change of changes) {
      const error = await rejection(
        emu.run(async (ctx) => {
          change(ctx);
          await ctx.sync();
        }),
      );
      expect(error.code).toBe("AccessDenied");
    }
    expect(emu.workbook.sheets.map((s) => s.name)).toEqual(["Data", "Andra"]);
    // cells are the sheets' protection's to guard, not the structure's
    await emu.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [[5]];
      await ctx.sync();
    });
  });

  it("says whether it is protected, and lifts with the right password only", async () => {
    const emu = createEmulator(data());
    const isProtected = () =>
      emu.run(async (ctx) => {
        ctx.workbook.load("protection/protected");
        await ctx.sync();
        return ctx.workbook.protection.protected;
      });
    expect(await isProtected()).toBe(false);
    await emu.run(async (ctx) => {
      ctx.workbook.protection.protect("hemligt");
      await ctx.sync();
    });
    expect(await isProtected()).toBe(true);
    const again = await rejection(
      emu.run(async (ctx) => {
        ctx.workbook.protection.protect();
        await ctx.sync();
      }),
    );
    expect(again.code).toBe("InvalidOperation");
    const wrong = await rejection(
      emu.run(async (ctx) => {
        ctx.workbook.protection.unprotect("fel");
        await ctx.sync();
      }),
    );
    expect(wrong.code).toBe("InvalidArgument");
    await emu.run(async (ctx) => {
      ctx.workbook.protection.unprotect("hemligt");
      ctx.workbook.worksheets.add("Ny");
      await ctx.sync();
    });
    expect(await isProtected()).toBe(false);
  });

  it("is not there before ExcelApi 1.7", async () => {
    const emu = createEmulator(data(), { requirements: { ExcelApi: "1.6" } });
    await emu.run(async (ctx) => {
      expect(() => ctx.workbook.protection).toThrow(
        expect.objectContaining({ code: "ApiNotFound" }) as Error,
      );
      await ctx.sync();
    });
  });
});
