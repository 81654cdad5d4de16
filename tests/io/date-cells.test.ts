import ExcelJS from "exceljs";
import { runEngine } from "../../src/core/engine";
import type { CellValue, WorkbookGrid } from "../../src/core/model/grid";
import { createEmulator, loadXlsx } from "../../src/emulator";
import { isoDateOfSerial } from "../../src/io/date-cells";
import { TITLE_AREA, readWorkbookGrid } from "../../src/io/excel/read-workbook";
import { readGrid } from "../../src/io/xlsx/read-grid";

const APRIL_30 = new Date(Date.UTC(2024, 3, 30));

/**
 * A committee's ledger whose year is written only as a date, in a title cell: the headers say "jan–apr"
 * and no year. Beside it dates in other formats, a year as a plain number, and a sheet whose used range
 * starts at B2.
 */
async function ledgerDatedInTitle(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Underlag");
  ws.getCell("A1").value = "Socialnämnden, underlag till delårsrapporten";
  ws.getCell("A2").value = "Per";
  ws.getCell("B2").value = APRIL_30;
  ws.getCell("B2").numFmt = "yyyy-mm-dd";
  ws.getCell("C2").value = APRIL_30;
  ws.getCell("C2").numFmt = "mm-dd-yy"; // a built-in date format (14)
  ws.getCell("D2").value = 45412.75; // the same day at 18:00
  ws.getCell("D2").numFmt = "[$-41D]d mmmm yyyy hh:mm";
  ws.getCell("E2").value = 45412; // a number, shown as one
  ws.getCell("E2").numFmt = '# ##0 "kr"';
  ws.getCell("A3").value = "Belopp i kronor";
  ws.addRow(["Anslagsbindningsnivå", "Konto", "Budget", "Utfall jan–apr", "Prognos helår"]);
  ws.addRow(["Hälsa, vård och omsorg", 5110, 1200, 410.5, 1250]);
  ws.addRow(["LSS", 4610, 600, 190, 640]);
  const notes = wb.addWorksheet("Läs mig");
  notes.getCell("B2").value = APRIL_30;
  notes.getCell("B2").numFmt = "d/m/yyyy";
  notes.getCell("C3").value = "Uppdaterad";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * Both readers' grids of the same bytes, each row without its trailing empty cells (office.js gives
 * every row the used range's width, the file only the cells it holds: the engine sees no difference).
 */
async function bothReaders(data: Uint8Array): Promise<{ cli: WorkbookGrid; pane: WorkbookGrid }> {
  const emulator = createEmulator(await loadXlsx(data));
  const cli = await readGrid(data);
  const pane = await readWorkbookGrid((batch) => emulator.run(batch));
  return { cli: trimmed(cli), pane: trimmed(pane) };
}

function trimmed(grid: WorkbookGrid): WorkbookGrid {
  const trim = (row: readonly CellValue[] | undefined): CellValue[] | undefined => {
    const cells = [...(row ?? [])];
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells.length > 0 ? cells : undefined;
  };
  return { sheets: grid.sheets.map((s) => ({ name: s.name, rows: Array.from(s.rows, trim) })) };
}

describe("dates reach the engine as ISO text from both readers", () => {
  it("the command line's reader and the pane's read the same grid from the same workbook", async () => {
    const { cli, pane } = await bothReaders(await ledgerDatedInTitle());
    expect(pane).toEqual(cli);
    expect(pane.sheets[0]?.rows[1]).toEqual(["Per", "2024-04-30", "2024-04-30", "2024-04-30", 45412]);
    expect(pane.sheets[1]?.rows[1]).toEqual([null, "2024-04-30"]);
  });

  it("so the year written as a date in the title gives the same period in the pane as on the command line", async () => {
    const { cli, pane } = await bothReaders(await ledgerDatedInTitle());
    for (const grid of [cli, pane]) {
      // a clock in another year: the year must come from the title
      const out = runEngine({ workbook: grid, fallbackYear: 2030 });
      expect(out.settings.period).toBe("2024-04");
      expect(out.issues.map((i) => i.code)).not.toContain("period-year-assumed");
    }
  });

  it("the pane reads number formats for the title area alone, within the same syncs", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Huvudbok");
    ws.addRow(["Huvudbok 2024"]);
    ws.addRow(["Anslagsbindningsnivå", "Konto", "Budget 2024", "Utfall jan–apr 2024", "Prognos 2024"]);
    for (let r = 0; r < 200; r++) ws.addRow(["LSS", 4610, 600, 190, 640]);
    const below = ws.getCell(TITLE_AREA.rows + 10, 6);
    below.value = APRIL_30; // a date below the title area: the pane does not read its format
    below.numFmt = "yyyy-mm-dd";
    const emulator = createEmulator(await loadXlsx(new Uint8Array(await wb.xlsx.writeBuffer())));
    const grid = await readWorkbookGrid((batch) => emulator.run(batch), { cellsPerSync: 500 });
    // the sheets, their used ranges, then 202 rows of 6 cells in blocks of 83 rows: 3 + 2
    expect(emulator.stats.syncs).toBe(5);
    expect(grid.sheets[0]?.rows[TITLE_AREA.rows + 9]?.[5]).toBe(45412);
  });
});

function errorCode(read: () => unknown): string | undefined {
  try {
    read();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
}

describe("the emulator gives number formats as Excel does", () => {
  it("only once loaded and synced, and General where none is set", async () => {
    const emulator = createEmulator(await loadXlsx(await ledgerDatedInTitle()));
    await emulator.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Underlag").getRange("A2:C2");
      expect(errorCode(() => range.numberFormat)).toBe("PropertyNotLoaded");
      range.load("numberFormat");
      expect(errorCode(() => range.numberFormat)).toBe("PropertyNotLoaded");
      await context.sync();
      expect(range.numberFormat).toEqual([["General", "yyyy-mm-dd", "mm-dd-yy"]]);
    });
  });
});

describe("isoDateOfSerial", () => {
  it("counts from 1900 or from 1904, and drops the time of day", () => {
    expect(isoDateOfSerial(45412, false)).toBe("2024-04-30");
    expect(isoDateOfSerial(45412.99, false)).toBe("2024-04-30");
    expect(isoDateOfSerial(45412 - 1462, true)).toBe("2024-04-30");
    expect(isoDateOfSerial(Number.MAX_VALUE, false)).toBeUndefined();
  });
});
