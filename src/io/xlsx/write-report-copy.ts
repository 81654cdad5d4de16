import type ExcelJS from "exceljs";
import { MARKER_ROWS, isMarkerText } from "../../core/model/report-marker";
import type { ReportLayout } from "../../core/report/layout";
import { chooseSheetNames } from "../../core/report/sheet-names";
import type { ForecastSnapshot } from "../../core/state/forecast-history";
import { STATE_SHEET, stateSheetRows } from "../../core/state/product-state";
import { writeFileAtomic } from "../write-file-atomic";
import { addCharts } from "./add-charts";
import { renderReport } from "./render-report";

export type ReportCopy = { sheets: string[]; notices: string[] };

/**
 * Writes a copy of the workbook with the report's sheets: sheets the product created before (listed in
 * its state and still carrying the report's mark) are replaced; any other sheet with a report sheet's
 * name — the user's own, or a copy of a report sheet the state does not list — is kept and the report
 * sheet renamed; the state sheet records what was created and the
 * history of forecasts (this report's snapshot in it). The source sheets are not touched.
 */
export async function writeReportCopy(
  workbook: ExcelJS.Workbook,
  layout: ReportLayout,
  path: string,
  state: { previous: readonly string[]; settings?: unknown; history?: readonly ForecastSnapshot[] },
): Promise<ReportCopy> {
  for (const name of state.previous) {
    const ws = workbook.getWorksheet(name);
    if (ws && isMarked(ws)) workbook.removeWorksheet(ws.id);
  }
  const stateWs = workbook.getWorksheet(STATE_SHEET);
  if (stateWs) workbook.removeWorksheet(stateWs.id);
  const existing = workbook.worksheets.map((ws) => ws.name);
  const names = chooseSheetNames(
    layout.sheets.map((s) => s.name),
    existing,
  );
  const notices = [...names]
    .filter(([wanted, got]) => wanted !== got)
    .map(([wanted, got]) => `Arbetsboken har redan ett eget blad "${wanted}"; rapportbladet heter "${got}".`);
  const sheets = await renderReport(workbook, layout, names);
  const stateSheet = workbook.addWorksheet(STATE_SHEET, { state: "veryHidden" });
  stateSheetRows({
    version: 1,
    ...(state.settings !== undefined ? { settings: state.settings } : {}),
    reportSheets: sheets,
    ...(state.history && state.history.length > 0 ? { history: [...state.history] } : {}),
  }).forEach((text, i) => {
    stateSheet.getCell(i + 1, 1).value = text;
  });
  const buffer = await addCharts(Buffer.from(await workbook.xlsx.writeBuffer()), layout, names);
  await writeFileAtomic(path, buffer);
  return { sheets, notices };
}

function isMarked(ws: ExcelJS.Worksheet): boolean {
  for (let row = 1; row <= MARKER_ROWS; row++) if (isMarkerText(ws.findCell(row, 1)?.value)) return true;
  return false;
}
