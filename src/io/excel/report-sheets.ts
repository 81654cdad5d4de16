import { columnLetter } from "../../core/model/grid";
import type { ReportChart, ReportLayout, ReportSheet } from "../../core/report/layout";
import { applyStyle, cssColor } from "./apply-style";
import type { ExcelCapabilities } from "./excel-run";
import { columnRange, columnWidthPoints, sheetArrays, styleRuns } from "./sheet-content";
import { applyPageSetup, freezePanes } from "./sheet-setup";

/**
 * Chart.plotVisibleOnly and ChartSeries.overlap are ExcelApi 1.8, as Worksheet.showGridlines is: the
 * capability that says so.
 */
const hasExcelApi18 = (capabilities: ExcelCapabilities): boolean => capabilities.gridlines;

/** A report sheet under its temporary name, and the charts added to it. */
export type AddedSheet = { sheet: ReportSheet; ws: Excel.Worksheet; charts: Excel.Chart[] };

/**
 * The report's content, queued for one sync: values, formulas, number formats, styles, widths, merges,
 * gridlines, hidden columns and the charts themselves. Nothing here is a known risk in Excel; what is
 * (page setup, the charts' colours, frozen panes) is queued apart by queueLook, for a sync of its own.
 */
export function queueContent(
  added: readonly AddedSheet[],
  layout: ReportLayout,
  capabilities: ExcelCapabilities,
): void {
  for (const { sheet, ws } of added) writeSheet(ws, sheet, layout, capabilities);
  const sheetOf = (name: string): Excel.Worksheet | undefined => added.find((a) => a.sheet.name === name)?.ws;
  for (const entry of added)
    for (const chart of entry.sheet.charts ?? []) {
      const drawn = addChart(entry.ws, chart, sheetOf, capabilities);
      if (drawn) entry.charts.push(drawn);
    }
}

/**
 * The report's look that Excel has been reported to get wrong or refuse, queued for a sync of its own
 * whose failure costs the look, never the report: the charts' colours (one fill per series), their
 * bars' overlap, frozen panes (Excel activates a sheet it freezes, office-js #3148: the swap activates
 * the first sheet after this), and page setup (fit-to-pages zoom, office-js #1860). A failing call drops
 * the calls after it in the sync, so they go from the most to the least needed, and protection is not
 * among them: it is applied in the swap, after this.
 */
export function queueLook(added: readonly AddedSheet[], capabilities: ExcelCapabilities): void {
  for (const { sheet, charts } of added)
    (sheet.charts ?? []).forEach((chart, i) => {
      const drawn = charts[i];
      if (!drawn) return;
      chart.series.forEach((s, k) => drawn.series.getItemAt(k).format.fill.setSolidColor(cssColor(s.color)));
      const first = drawn.series.getItemAt(0);
      first.gapWidth = 60;
      // Each category has its value in one series: overlapped, the series' bars make one bar.
      if (hasExcelApi18(capabilities)) first.overlap = 100;
    });
  for (const { sheet, ws } of added) freezePanes(ws, sheet.freeze);
  // Before ExcelApi 1.9 Excel's own page setup stays (a Swedish Excel prints on A4).
  if (capabilities.pageLayout) for (const { sheet, ws } of added) applyPageSetup(ws, sheet.page);
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
  // A chart draws hidden cells only when told to (Chart.plotVisibleOnly, ExcelApi 1.8): before that,
  // its figures stay in sight.
  if (hasExcelApi18(capabilities))
    for (const c of sheet.hiddenColumns ?? []) ws.getRange(columnRange(c)).columnHidden = true;
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {}))
    ws.getRange(`${row}:${row}`).format.rowHeight = height;
  for (const address of sheet.merges) ws.getRange(address).merge(false);
  if (capabilities.gridlines) ws.showGridlines = sheet.gridlines;
}

/** The chart with its series, names and labels; its colours come in queueLook. */
function addChart(
  ws: Excel.Worksheet,
  chart: ReportChart,
  sheetOf: (layoutName: string) => Excel.Worksheet | undefined,
  capabilities: ExcelCapabilities,
): Excel.Chart | undefined {
  const valuesSheet = sheetOf(chart.values.sheet);
  const categoriesSheet = sheetOf(chart.categories.sheet);
  if (!valuesSheet || !categoriesSheet) return undefined;
  // A column per series: the chart's series come out in the layout's order.
  const added = ws.charts.add("BarClustered", valuesSheet.getRange(chart.values.range), "Columns");
  added.title.text = chart.title;
  added.legend.visible = false;
  // The labels follow the value cells' format, in which a zero shows nothing.
  added.dataLabels.showValue = true;
  if (hasExcelApi18(capabilities)) added.plotVisibleOnly = false;
  chart.series.forEach((s, i) => {
    const series = added.series.getItemAt(i);
    series.name = s.name;
    series.setXAxisValues(categoriesSheet.getRange(chart.categories.range));
  });
  added.setPosition(
    `${columnLetter(chart.from.col)}${chart.from.row + 1}`,
    `${columnLetter(Math.max(chart.from.col, chart.to.col - 1))}${chart.to.row}`,
  );
  return added;
}
