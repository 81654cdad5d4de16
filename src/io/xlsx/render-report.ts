import type ExcelJS from "exceljs";
import type { CellStyle, ReportCell, ReportLayout, ReportSheet } from "../../core/report/layout";

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
    const ws = workbook.addWorksheet(name, {
      views: [
        { state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows, showGridLines: false },
      ],
      pageSetup: {
        paperSize: 9,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        ...(sheet.printTitleRows ? { printTitlesRow: sheet.printTitleRows } : {}),
      },
    });
    renderSheet(ws, sheet, layout.styles);
    if (sheet.protect) await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true });
    written.push(name);
  }
  return written;
}

function renderSheet(ws: ExcelJS.Worksheet, sheet: ReportSheet, styles: ReportLayout["styles"]): void {
  sheet.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
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
