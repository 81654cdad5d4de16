import type { Presentation } from "./cells";
import { amountFormat, text } from "./cells";
import type { ReportContext } from "./header-block";
import { headerBlock } from "./header-block";
import type { ReportCell, ReportChart, ReportSheet, StyleName } from "./layout";
import { REPORT_PROTECTION, a4Landscape } from "./sheet-setup";
import type { LevelSheet } from "./level-sheet";
import { chartFormat } from "./level-chart";
import { previousMonth } from "./swedish-text";
import { summarySentences } from "./summary-text";
import { MONTH_NAMES } from "../model/period";

export const SUMMARY_SHEET = "Sammanfattning";

/**
 * Characters of each wrapped style that fit on one line of the summary's wide column (105 characters of
 * the default font), measured on LibreOffice's PDF with room to spare, and the line's height in points:
 * a row too low would hide a line in print.
 */
const SUMMARY_LINES: Partial<Record<StyleName, { chars: number; height: number }>> = {
  titleWrap: { chars: 72, height: 19 },
  subtitleWrap: { chars: 105, height: 15 },
  noteWrap: { chars: 120, height: 12 },
  paragraph: { chars: 95, height: 15 },
};

/** The summary's header lines in their wrapping styles: the one column is the whole printable width. */
const WRAPPED: Partial<Record<StyleName, StyleName>> = {
  title: "titleWrap",
  subtitle: "subtitleWrap",
  note: "noteWrap",
};

function wrapped(cell: ReportCell | undefined): ReportCell | undefined {
  const style = cell?.kind === "text" && cell.style ? WRAPPED[cell.style] : undefined;
  return cell && style ? { ...cell, style } : cell;
}

/** Points a row needs for its wrapped text, or undefined when its text does not wrap. */
function wrappedHeight(cell: ReportCell | undefined): number | undefined {
  const line = cell?.kind === "text" && cell.style ? SUMMARY_LINES[cell.style] : undefined;
  if (!line || cell?.kind !== "text") return undefined;
  const lines = Math.max(1, Math.ceil(cell.text.length / line.chars));
  // Every wrapped row gets its height, one line too: LibreOffice sizes a wrapped row without one by its own
  // measure, which can make a one-line subtitle two lines tall.
  return line.height * lines + 4;
}

/** Rows the chart of deviations per level takes, plus one per bar beyond four. */
const CHART_ROWS = 16;

/**
 * The report's opening text, one paragraph per row, and a chart of the year's deviation per level, beside
 * the deviation of the forecast compared with when there is one.
 */
export function summarySheet(ctx: ReportContext, levels: LevelSheet): ReportSheet {
  const r = ctx.result;
  const p: Presentation = { unit: r.settings.reportUnit, sign: r.settings.reportSign };
  // The sentences give mnkr whatever the tables' unit, so the subtitle says mnkr; the chart names its own.
  const rows = headerBlock(ctx, "sammanfattning av budgetuppföljningen", undefined, { unit: "mkr" }).map(
    (row) => row.map(wrapped),
  );
  for (const sentence of summarySentences(r)) rows.push([text(sentence, "paragraph")]);
  const rowHeights: Record<number, number> = {};
  rows.forEach((row, i) => {
    const height = wrappedHeight(row[0]);
    if (height !== undefined) rowHeights[i + 1] = height;
  });
  const chartTop = rows.length + 1;
  const unit = r.settings.reportUnit === "tkr" ? "tkr" : "mnkr";
  const month = r.previous ? previousMonth(r.previous, r.period) : undefined;
  const compared = r.previous
    ? `, efter ${MONTH_NAMES[r.period.month - 1] ?? ""} och ${month ? `efter ${month}` : "enligt föregående prognos"}`
    : "";
  const bars = levels.chart.cachedCategories.length;
  const chart: ReportChart = {
    kind: "bar",
    title: `Prognostiserad avvikelse helår per anslagsbindningsnivå${compared} (${unit})`,
    categories: { sheet: levels.sheet.name, range: levels.chart.categories },
    cachedCategories: levels.chart.cachedCategories,
    values: { sheet: levels.sheet.name, range: levels.chart.values },
    series: levels.chart.series,
    numberFormat: amountFormat(p, "amount"),
    labelFormat: chartFormat(p),
    from: { col: 0, row: chartTop },
    to: { col: 1, row: chartTop + CHART_ROWS + Math.max(0, bars - 4) },
  };
  return {
    name: SUMMARY_SHEET,
    rows,
    columnWidths: [105],
    rowHeights,
    merges: [],
    freeze: { rows: 0, columns: 0 },
    gridlines: false,
    // One page, as it goes into the tjänsteskrivelse: the text and the chart scale together rather than
    // the chart's foot spilling onto a page of its own when the sentences run long.
    page: { ...a4Landscape(), fitTo: { width: 1, height: 1 } },
    protection: REPORT_PROTECTION,
    charts: r.levels.length > 0 ? [chart] : [],
  };
}
