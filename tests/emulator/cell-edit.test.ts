import { createEmulator, snapshot } from "../../src/emulator";
import { rejection, workbookWith } from "./helpers";

/** Lets every pending promise and timer callback run. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

describe("cell-edit mode (the user typing in a cell)", () => {
  it("fails a request with InvalidOperationInCellEditMode and applies nothing of it", async () => {
    const emu = createEmulator(workbookWith({ Data: [["x"]] }));
    emu.enterCellEditMode();
    const error = await rejection(
      emu.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [["new"]];
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperationInCellEditMode");
    expect(snapshot(emu.workbook, "Data")).toEqual([["x"]]);
    expect(emu.stats.log.at(-1)?.error).toBe("InvalidOperationInCellEditMode");
  });

  it("with delayForCellEdit, holds the request until the user leaves the cell, then carries it out", async () => {
    const emu = createEmulator(workbookWith({ Data: [["x"]] }));
    emu.enterCellEditMode();
    let done = false;
    const running = emu
      .run({ delayForCellEdit: true }, async (ctx) => {
        ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [["new"]];
        await ctx.sync();
      })
      .then(() => (done = true));
    await settle();
    expect([done, snapshot(emu.workbook, "Data")]).toEqual([false, [["x"]]]);
    emu.exitCellEditMode();
    await running;
    expect(snapshot(emu.workbook, "Data")).toEqual([["new"]]);
  });

  it("checks each sync: an edit begun between two syncs holds the second one", async () => {
    const emu = createEmulator(workbookWith({ Data: [["x"]] }));
    let secondSent = false;
    const running = emu.run({ delayForCellEdit: true }, async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Data").getRange("A1").load("values");
      await ctx.sync();
      const first = range.values;
      emu.enterCellEditMode();
      range.values = [["second"]];
      await ctx.sync();
      secondSent = true;
      return first;
    });
    await settle();
    expect(secondSent).toBe(false);
    emu.exitCellEditMode();
    expect(await running).toEqual([["x"]]);
    expect(snapshot(emu.workbook, "Data")).toEqual([["second"]]);
  });

  it("sends nothing, and so fails nothing, for a sync with nothing queued", async () => {
    const emu = createEmulator(workbookWith({ Data: [["x"]] }));
    emu.enterCellEditMode();
    await expect(emu.run(async (ctx) => ctx.sync())).resolves.toBeUndefined();
  });

  it("refuses run options it does not model", async () => {
    const emu = createEmulator(workbookWith({ Data: [["x"]] }));
    const options = { mergeUndoGroup: true } as unknown as { delayForCellEdit?: boolean };
    const error = await rejection(emu.run(options, async (ctx) => ctx.sync()));
    expect(error.code).toBe("InvalidArgument");
  });
});
