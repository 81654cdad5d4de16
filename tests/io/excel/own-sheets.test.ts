import { snapshot } from "../../../src/emulator";
import type { Emulator } from "../../../src/emulator";
import { STATE_SHEET } from "../../../src/core/state/product-state";
import { toResultJson } from "../../../src/core/result-json";
import { analyseWorkbook, generateReport } from "../../../src/taskpane/workflow";
import { emulated, exampleWorkbook } from "./emulated-excel";

const REPORT = [
  "Sammanfattning",
  "Avvikelse per nivå",
  "Driftredovisning",
  "Viktigaste förklaringar",
  "Investeringsredovisning",
];

const withoutSheet = (emulator: Emulator, name: string): void => {
  emulator.workbook.sheets = emulator.workbook.sheets.filter((s) => s.name !== name);
};

describe("the add-in never takes a sheet that is not the product's by state and mark", () => {
  it("with the state sheet gone, keeps the old report sheets as they are, reads none, and writes beside them", async () => {
    const { emulator, port } = emulated(await exampleWorkbook());
    const first = toResultJson((await analyseWorkbook(port)).output);
    await generateReport(port, {}, () => undefined);
    withoutSheet(emulator, STATE_SHEET);
    const before = REPORT.map((name) => snapshot(emulator.workbook, name, "formulas"));

    const analysis = await analyseWorkbook(port);
    expect(analysis.output.settings.sheets?.map((s) => s.name)).toEqual([
      "Underlag",
      "Förklaringar",
      "Investeringar",
    ]);
    expect(toResultJson(analysis.output).total).toEqual(first.total);
    expect(toResultJson(analysis.output).investments).toEqual(first.investments);
    const second = await generateReport(port, {}, () => undefined);
    expect(second.written?.sheets).toEqual(REPORT.map((name) => `${name} (2)`));
    expect(REPORT.map((name) => snapshot(emulator.workbook, name, "formulas"))).toEqual(before);
  });

  it("says that a corrupt state cannot be read, at its cell, and still takes none of the old sheets", async () => {
    const { emulator, port } = emulated(await exampleWorkbook());
    await generateReport(port, {}, () => undefined);
    const state = emulator.workbook.sheets.find((s) => s.name === STATE_SHEET);
    state?.cells.set(1, 0, { value: '{"version":1,"reportSheets":["Samman' });
    const analysis = await analyseWorkbook(port);
    expect(analysis.output.issues).toContainEqual(
      expect.objectContaining({ code: "state-unreadable", sheet: STATE_SHEET, cell: "A2" }),
    );
    const again = await generateReport(port, {}, () => undefined);
    expect(again.written?.sheets).toEqual(REPORT.map((name) => `${name} (2)`));
    expect(emulator.workbook.sheets.filter((s) => REPORT.includes(s.name))).toHaveLength(5);
  });

  it("keeps a sheet the state lists that lost the mark: the user's own under a report sheet's name", async () => {
    const { emulator, port } = emulated(await exampleWorkbook());
    await generateReport(port, {}, () => undefined);
    withoutSheet(emulator, "Driftredovisning");
    await emulator.run(async (context) => {
      context.workbook.worksheets.add("Driftredovisning").getRange("A1").values = [["Mina anteckningar"]];
      await context.sync();
    });
    const done = await generateReport(port, {}, () => undefined);
    expect(done.written?.notices).toEqual([{ wanted: "Driftredovisning", got: "Driftredovisning (2)" }]);
    expect(snapshot(emulator.workbook, "Driftredovisning")).toEqual([["Mina anteckningar"]]);
    expect(emulator.workbook.sheets.filter((s) => s.name.startsWith("Sammanfattning"))).toHaveLength(1);
  });

  it("ends with the summary active, though Excel activates every sheet whose panes it freezes", async () => {
    const { emulator, port } = emulated(await exampleWorkbook());
    await generateReport(port, {}, () => undefined);
    expect(emulator.workbook.activeSheet).toBe("Sammanfattning");
  });
});
