import { join } from "node:path";
import { main } from "../../../src/cli/main";
import { isReportSheet } from "../../../src/core/model/report-marker";
import { STATE_SHEET } from "../../../src/core/state/product-state";
import { runOnWorkbook } from "../../../src/core/state/run-on-workbook";
import { readGridFile } from "../../../src/io/xlsx/read-grid";
import { convertWithLibreOffice } from "../../helpers/libreoffice";
import { captureConsole, smallLedger, tempDir, writeWorkbook } from "../../helpers/xlsx";

const REPORT = ["Sammanfattning", "Avvikelse per nivå", "Driftredovisning", "Viktigaste förklaringar"];

/**
 * The mark by which the product knows its sheets lives in a cell, so that it survives what a workbook
 * goes through: here a report opened and saved again by another spreadsheet program.
 */
describe("the report sheets' mark, after LibreOffice saved the report again", () => {
  it("is still there, and the old report is still not read as input once the state is gone", async () => {
    const dir = tempDir();
    const input = join(dir, "in.xlsx");
    await writeWorkbook(input, [smallLedger()]);
    const report = join(dir, "rapport.xlsx");
    expect(await main(["generate", input, "--out", report], captureConsole(), new Date(2024, 4, 13))).toBe(0);
    const saved = join(await convertWithLibreOffice(report, "xlsx"), "rapport.xlsx");
    const grid = await readGridFile(saved);
    expect(grid.sheets.filter(isReportSheet).map((s) => s.name)).toEqual(REPORT);
    const sources = { sheets: grid.sheets.filter((s) => s.name !== STATE_SHEET) };
    const output = runOnWorkbook(sources, undefined, {}, { fallbackYear: 2024 });
    expect(output.settings.sheets?.map((s) => s.name)).toEqual(["Underlag"]);
    expect(output.result?.total.annualBudget).toBe(198_000_000);
  }, 120_000);
});
