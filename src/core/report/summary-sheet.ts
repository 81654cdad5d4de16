import type { Presentation } from "./cells";
import { amountFormat, shownDeviation, text } from "./cells";
import type { ReportContext } from "./header-block";
import { headerBlock } from "./header-block";
import type { ReportChart, ReportSheet } from "./layout";
import { REPORT_PROTECTION, a4Landscape } from "./sheet-setup";
import type { LevelSheet } from "./level-sheet";
import { chartFormat, chartValuesRange } from "./level-sheet";
import { splitDeviation } from "./chart-series";
import { summarySentences } from "./summary-text";

export const SUMMARY_SHEET = "Sammanfattning";

/** Characters that fit on one line of the summary's wide column, to size rows of wrapped text. */
const CHARS_PER_LINE = 95;

const DEFICIT = "FFC00000";
const SURPLUS = "FF2E75B6";

/** Rows the chart of deviations per level takes, plus one per level beyond four. */
const CHART_ROWS = 16;

/** The report's opening text, one paragraph per row, and a chart of the year's deviation per level. */
export function summarySheet(ctx: ReportContext, levels: LevelSheet): ReportSheet {
  const r = ctx.result;
  const p: Presentation = { unit: r.settings.reportUnit, sign: r.settings.reportSign };
  const rows = headerBlock(ctx, "sammanfattning av budgetuppföljningen");
  const first = rows.length;
  const sentences = summarySentences(r);
  for (const sentence of sentences) rows.push([text(sentence, "paragraph")]);
  const rowHeights: Record<number, number> = {};
  sentences.forEach((s, i) => {
    rowHeights[first + i + 1] = 15 * Math.max(1, Math.ceil(s.length / CHARS_PER_LINE)) + 4;
  });
  const chartTop = rows.length + 1;
  const split = r.levels.map((l) => splitDeviation(shownDeviation(l.forecastDeviation, p)));
  const chart: ReportChart = {
    kind: "bar",
    title: `Prognostiserad avvikelse helår per anslagsbindningsnivå (${r.settings.reportUnit === "tkr" ? "tkr" : "mnkr"})`,
    categories: { sheet: levels.sheet.name, range: `A${levels.firstLevelRow}:A${levels.lastLevelRow}` },
    cachedCategories: r.levels.map((l) => l.name),
    values: { sheet: levels.sheet.name, range: chartValuesRange(levels) },
    series: [
      { name: "Överskott", color: SURPLUS, cachedValues: split.map((s) => s.surplus) },
      { name: "Underskott", color: DEFICIT, cachedValues: split.map((s) => s.deficit) },
    ],
    numberFormat: amountFormat(p, "amount"),
    labelFormat: chartFormat(p),
    from: { col: 0, row: chartTop },
    to: { col: 1, row: chartTop + CHART_ROWS + Math.max(0, r.levels.length - 4) },
  };
  return {
    name: SUMMARY_SHEET,
    rows,
    columnWidths: [105],
    rowHeights,
    merges: [],
    freeze: { rows: 0, columns: 0 },
    gridlines: false,
    page: a4Landscape(),
    protection: REPORT_PROTECTION,
    charts: r.levels.length > 0 ? [chart] : [],
  };
}
