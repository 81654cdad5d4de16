import type { Emulator, EmulatedWorkbook } from "../../../src/emulator";
import { addSheet, deleteSheet, snapshot } from "../../../src/emulator";
import { STATE_SHEET, readProductState } from "../../../src/core/state/product-state";
import { readWorkbookGrid } from "../../../src/io/excel/read-workbook";
import { generateReport } from "../../../src/taskpane/workflow";
import type { ExcelPort } from "../../../src/taskpane/workflow";
import { emulated, exampleWorkbook } from "./emulated-excel";

const SOURCES = ["Läs mig", "Underlag", "Förklaringar", "Investeringar"];
const REPORT = [
  "Sammanfattning",
  "Avvikelse per nivå",
  "Driftredovisning",
  "Viktigaste förklaringar",
  "Investeringsredovisning",
];
const TEMPORARY = /^Budgetrapport [0-9a-z]{6} \d+$/;

/** The swap's renames of the temporary sheets, as the add-in sends them. */
const RENAMES = /worksheets\.add\("Budgetrapport [^"]*"\)\.name = /;
/** The content sync, which adds the temporary sheets. */
const ADDS = /worksheets\.add\("Budgetrapport /;

const generate = (port: ExcelPort) => generateReport(port, {}, () => undefined);
/** The visible sheets (the state sheet, very hidden, keeps the place it was created in). */
const names = (emulator: Emulator): string[] =>
  emulator.workbook.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);
const reportSnapshots = (emulator: Emulator) => REPORT.map((n) => snapshot(emulator.workbook, n, "formulas"));

async function listedSheets(port: ExcelPort): Promise<string[] | undefined> {
  return readProductState(await readWorkbookGrid(port.run)).state?.reportSheets;
}

/** The example with its report written once, as a colleague opens it. */
async function withReport(): Promise<{ emulator: Emulator; port: ExcelPort }> {
  const pair = emulated(await exampleWorkbook());
  await generate(pair.port);
  return pair;
}

const temporary = (wb: EmulatedWorkbook, n: number): string => {
  const sheet = wb.sheets.find((s) => TEMPORARY.test(s.name) && s.name.endsWith(` ${n}`));
  if (!sheet) throw new Error(`no temporary sheet ${n}`);
  return sheet.name;
};

describe("a colleague (or a second window) changes the sheets while the report is written", () => {
  it("deletes an old report sheet as the swap is sent: the swap is finished, complete, and the state lists it", async () => {
    const { emulator, port } = await withReport();
    emulator.secondWriter.before(/\.delete\(\)/, (wb) => deleteSheet(wb, "Driftredovisning"));
    const done = await generate(port);
    expect(emulator.secondWriter.pending).toBe(0);
    expect(done.written?.sheets).toEqual(REPORT);
    expect(names(emulator)).toEqual([...SOURCES, ...REPORT]);
    expect(await listedSheets(port)).toEqual(REPORT);
  });

  it("adds a sheet under a report sheet's name as the swap is sent: the report takes another name, the colleague's sheet is kept", async () => {
    const { emulator, port } = emulated(await exampleWorkbook());
    emulator.secondWriter.before(RENAMES, (wb) => {
      addSheet(wb, "Viktigaste förklaringar", [["Mina anteckningar"]]);
    });
    const done = await generate(port);
    expect(emulator.secondWriter.pending).toBe(0);
    expect(done.written?.notices).toEqual([
      { wanted: "Viktigaste förklaringar", got: "Viktigaste förklaringar (2)" },
    ]);
    expect(snapshot(emulator.workbook, "Viktigaste förklaringar")).toEqual([["Mina anteckningar"]]);
    expect(names(emulator).filter((n) => TEMPORARY.test(n))).toEqual([]);
    expect(await listedSheets(port)).toEqual(done.written?.sheets);
  });

  it("deletes a new sheet before it is renamed: nothing of the old report is lost, no temporary sheet is left", async () => {
    const { emulator, port } = await withReport();
    const before = reportSnapshots(emulator);
    emulator.secondWriter.before(/\.delete\(\)/, (wb) => deleteSheet(wb, temporary(wb, 3)));
    await expect(generate(port)).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(emulator.secondWriter.pending).toBe(0);
    expect(names(emulator)).toEqual([...SOURCES, ...REPORT]);
    expect(reportSnapshots(emulator)).toEqual(before);
    // Tried again, the report is written over the old one.
    expect((await generate(port)).written?.sheets).toEqual(REPORT);
    expect(names(emulator)).toEqual([...SOURCES, ...REPORT]);
  });

  it("deletes an old report sheet before the add-in looks at it: it is passed over, and the report is written", async () => {
    const { emulator, port } = await withReport();
    emulator.secondWriter.before(ADDS, (wb) => deleteSheet(wb, "Driftredovisning"));
    const done = await generate(port);
    expect(emulator.secondWriter.pending).toBe(0);
    expect(done.written?.sheets).toEqual(REPORT);
    expect(names(emulator)).toEqual([...SOURCES, ...REPORT]);
  });
});

describe("a write that stops halfway leaves nothing the next one cannot clean up", () => {
  it("when the swap fails and so does finishing it, the state lists the sheets left, and the next report removes them", async () => {
    const { emulator, port } = await withReport();
    emulator.refusedCalls.refuse(RENAMES);
    await expect(generate(port)).rejects.toMatchObject({ name: "UnfinishedReportError" });
    const left = names(emulator).filter((n) => TEMPORARY.test(n));
    expect(left).toHaveLength(REPORT.length);
    expect(await listedSheets(port)).toEqual(expect.arrayContaining(left));

    emulator.refusedCalls.allow();
    expect((await generate(port)).written?.sheets).toEqual(REPORT);
    expect(names(emulator)).toEqual([...SOURCES, ...REPORT]);
    expect(await listedSheets(port)).toEqual(REPORT);
  });

  it("temporary sheets no state lists (the state could not be written) are removed by their name and mark", async () => {
    const { emulator, port } = await withReport();
    // the writes into the state sheet (reading it before the write is allowed)
    emulator.refusedCalls.refuse(new RegExp(`${STATE_SHEET}.*\\.getRange\\(`));
    await expect(generate(port)).rejects.toMatchObject({ name: "UnfinishedReportError" });
    expect(names(emulator).filter((n) => TEMPORARY.test(n))).toHaveLength(REPORT.length);
    expect(await listedSheets(port)).toEqual(REPORT);

    emulator.refusedCalls.allow();
    expect((await generate(port)).written?.sheets).toEqual(REPORT);
    expect(names(emulator)).toEqual([...SOURCES, ...REPORT]);
  });
});
