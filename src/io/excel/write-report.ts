import { columnLetter } from "../../core/model/grid";
import { MARKER_ROWS, isMarkerText } from "../../core/model/report-marker";
import type { ReportChart, ReportLayout, ReportSheet } from "../../core/report/layout";
import { chooseSheetNames } from "../../core/report/sheet-names";
import { STATE_SHEET, stateSheetRows } from "../../core/state/product-state";
import { applyStyle, cssColor } from "./apply-style";
import type { ExcelCapabilities, ExcelRun } from "./excel-run";
import { asExcelText } from "./excel-text";
import { columnRange, columnWidthPoints, sheetArrays, styleRuns } from "./sheet-content";
import { applyPageSetup, freezePanes, protectionOptions } from "./sheet-setup";

export type WriteReportOptions = {
  capabilities: ExcelCapabilities;
  /**
   * the sheets the product created last time (from the state sheet): only these are replaced, and only
   * while they still carry the report's mark (a sheet the user made under such a name is kept)
   */
  ownSheets: readonly string[];
  /** the settings to keep in the workbook, as `--config` takes them */
  settings?: unknown;
  signal?: AbortSignal;
};

export type WrittenReport = { sheets: string[]; notices: { wanted: string; got: string }[] };

/**
 * Writes the report in three syncs, however many rows the ledger had: (1) the sheet names as they are
 * now, (2) every report sheet under a temporary name — contents as whole 2-D arrays, formats per range —
 * with the header cells of the sheets to be replaced, and (3) the swap: the old report sheets deleted,
 * the new ones renamed, the state sheet rewritten. Excel has no rollback across syncs, so a failure or
 * cancel before the swap deletes the temporary sheets and leaves the workbook as it was. A sheet that
 * is not the product's by both its state and its mark is never deleted: the new sheet gets a new name.
 */
export async function writeReport(
  run: ExcelRun,
  layout: ReportLayout,
  options: WriteReportOptions,
): Promise<WrittenReport> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const existing = worksheets.items.map((ws) => ws.name);
    const listed = options.ownSheets
      .filter((n) => existing.includes(n))
      .map((name) => ({ name, header: worksheets.getItem(name).getRange(`A1:A${MARKER_ROWS}`) }));
    const temp = temporaryNames(layout.sheets.length, existing);
    const added = new Map<string, Excel.Worksheet>();
    let own: string[] = [];
    try {
      for (const sheet of listed) sheet.header.load("values");
      options.signal?.throwIfAborted();
      if (options.capabilities.suspendScreenUpdating)
        context.workbook.application.suspendScreenUpdatingUntilNextSync();
      layout.sheets.forEach((sheet, i) => added.set(sheet.name, worksheets.add(temp[i])));
      for (const sheet of layout.sheets) {
        const ws = added.get(sheet.name);
        if (ws) writeSheet(ws, sheet, layout, options.capabilities);
      }
      for (const sheet of layout.sheets) {
        const ws = added.get(sheet.name);
        for (const chart of sheet.charts ?? []) if (ws) addChart(ws, chart, (name) => added.get(name));
      }
      for (const sheet of layout.sheets) {
        if (sheet.protection) added.get(sheet.name)?.protection.protect(protectionOptions(sheet.protection));
      }
      await context.sync();
      own = listed.filter((l) => l.header.values.some((row) => isMarkerText(row[0]))).map((l) => l.name);
      options.signal?.throwIfAborted();
    } catch (e) {
      await removeTemporary(context, temp);
      throw e;
    }
    const names = chooseSheetNames(
      layout.sheets.map((s) => s.name),
      existing,
      own,
    );
    for (const name of own) worksheets.getItem(name).delete();
    layout.sheets.forEach((sheet) => {
      const ws = added.get(sheet.name);
      if (ws) ws.name = names.get(sheet.name) ?? sheet.name;
    });
    const finalNames = layout.sheets.map((s) => names.get(s.name) ?? s.name);
    const stateSheet = existing.includes(STATE_SHEET)
      ? worksheets.getItem(STATE_SHEET)
      : worksheets.add(STATE_SHEET);
    const state = {
      version: 1 as const,
      ...(options.settings !== undefined ? { settings: options.settings } : {}),
      reportSheets: finalNames,
    };
    writeState(stateSheet, state);
    added.get(layout.sheets[0]?.name ?? "")?.activate();
    await context.sync();
    const notices = [...names]
      .filter(([wanted, got]) => wanted !== got)
      .map(([wanted, got]) => ({ wanted, got }));
    return { sheets: finalNames, notices };
  });
}

function temporaryNames(count: number, existing: readonly string[]): string[] {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const stamp = Date.now().toString(36).slice(-6);
  return Array.from({ length: count }, (_, i) => {
    let name = `Budgetrapport ${stamp} ${i + 1}`;
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `Budgetrapport ${stamp} ${i + 1}-${k}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/** A failed sync may have applied its first operations: delete whichever temporary sheets exist. */
async function removeTemporary(context: Excel.RequestContext, temp: readonly string[]): Promise<void> {
  const found = temp.map((name) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(name);
    ws.load("name");
    return ws;
  });
  await context.sync();
  for (const ws of found) if (!ws.isNullObject) ws.delete();
  await context.sync();
}

function writeSheet(
  ws: Excel.Worksheet,
  sheet: ReportSheet,
  layout: ReportLayout,
  capabilities: ExcelCapabilities,
): void {
  const arrays = sheetArrays(sheet);
  if (arrays) {
    const range = ws.getRange(arrays.address);
    range.numberFormat = arrays.numberFormat;
    range.formulas = arrays.formulas;
  }
  for (const run of styleRuns(sheet))
    applyStyle(ws.getRange(run.address), layout.styles[run.style], capabilities);
  sheet.columnWidths.forEach((w, c) => {
    ws.getRange(columnRange(c)).format.columnWidth = columnWidthPoints(w);
  });
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {}))
    ws.getRange(`${row}:${row}`).format.rowHeight = height;
  for (const address of sheet.merges) ws.getRange(address).merge(false);
  freezePanes(ws, sheet.freeze);
  if (capabilities.gridlines) ws.showGridlines = sheet.gridlines;
  // Before ExcelApi 1.9 Excel's own page setup stays (a Swedish Excel prints on A4).
  if (capabilities.pageLayout) applyPageSetup(ws, sheet.page);
}

function addChart(
  ws: Excel.Worksheet,
  chart: ReportChart,
  sheetOf: (layoutName: string) => Excel.Worksheet | undefined,
): void {
  const valuesSheet = sheetOf(chart.values.sheet);
  const categoriesSheet = sheetOf(chart.categories.sheet);
  if (!valuesSheet || !categoriesSheet) return;
  const added = ws.charts.add("BarClustered", valuesSheet.getRange(chart.values.range), "Columns");
  added.title.text = chart.title;
  added.legend.visible = false;
  added.dataLabels.showValue = true;
  const series = added.series.getItemAt(0);
  series.name = chart.seriesName;
  series.setXAxisValues(categoriesSheet.getRange(chart.categories.range));
  chart.barColors.forEach((color, i) =>
    series.points.getItemAt(i).format.fill.setSolidColor(cssColor(color)),
  );
  added.setPosition(
    `${columnLetter(chart.from.col)}${chart.from.row + 1}`,
    `${columnLetter(Math.max(chart.from.col, chart.to.col - 1))}${chart.to.row}`,
  );
}

/** The state sheet keeps its place: its column A is cleared and written again, and it stays very hidden. */
function writeState(ws: Excel.Worksheet, state: Parameters<typeof stateSheetRows>[0]): void {
  const rows = stateSheetRows(state);
  ws.getRange("A:A").clear("Contents");
  ws.getRange(`A1:A${rows.length}`).values = rows.map((text) => [asExcelText(text)]);
  ws.visibility = "VeryHidden";
}
