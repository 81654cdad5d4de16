import ExcelJS from "exceljs";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../core/model/grid";

/**
 * exceljs's workbook model of an .xlsx, which the command line loads only to write a copy. The grid the
 * engine reads comes from readGridFile (the same values, several times faster, in a fraction of the
 * memory); workbookToGrid below is exceljs's reading of the same, the reference the tests hold it to.
 */
export async function readWorkbookModel(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

export function workbookToGrid(workbook: ExcelJS.Workbook): WorkbookGrid {
  const sheets: SheetGrid[] = [];
  workbook.eachSheet((ws) => sheets.push(worksheetToGrid(ws)));
  return { sheets };
}

function worksheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: (CellValue[] | undefined)[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      values[colNumber - 1] = toCellValue(cell.value);
    });
    for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = null;
    rows[rowNumber - 1] = values;
  });
  return { name: ws.name, rows };
}

/** exceljs's many value shapes to the engine's few. */
export function toCellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ("error" in v) return { error: String(v.error) };
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("formula" in v || "sharedFormula" in v)
    return "result" in v && v.result !== undefined ? toCellValue(v.result) : null;
  if ("text" in v) return typeof v.text === "string" ? v.text : "";
  return null;
}
