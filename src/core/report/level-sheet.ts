import Decimal from "decimal.js";
import type { ReportCell, ReportSheet } from "./layout";
import { REPORT_PROTECTION, a4Landscape } from "./sheet-setup";
import { adjustmentRowsOf } from "./adjustment-rows";
import type { Presentation } from "./cells";
import { text } from "./cells";
import type { TableRow } from "./figure-table";
import { figureHeader, figureRows } from "./figure-table";
import type { ReportContext } from "./header-block";
import { headerBlock } from "./header-block";
import type { ColumnRow } from "./level-columns";
import {
  COMPARISON_COLUMNS,
  PERCENT_COLUMNS,
  comparisonHeaders,
  putComparison,
  putPercents,
} from "./level-columns";
import type { LevelChart } from "./level-chart";
import { putChartColumns } from "./level-chart";
import { previousMonth } from "./swedish-text";

export const LEVEL_SHEET = "Avvikelse per nivå";

/** Where the levels stand in the sheet (1-based rows), and the figures the summary's chart draws. */
export type LevelSheet = {
  sheet: ReportSheet;
  firstLevelRow: number;
  lastLevelRow: number;
  chart: LevelChart;
};

/** The column of the year's deviation (G). */
export const FORECAST_DEVIATION_COLUMN = "G";

/** Column widths: the level, six figures, Förbrukningsgrad, two percentages, then the comparison's three. */
const WIDTHS = [34, 13, 13, 13, 13, 13, 13, 19, 11, 11];
const COMPARISON_WIDTHS = [14, 14, 13];

/**
 * Per anslagsbindningsnivå (as Lomma's 2.2): the period's and the year's Utfall/Prognos | Budget |
 * Avvikelse per level and in total, with förbrukningsgrad (utfall / årsbudget) beside the riktvärde, the
 * deviations in per cent of their budgets, and, when there is an earlier forecast to compare with (as
 * Linköping's "efter juli"), that forecast, its deviation and the change. The chart's figures follow in
 * hidden columns.
 */
export function levelSheet(ctx: ReportContext): LevelSheet {
  const r = ctx.result;
  const p: Presentation = { unit: r.settings.reportUnit, sign: r.settings.reportSign };
  const month = r.period.month;
  const linearNote =
    r.settings.periodisation === "linear"
      ? `Periodens budget är linjär (${month}/12 av årsbudgeten).`
      : undefined;
  const rows = headerBlock(ctx, "avvikelse per anslagsbindningsnivå", linearNote);
  const top = rows.length + 1;
  const put = (row: number, col: number, cell: ReportCell): void => {
    while (rows.length < row) rows.push([]);
    const cells = rows[row - 1] ?? [];
    while (cells.length < col) cells.push(undefined);
    cells[col] = cell;
  };
  const riktvarde = new Decimal(month).times(100).dividedBy(12).toDecimalPlaces(0).toNumber();
  rows.push(...figureHeader("Anslagsbindningsnivå", month, ["Förbrukningsgrad"], `Riktvärde ${riktvarde} %`));
  const first = rows.length + 1;
  put(top, PERCENT_COLUMNS.period, text("Avvikelse i % av budget", "groupHeader"));
  put(first - 1, PERCENT_COLUMNS.period, text("Perioden", "columnHeader"));
  put(first - 1, PERCENT_COLUMNS.year, text("Helår", "columnHeader"));

  const levelRows = r.levels.map((_, i) => first + i);
  const totalRow = first + r.levels.length;
  const table: TableRow[] = [
    ...r.levels.map((l): TableRow => ({ label: l.name, figures: l, kind: "line" })),
    { label: "Totalt", figures: r.total, kind: "total", sumOf: levelRows },
  ];
  rows.push(...figureRows(table, first, p, true));
  const lines: ColumnRow[] = r.levels.map((l, i) => ({ n: first + i, figures: l, style: "amount" }));
  const total: ColumnRow = { n: totalRow, figures: r.total, style: "amountTotal" };
  putPercents(put, [...lines, total]);

  const merges = [`B${top}:D${top}`, `E${top}:G${top}`, `I${top}:J${top}`];
  const widths = [...WIDTHS];
  // the month the forecast compared with was made after; the words naming it in the chart's labels
  const earlier = r.previous ? previousMonth(r.previous, r.period) : undefined;
  const comparedWith = r.previous ? (earlier ? `efter ${earlier}` : "föregående prognos") : undefined;
  let totalAsReported = false;
  if (r.previous) {
    const headers = comparisonHeaders(earlier);
    put(top, COMPARISON_COLUMNS.forecast, text(headers.group, "groupHeader"));
    put(first - 1, COMPARISON_COLUMNS.forecast, text(headers.forecast, "columnHeader"));
    put(first - 1, COMPARISON_COLUMNS.deviation, text(headers.deviation, "columnHeader"));
    put(first - 1, COMPARISON_COLUMNS.change, text("Förändring", "columnHeader"));
    merges.push(`K${top}:M${top}`);
    widths.push(...COMPARISON_WIDTHS);
    totalAsReported = !putComparison(put, lines, total, p);
  }
  // the period's result, the adjustments each on a line, and the result after them: under the table
  const below = rows.length + 1;
  rows.push(...adjustmentRowsOf(r, totalRow, below, p));
  if (totalAsReported)
    rows.push(
      [],
      [
        text(
          `Totalraden för ${earlier ? `prognosen efter ${earlier}` : "föregående prognos"} är den som rapporterades då: nivåerna har ändrats sedan, så den är inte summan av raderna ovan.`,
          "note",
        ),
      ],
    );
  // last: with two bars per level, the chart's hidden figures run past the rows above
  const chart = putChartColumns(put, r.levels, first, widths.length, p, comparedWith);
  return {
    sheet: {
      name: LEVEL_SHEET,
      rows,
      columnWidths: widths,
      // the comparison's headers ("Avvikelse efter september") take two lines
      ...(r.previous ? { rowHeights: { [first - 1]: 30 } } : {}),
      merges,
      freeze: { rows: first - 1, columns: 1 },
      gridlines: false,
      page: a4Landscape(`${top}:${first - 1}`),
      protection: REPORT_PROTECTION,
      hiddenColumns: chart.columns,
    },
    firstLevelRow: first,
    lastLevelRow: first + r.levels.length - 1,
    chart,
  };
}
