import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../../src/cli/main";
import { runEngine } from "../../../src/core/engine";
import type { ReportLayout } from "../../../src/core/report/layout";
import { layoutReport } from "../../../src/core/report/layout-report";
import { STATE_SHEET } from "../../../src/core/state/product-state";
import { workbookToGrid } from "../../../src/io/xlsx/read-workbook";
import { writeReportCopy } from "../../../src/io/xlsx/write-report-copy";
import {
  captureConsole,
  gridOf,
  readBack,
  smallLedger,
  tempDir,
  valueAt,
  writeWorkbook,
} from "../../helpers/xlsx";

const REPORT = ["Sammanfattning", "Avvikelse per nivå", "Driftredovisning", "Viktigaste förklaringar"];

function sourceWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ledger = smallLedger();
  const ws = wb.addWorksheet(ledger.name);
  ledger.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== undefined) ws.getCell(r + 1, c + 1).value = value;
    }),
  );
  return wb;
}

function layoutOf(wb: ExcelJS.Workbook, generatedAt: string): ReportLayout {
  const result = runEngine({ workbook: workbookToGrid(wb) }).result;
  if (!result) throw new Error("no result");
  return layoutReport({ result, generatedAt });
}

/** The first report, written and read back as the next run sees it. */
async function firstReport(dir: string): Promise<{ file: string; wb: ExcelJS.Workbook }> {
  const wb = sourceWorkbook();
  const file = join(dir, "r1.xlsx");
  await writeReportCopy(wb, layoutOf(wb, "2024-04-12 16:05"), file, { previous: [] });
  return { file, wb: await readBack(file) };
}

const rowsOf = (wb: ExcelJS.Workbook, name: string) => gridOf(wb, name).rows;

describe("the report copy never takes a sheet that is not the product's by state and mark", () => {
  it("with the state sheet gone, the old report sheets are kept as they are and the new ones get new names", async () => {
    const dir = tempDir();
    const { wb } = await firstReport(dir);
    const stateSheet = wb.getWorksheet(STATE_SHEET);
    if (stateSheet) wb.removeWorksheet(stateSheet.id);
    const before = REPORT.map((name) => rowsOf(wb, name));
    const out = join(dir, "r2.xlsx");
    const written = await writeReportCopy(wb, layoutOf(wb, "2024-05-13 09:00"), out, { previous: [] });
    expect(written.sheets).toEqual(REPORT.map((name) => `${name} (2)`));
    const after = await readBack(out);
    expect(REPORT.map((name) => rowsOf(after, name))).toEqual(before);
    expect(valueAt(gridOf(after, "Sammanfattning"), "A3")).toMatch(/Framtagen 2024-04-12 16:05/);
    expect(valueAt(gridOf(after, "Sammanfattning (2)"), "A3")).toMatch(/Framtagen 2024-05-13 09:00/);
  });

  it("a sheet the state lists that lost the mark (the user's own under that name) is kept", async () => {
    const dir = tempDir();
    const { wb } = await firstReport(dir);
    const old = wb.getWorksheet("Driftredovisning");
    if (old) wb.removeWorksheet(old.id);
    wb.addWorksheet("Driftredovisning").getCell("A1").value = "Mina egna anteckningar";
    const out = join(dir, "r2.xlsx");
    const written = await writeReportCopy(wb, layoutOf(wb, "2024-05-13 09:00"), out, { previous: REPORT });
    expect(written.sheets).toEqual([
      "Sammanfattning",
      "Avvikelse per nivå",
      "Driftredovisning (2)",
      "Viktigaste förklaringar",
    ]);
    expect(rowsOf(await readBack(out), "Driftredovisning")).toEqual([["Mina egna anteckningar"]]);
  });

  it("its own sheets, listed and marked, are replaced under their names", async () => {
    const dir = tempDir();
    const { wb } = await firstReport(dir);
    const out = join(dir, "r2.xlsx");
    const written = await writeReportCopy(wb, layoutOf(wb, "2024-05-13 09:00"), out, { previous: REPORT });
    expect(written).toEqual({ sheets: REPORT, notices: [] });
    const after = await readBack(out);
    expect(after.worksheets.map((w) => w.name)).toEqual(["Underlag", ...REPORT, STATE_SHEET]);
    expect(valueAt(gridOf(after, "Sammanfattning"), "A3")).toMatch(/Framtagen 2024-05-13 09:00/);
  });
});

describe("the command line on a copy whose state sheet is corrupt", () => {
  it("warns, naming the cell, reads no old report sheet, and writes the report beside them", async () => {
    const dir = tempDir();
    const input = join(dir, "in.xlsx");
    await writeWorkbook(input, [smallLedger()]);
    const first = join(dir, "r1.xlsx");
    const now = new Date(2024, 4, 13, 9, 0);
    expect(
      await main(["generate", input, "--out", first, "--json", join(dir, "r1.json")], captureConsole(), now),
    ).toBe(0);
    const corrupt = await readBack(first);
    const cell = corrupt.getWorksheet(STATE_SHEET)?.getCell("A2");
    if (typeof cell?.value !== "string") throw new Error("no state in A2");
    cell.value = cell.value.slice(0, -3);
    const corruptFile = join(dir, "r1-corrupt.xlsx");
    await corrupt.xlsx.writeFile(corruptFile);

    const out = captureConsole();
    const second = join(dir, "r2.xlsx");
    expect(await main(["generate", corruptFile, "--out", second, "--json", "-"], out, now)).toBe(0);
    expect(out.errors.join("\n")).toMatch(/Budgetrapport_inställningar!A2: Budgetrapports sparade val/);
    const json = JSON.parse(out.out.join("\n")) as {
      total: unknown;
      settings: { sheets: { name: string }[] };
    };
    const firstJson = JSON.parse(readFileSync(join(dir, "r1.json"), "utf8")) as { total: unknown };
    expect(json.total).toEqual(firstJson.total);
    expect(json.settings.sheets.map((s) => s.name)).toEqual(["Underlag"]);
    const names = (await readBack(second)).worksheets.map((w) => w.name);
    expect(names).toEqual(["Underlag", ...REPORT, ...REPORT.map((n) => `${n} (2)`), STATE_SHEET]);
  });
});
