import {
  addSheet,
  createEmulator,
  deleteSheet,
  findSheet,
  insertRows,
  renameSheet,
  snapshot,
  sortRows,
  typeRow,
} from "../../src/emulator";
import { rejection, workbookWith } from "./helpers";

describe("a second writer, whose changes land between the add-in's syncs", () => {
  it("changes the workbook after the add-in's n-th sync, once, before its next sync is carried out", async () => {
    const emu = createEmulator(workbookWith({ Data: [["a"]] }));
    emu.secondWriter.after(1, (wb) => typeRow(wb, "Data", 1, ["kollegans"]));
    await emu.run(async (ctx) => {
      const first = ctx.workbook.worksheets.getItem("Data").getRange("A1").load("values");
      await ctx.sync();
      // Loaded before the change: the add-in still sees its own read.
      expect(first.values).toEqual([["a"]]);
      expect(emu.secondWriter.pending).toBe(1);
      const second = ctx.workbook.worksheets.getItem("Data").getRange("A1").load("values");
      await ctx.sync();
      expect(second.values).toEqual([["kollegans"]]);
    });
    expect(emu.secondWriter.pending).toBe(0);
  });

  it("lands just before the sync that carries a matching call, and a proxy bound to a deleted sheet then fails", async () => {
    const emu = createEmulator(workbookWith({ Data: [[1]], Gammal: [[2]] }));
    emu.secondWriter.before(/\.delete\(\)/, (wb) => deleteSheet(wb, "Gammal"));
    const error = await rejection(
      emu.run(async (ctx) => {
        const old = ctx.workbook.worksheets.getItem("Gammal");
        old.load("id");
        await ctx.sync();
        old.delete();
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    expect(emu.workbook.sheets.map((s) => s.name)).toEqual(["Data"]);
  });

  it("renames, adds, inserts rows and sorts as a user would", () => {
    const emu = createEmulator(
      workbookWith({
        Lista: [
          ["Nivå", "Text"],
          ["LSS", "b"],
          ["IFO", "a"],
        ],
      }),
    );
    const wb = emu.workbook;
    insertRows(wb, "Lista", 2);
    expect(snapshot(wb, "Lista")).toEqual([
      ["Nivå", "Text"],
      ["", ""],
      ["LSS", "b"],
      ["IFO", "a"],
    ]);
    sortRows(wb, "Lista", 1, 0);
    expect(snapshot(wb, "Lista")).toEqual([
      ["Nivå", "Text"],
      ["IFO", "a"],
      ["LSS", "b"],
    ]);
    renameSheet(wb, "Lista", "Förklaringar");
    addSheet(wb, "Lista", [["egen"]]);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Förklaringar", "Lista"]);
    expect(findSheet(wb, "Lista")?.cells.get(0, 0)).toEqual({ value: "egen" });
  });
});

describe("calls the emulated Excel is told to refuse", () => {
  it("fail their sync where they stand: what came before stays, what came after is dropped", async () => {
    const emu = createEmulator(workbookWith({ Data: [[1]] }));
    emu.refusedCalls.refuse(/pageLayout\.zoom/);
    const error = await rejection(
      emu.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Data");
        ws.getRange("A1").values = [[2]];
        ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        ws.getRange("A2").values = [[3]];
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("GeneralException");
    expect(error.debugInfo?.statement).toMatch(/pageLayout\.zoom = /);
    expect(snapshot(emu.workbook, "Data")).toEqual([[2]]);
    emu.refusedCalls.allow();
    await emu.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").pageLayout.zoom = { scale: 90 };
      await ctx.sync();
    });
    expect(findSheet(emu.workbook, "Data")?.pageLayout.zoom).toEqual({ scale: 90 });
  });
});
