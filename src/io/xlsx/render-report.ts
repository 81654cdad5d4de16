import type ExcelJS from "exceljs";
import type {
  CellStyle,
  PageSetup,
  ProtectionAllowance,
  ReportCell,
  ReportLayout,
  ReportSheet,
  SheetProtection,
} from "../../core/report/layout";

/**
 * Adds the report's sheets to an exceljs workbook: a translation of the layout, nothing more.
 * `names` maps each layout sheet to the name it gets in this workbook.
 */
export async function renderReport(
  workbook: ExcelJS.Workbook,
  layout: ReportLayout,
  names: ReadonlyMap<string, string>,
): Promise<string[]> {
  const written: string[] = [];
  for (const sheet of layout.sheets) {
    const name = names.get(sheet.name) ?? sheet.name;
    const ws = workbook.addWorksheet(name, { views: [sheetView(sheet)], pageSetup: pageSetup(sheet.page) });
    renderSheet(ws, sheet, layout.styles);
    if (sheet.protection) await ws.protect("", protectionOptions(sheet.protection));
    written.push(name);
  }
  return written;
}

function sheetView(sheet: ReportSheet): Partial<ExcelJS.WorksheetView> {
  const { rows, columns } = sheet.freeze;
  const showGridLines = sheet.gridlines;
  if (rows === 0 && columns === 0) return { state: "normal", showGridLines };
  return { state: "frozen", xSplit: columns, ySplit: rows, showGridLines };
}

/** .xlsx paper size codes (ECMA-376 §18.3.1.63). */
const PAPER: Record<PageSetup["paperSize"], ExcelJS.PaperSize> = { A4: 9 };

function pageSetup(page: PageSetup): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: PAPER[page.paperSize],
    orientation: page.orientation,
    fitToPage: true,
    fitToWidth: page.fitTo.width,
    fitToHeight: page.fitTo.height,
    ...(page.printTitleRows ? { printTitlesRow: page.printTitleRows } : {}),
  };
}

type AllowKey = Exclude<keyof ExcelJS.WorksheetProtection, "spinCount">;

/** exceljs's name for each allowance; true allows it. */
const ALLOW: Record<ProtectionAllowance, AllowKey> = {
  formatCells: "formatCells",
  formatColumns: "formatColumns",
  formatRows: "formatRows",
  insertColumns: "insertColumns",
  insertRows: "insertRows",
  insertHyperlinks: "insertHyperlinks",
  deleteColumns: "deleteColumns",
  deleteRows: "deleteRows",
  sort: "sort",
  autoFilter: "autoFilter",
  pivotTables: "pivotTables",
  editObjects: "objects",
  editScenarios: "scenarios",
};

/**
 * Every option stated, allowed or not: exceljs leaves out what is not given, and the file's defaults
 * differ by option (objects and scenarios are unlocked when left out, formatting is locked).
 */
function protectionOptions(protection: SheetProtection): Partial<ExcelJS.WorksheetProtection> {
  const options: Partial<ExcelJS.WorksheetProtection> = {
    selectLockedCells: protection.select === "all",
    selectUnlockedCells: protection.select !== "none",
  };
  for (const allowance of Object.keys(ALLOW) as ProtectionAllowance[])
    options[ALLOW[allowance]] = protection.allow.includes(allowance);
  return options;
}

function renderSheet(ws: ExcelJS.Worksheet, sheet: ReportSheet, styles: ReportLayout["styles"]): void {
  sheet.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const c of sheet.hiddenColumns ?? []) ws.getColumn(c + 1).hidden = true;
  sheet.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell) writeCell(ws.getCell(r + 1, c + 1), cell, styles);
    });
  });
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) ws.getRow(Number(row)).height = height;
  for (const range of sheet.merges) ws.mergeCells(range);
}

function writeCell(target: ExcelJS.Cell, cell: ReportCell, styles: ReportLayout["styles"]): void {
  switch (cell.kind) {
    case "text":
      // A string value is stored as text: exceljs never turns "=…" into a formula.
      target.value = cell.text;
      break;
    case "number":
      target.value = cell.value;
      target.numFmt = cell.format;
      break;
    case "formula":
      target.value = { formula: cell.formula, result: cell.value };
      target.numFmt = cell.format;
      break;
  }
  if (cell.style) applyStyle(target, styles[cell.style]);
}

function applyStyle(target: ExcelJS.Cell, style: CellStyle): void {
  if (style.bold || style.italic || style.size || style.color) {
    target.font = {
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
      ...(style.size ? { size: style.size } : {}),
      ...(style.color ? { color: { argb: style.color } } : {}),
    };
  }
  if (style.fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: style.fill } };
  if (style.borderTop || style.borderBottom) {
    target.border = {
      ...(style.borderTop ? { top: { style: style.borderTop } } : {}),
      ...(style.borderBottom ? { bottom: { style: style.borderBottom } } : {}),
    };
  }
  if (style.align || style.wrap || style.indent) {
    target.alignment = {
      ...(style.align ? { horizontal: style.align } : {}),
      ...(style.wrap ? { wrapText: true } : {}),
      ...(style.indent ? { indent: style.indent } : {}),
    };
  }
}
