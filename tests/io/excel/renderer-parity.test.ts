import ExcelJS from "exceljs";
import type { EmulatedSheet } from "../../../src/emulator";
import { createWorkbook, findSheet, saveXlsx } from "../../../src/emulator";
import type { ReportLayout, ReportSheet } from "../../../src/core/report/layout";
import { layoutReport } from "../../../src/core/report/layout-report";
import { REPORT_STYLES } from "../../../src/core/report/styles";
import { writeReport } from "../../../src/io/excel/write-report";
import { renderReport } from "../../../src/io/xlsx/render-report";
import { analyseWorkbook } from "../../../src/taskpane/workflow";
import type { SheetSetup } from "../xlsx/sheet-setup-xml";
import { sheetSetups } from "../xlsx/sheet-setup-xml";
import { emulated, exampleWorkbook } from "./emulated-excel";

/** What the command line writes: the layout rendered by exceljs, as Excel reads it from the file. */
async function byExcelJs(layout: ReportLayout): Promise<Map<string, SheetSetup>> {
  const workbook = new ExcelJS.Workbook();
  await renderReport(workbook, layout, new Map(layout.sheets.map((s) => [s.name, s.name])));
  return sheetSetups(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** What the add-in writes: the layout through office.js, as the emulated Excel recorded it. */
async function byOfficeJs(
  layout: ReportLayout,
): Promise<{ recorded: Map<string, SheetSetup>; saved: Uint8Array }> {
  const { emulator, port } = emulated(createWorkbook());
  await writeReport(port.run, layout, { capabilities: port.capabilities, ownSheets: [] });
  const recorded = new Map<string, SheetSetup>();
  for (const { name } of layout.sheets) {
    const sheet = findSheet(emulator.workbook, name);
    if (!sheet) throw new Error(`the add-in wrote no sheet ${name}`);
    recorded.set(name, setupOf(sheet));
  }
  return { recorded, saved: await saveXlsx(emulator.workbook) };
}

function setupOf(sheet: EmulatedSheet): SheetSetup {
  const { orientation, paperSize, zoom, printTitleRows } = sheet.pageLayout;
  return {
    frozen: sheet.frozen,
    gridlines: sheet.showGridlines,
    ...(sheet.protection.protected
      ? { protection: sheet.protection.options as Required<Excel.WorksheetProtectionOptions> }
      : {}),
    orientation,
    paperSize,
    zoom,
    ...(printTitleRows ? { printTitleRows: printTitleRows.replace(/\$/g, "") } : {}),
  };
}

/** Both renderers, sheet by sheet and option by option; also what the emulator saves of its record. */
async function expectSameSetup(layout: ReportLayout): Promise<Map<string, SheetSetup>> {
  const cli = await byExcelJs(layout);
  const addin = await byOfficeJs(layout);
  const savedByEmulator = await sheetSetups(addin.saved);
  for (const { name } of layout.sheets) {
    expect({ sheet: name, ...cli.get(name) }).toEqual({ sheet: name, ...addin.recorded.get(name) });
    expect({ sheet: name, ...savedByEmulator.get(name) }).toEqual({
      sheet: name,
      ...addin.recorded.get(name),
    });
  }
  return cli;
}

const NOTHING_ALLOWED = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
};

describe("the command line's and the add-in's report sheets are set up alike", () => {
  it("the example report: protection, paper, orientation, scaling, print titles, panes, gridlines", async () => {
    const { port } = emulated(await exampleWorkbook());
    const result = (await analyseWorkbook(port)).output.result;
    if (!result) throw new Error("the example gives no result");
    const setups = await expectSameSetup(layoutReport({ result, generatedAt: "2024-05-13 09:00" }));
    expect(setups.get("Avvikelse per nivå")).toEqual({
      frozen: { rows: 7, columns: 1 },
      gridlines: false,
      protection: {
        ...NOTHING_ALLOWED,
        selectionMode: "Normal",
        allowFormatColumns: true,
        allowFormatRows: true,
        allowEditObjects: true,
      },
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "6:7",
    });
    expect(setups.get("Sammanfattning")).toMatchObject({ frozen: { rows: 0, columns: 0 }, paperSize: "A4" });
  });

  it("every other choice a layout can make: column-only freezes, selection, allowances, portrait, gridlines", async () => {
    const sheet = (name: string, rest: Partial<ReportSheet>): ReportSheet => ({
      name,
      rows: [[{ kind: "text", text: name, style: "title" }], [{ kind: "number", value: 1, format: "0" }]],
      columnWidths: [20],
      merges: [],
      freeze: { rows: 0, columns: 0 },
      gridlines: true,
      page: { orientation: "portrait", paperSize: "A4", fitTo: { width: 2, height: 3 } },
      ...rest,
    });
    const layout: ReportLayout = {
      styles: REPORT_STYLES,
      sheets: [
        sheet("Kolumner", {
          freeze: { rows: 0, columns: 2 },
          gridlines: false,
          protection: {
            select: "unlocked",
            allow: ["sort", "autoFilter", "formatCells", "insertHyperlinks"],
          },
        }),
        sheet("Rader", {
          freeze: { rows: 1, columns: 0 },
          protection: {
            select: "none",
            allow: [
              "insertColumns",
              "insertRows",
              "deleteColumns",
              "deleteRows",
              "pivotTables",
              "editScenarios",
            ],
          },
          page: {
            orientation: "landscape",
            paperSize: "A4",
            fitTo: { width: 1, height: 1 },
            printTitleRows: "1:1",
          },
        }),
        sheet("Oskyddat", {}),
      ],
    };
    const setups = await expectSameSetup(layout);
    expect(setups.get("Kolumner")?.frozen).toEqual({ rows: 0, columns: 2 });
    expect(setups.get("Kolumner")?.protection).toMatchObject({ selectionMode: "Unlocked", allowSort: true });
    expect(setups.get("Rader")?.protection).toMatchObject({
      selectionMode: "None",
      allowEditScenarios: true,
    });
    expect(setups.get("Oskyddat")).toEqual({
      frozen: { rows: 0, columns: 0 },
      gridlines: true,
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 2, verticalFitToPages: 3 },
    });
  });
});

/** Column A of a saved sheet: each text's wrapping, and its row's height. */
async function textRowsOf(
  file: Uint8Array,
  name: string,
): Promise<{ row: number; text: string; wrap: boolean; height: number | undefined }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const rows: { row: number; text: string; wrap: boolean; height: number | undefined }[] = [];
  ws.eachRow((row, n) => {
    const cell = row.getCell(1);
    if (typeof cell.value === "string")
      rows.push({ row: n, text: cell.value, wrap: cell.alignment?.wrapText === true, height: row.height });
  });
  return rows;
}

describe("the command line's and the add-in's Sammanfattning wrap alike", () => {
  it("every line of text wrapped, in rows of the same height", async () => {
    const { port } = emulated(await exampleWorkbook());
    const result = (await analyseWorkbook(port)).output.result;
    if (!result) throw new Error("the example gives no result");
    const layout = layoutReport({ result, generatedAt: "2024-05-13 09:00" });
    const workbook = new ExcelJS.Workbook();
    await renderReport(workbook, layout, new Map(layout.sheets.map((s) => [s.name, s.name])));
    const cli = await textRowsOf(new Uint8Array(await workbook.xlsx.writeBuffer()), "Sammanfattning");
    const addin = await textRowsOf((await byOfficeJs(layout)).saved, "Sammanfattning");
    expect(cli.length).toBeGreaterThan(5);
    expect(cli.every((r) => r.wrap)).toBe(true);
    expect(addin).toEqual(cli);
  });
});
