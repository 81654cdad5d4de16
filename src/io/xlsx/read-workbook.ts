import ExcelJS from "exceljs";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../core/model/grid";

/**
 * Reads an .xlsx file with exceljs into the engine's plain grid (cached formula results, merged cells
 * once) and exceljs's workbook model. The command line reads the grid with readGridFile (the same
 * values, several times faster and in a fraction of the memory) and this model only to write a copy.
 */
export async function readWorkbookFile(
  path: string,
): Promise<{ grid: WorkbookGrid; workbook: ExcelJS.Workbook }> {
  const workbook = await readWorkbookModel(path);
  return { grid: workbookToGrid(workbook), workbook };
}

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
