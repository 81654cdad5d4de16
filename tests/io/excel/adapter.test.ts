import { snapshot } from "../../../src/emulator";
import { runEngine } from "../../../src/core/engine";
import { layoutReport } from "../../../src/core/report/layout-report";
import { toResultJson } from "../../../src/core/result-json";
import { STATE_SHEET, readProductState } from "../../../src/core/state/product-state";
import { readWorkbookGrid } from "../../../src/io/excel/read-workbook";
import { writeReport } from "../../../src/io/excel/write-report";
import { analyseWorkbook, generateReport } from "../../../src/taskpane/workflow";
import { FIVE_MB, WRITE_SYNC_BOUND, readSyncBound } from "../../bench/bounds";
import { emulated, exampleWorkbook, generatedLedger } from "./emulated-excel";

const SOURCES = ["Läs mig", "Underlag", "Förklaringar", "Investeringar"];

describe("the Excel adapter on the strict emulator", () => {
  it("reads the example through office.js calls and computes the published figures", async () => {
    const { port } = emulated(await exampleWorkbook());
    const analysis = await analyseWorkbook(port);
    const json = toResultJson(analysis.output);
    expect(json.total).toMatchObject({
      periodDeviation: "-1920000",
      forecastDeviation: "-14400000",
      unexplained: "0",
    });
    expect(json.explanations[0]).toMatchObject({ amount: "-22600000", sheet: "Förklaringar", cell: "C2" });
  });

  it("writes the report without changing any source sheet", async () => {
    const { emulator, port } = emulated(await exampleWorkbook());
    const before = SOURCES.map((s) => snapshot(emulator.workbook, s, "formulas"));
    const done = await generateReport(port, {}, () => undefined);
    expect(done.written?.sheets).toEqual([
      "Sammanfattning",
      "Avvikelse per nivå",
      "Driftredovisning",
      "Viktigaste förklaringar",
      "Investeringsredovisning",
    ]);
    expect(SOURCES.map((s) => snapshot(emulator.workbook, s, "formulas"))).toEqual(before);
    const names = emulator.workbook.sheets.map((s) => [s.name, s.visibility]);
    expect(names).toEqual([
      ["Läs mig", "Visible"],
      ["Underlag", "Visible"],
      ["Förklaringar", "Visible"],
      ["Investeringar", "Visible"],
      ["Sammanfattning", "Visible"],
      ["Avvikelse per nivå", "Visible"],
      ["Driftredovisning", "Visible"],
      ["Viktigaste förklaringar", "Visible"],
      ["Investeringsredovisning", "Visible"],
      [STATE_SHEET, "VeryHidden"],
    ]);
  });

  it("writes totals and deviations as formulas, user text as text, and protects the sheets", async () => {
    const workbook = await exampleWorkbook();
    const list = workbook.sheets.find((s) => s.name === "Förklaringar");
    list?.cells.set(1, 1, { value: '=HYPERLINK("http://example.invalid";"klicka")' });
    const { emulator, port } = emulated(workbook);
    await generateReport(port, {}, () => undefined);
    const formulas = snapshot(emulator.workbook, "Avvikelse per nivå", "formulas");
    const total = formulas.find((r) => r[0] === "Totalt");
    expect(total?.[1]).toMatch(/^=SUM\(B\d+:B\d+\)$/);
    const explanations = snapshot(emulator.workbook, "Viktigaste förklaringar", "formulas").flat();
    expect(explanations).toContain('=HYPERLINK("http://example.invalid";"klicka")');
    const sheet = emulator.workbook.sheets.find((s) => s.name === "Viktigaste förklaringar");
    let asFormula = false;
    sheet?.cells.forEach((cell) => {
      if (cell.formula?.includes("HYPERLINK")) asFormula = true;
    });
    expect(asFormula).toBe(false);
    expect(emulator.workbook.sheets.find((s) => s.name === "Avvikelse per nivå")?.protection.protected).toBe(
      true,
    );
  });

  it("regenerates over its own sheets and never replaces a sheet the user made", async () => {
    const workbook = await exampleWorkbook();
    const { emulator, port } = emulated(workbook);
    await generateReport(port, {}, () => undefined);
    await generateReport(port, { reportUnit: "mkr" }, () => undefined);
    expect(
      emulator.workbook.sheets.filter((s) => s.name.startsWith("Driftredovisning")).map((s) => s.name),
    ).toEqual(["Driftredovisning"]);
    const { state } = readProductState(await readWorkbookGrid(port.run));
    expect(state?.reportSheets).toContain("Driftredovisning");
    expect(state?.settings).toEqual({ reportUnit: "mkr" });
  });

  it("keeps a user's sheet with a report sheet's name and names the report sheet otherwise", async () => {
    const workbook = await exampleWorkbook();
    const { emulator, port } = emulated(workbook);
    await emulator.run(async (context) => {
      context.workbook.worksheets.add("Sammanfattning").getRange("A1").values = [["Mina anteckningar"]];
      await context.sync();
    });
    const done = await generateReport(port, {}, () => undefined);
    expect(done.written?.notices).toEqual([{ wanted: "Sammanfattning", got: "Sammanfattning (2)" }]);
    expect(snapshot(emulator.workbook, "Sammanfattning")).toEqual([["Mina anteckningar"]]);
  });

  it.each([100, 100_000])("writes the report of a %i-row ledger in the same few syncs", async (rows) => {
    const { emulator, port } = emulated(generatedLedger(rows));
    const grid = await readWorkbookGrid(port.run);
    const result = runEngine({ workbook: grid }).result;
    if (!result) throw new Error("expected a result");
    const before = emulator.stats.syncs;
    await writeReport(port.run, layoutReport({ result, generatedAt: "2024-05-13 09:00" }), {
      capabilities: port.capabilities,
      ownSheets: [],
    });
    // Names; content under temporary names; the look, best effort; the swap.
    expect(emulator.stats.syncs - before).toBe(WRITE_SYNC_BOUND);
    expect(emulator.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
  });

  it("reads a sheet of 1 048 576 rows with no request or response near 5 MB", async () => {
    const { emulator, port } = emulated(generatedLedger(1_048_575));
    const grid = await readWorkbookGrid(port.run);
    expect(grid.sheets[0]?.rows.length).toBe(1_048_576);
    expect(emulator.stats.maxResponseBytes).toBeLessThan(FIVE_MB);
    expect(emulator.stats.maxRequestBytes).toBeLessThan(FIVE_MB);
    expect(emulator.stats.syncs).toBeGreaterThan(40);
    // no more round trips than cells / CELLS_PER_SYNC (and no range over 5 million cells: the emulator refuses one)
    expect(emulator.stats.syncs).toBeLessThanOrEqual(readSyncBound([{ rows: 1_048_576, cols: 5 }]));
  }, 120_000);
});
