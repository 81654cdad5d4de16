import { columnLetter } from "../../core/model/grid";
import type { PageSetup, ProtectionAllowance, ReportSheet, SheetProtection } from "../../core/report/layout";

type AllowKey = Exclude<keyof Excel.WorksheetProtectionOptions, "selectionMode">;

/** office.js's name for each allowance (ExcelApi 1.2; editObjects and editScenarios 1.7). */
const ALLOW: Record<ProtectionAllowance, AllowKey> = {
  formatCells: "allowFormatCells",
  formatColumns: "allowFormatColumns",
  formatRows: "allowFormatRows",
  insertColumns: "allowInsertColumns",
  insertRows: "allowInsertRows",
  insertHyperlinks: "allowInsertHyperlinks",
  deleteColumns: "allowDeleteColumns",
  deleteRows: "allowDeleteRows",
  sort: "allowSort",
  autoFilter: "allowAutoFilter",
  pivotTables: "allowPivotTables",
  editObjects: "allowEditObjects",
  editScenarios: "allowEditScenarios",
};

const SELECTION = { all: "Normal", unlocked: "Unlocked", none: "None" } as const;

/** The layout's protection in office.js terms, every option stated (selectionMode: ExcelApi 1.7). */
export function protectionOptions(protection: SheetProtection): Excel.WorksheetProtectionOptions {
  const options: Excel.WorksheetProtectionOptions = { selectionMode: SELECTION[protection.select] };
  for (const allowance of Object.keys(ALLOW) as ProtectionAllowance[])
    options[ALLOW[allowance]] = protection.allow.includes(allowance);
  return options;
}

/**
 * Frozen rows, columns or both. Excel activates a sheet whose panes are frozen (office-js #3148); the
 * report's sheets are frozen while they are still temporary, and the swap activates the first one.
 */
export function freezePanes(ws: Excel.Worksheet, freeze: ReportSheet["freeze"]): void {
  const { rows, columns } = freeze;
  if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(ws.getRange(`A1:${columnLetter(columns - 1)}${rows}`));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else if (columns > 0) ws.freezePanes.freezeColumns(columns);
}

/** The page setup in office.js terms; Worksheet.pageLayout is ExcelApi 1.9, so the caller checks that. */
export function applyPageSetup(ws: Excel.Worksheet, page: PageSetup): void {
  const layout = ws.pageLayout;
  layout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = page.paperSize;
  layout.zoom = { horizontalFitToPages: page.fitTo.width, verticalFitToPages: page.fitTo.height };
  if (page.printTitleRows) {
    const [first, last] = page.printTitleRows.split(":");
    layout.setPrintTitleRows(`$${first ?? "1"}:$${last ?? first ?? "1"}`);
  }
}
