import Decimal from "decimal.js";
import { columnLetter } from "../model/grid";
import type { ReportCell, ReportSheet } from "./layout";
import { REPORT_PROTECTION, a4Landscape } from "./sheet-setup";
import type { Presentation } from "./cells";
import { amountFormat, shownDeviation, text } from "./cells";
import { splitDeviation } from "./chart-series";
import type { TableRow } from "./figure-table";
import { figureHeader, figureRows } from "./figure-table";
import type { ReportContext } from "./header-block";
import { headerBlock } from "./header-block";

export const LEVEL_SHEET = "Avvikelse per nivå";

/** Where the levels stand in the sheet (1-based rows), for charts that show them. */
export type LevelSheet = { sheet: ReportSheet; firstLevelRow: number; lastLevelRow: number };

/** The column of the year's deviation (G). */
export const FORECAST_DEVIATION_COLUMN = "G";

/**
 * Columns I and J, hidden: the year's deviation per level split into its surplus and its deficit, the
 * summary chart's two one-colour series (see ReportChart). Formulas of G, so they follow its figures.
 */
export const CHART_COLUMNS = { surplus: 8, deficit: 9 } as const;

/** The chart's figures and bar labels: the amount format, with a zero shown as nothing. */
export function chartFormat(p: Presentation): string {
  return `${amountFormat(p, "amount")};`;
}

/**
 * Per anslagsbindningsnivå (as Lomma's 2.2): the period's and the year's Utfall/Prognos | Budget |
 * Avvikelse per level and in total, with förbrukningsgrad (utfall / årsbudget) beside the riktvärde.
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
  const riktvarde = new Decimal(month).times(100).dividedBy(12).toDecimalPlaces(0).toNumber();
  rows.push(...figureHeader("Anslagsbindningsnivå", month, ["Förbrukningsgrad"], `Riktvärde ${riktvarde} %`));
  const first = rows.length + 1;
  const levelRows = r.levels.map((_, i) => first + i);
  const table: TableRow[] = [
    ...r.levels.map((l): TableRow => ({ label: l.name, figures: l, kind: "line" })),
    { label: "Totalt", figures: r.total, kind: "total", sumOf: levelRows },
  ];
  rows.push(...figureRows(table, first, p, true));
  const deviations = r.levels.map((l) => shownDeviation(l.forecastDeviation, p));
  addChartColumns(rows, first, deviations, p);
  return {
    sheet: {
      name: LEVEL_SHEET,
      rows,
      columnWidths: [34, 13, 13, 13, 13, 13, 13, 19],
      merges: [`B${top}:D${top}`, `E${top}:G${top}`],
      freeze: { rows: first - 1, columns: 1 },
      gridlines: false,
      page: a4Landscape(`${top}:${first - 1}`),
      protection: REPORT_PROTECTION,
      hiddenColumns: [CHART_COLUMNS.surplus, CHART_COLUMNS.deficit],
    },
    firstLevelRow: first,
    lastLevelRow: first + r.levels.length - 1,
  };
}

/** The chart's columns beside the levels (from row `first`), headed in the row above them. */
function addChartColumns(
  rows: (ReportCell | undefined)[][],
  first: number,
  deviations: readonly number[],
  p: Presentation,
): void {
  const put = (row: number, col: number, cell: ReportCell): void => {
    const cells = (rows[row - 1] ??= []);
    while (cells.length < col) cells.push(undefined);
    cells[col] = cell;
  };
  put(first - 1, CHART_COLUMNS.surplus, text("Diagram: överskott", "columnHeader"));
  put(first - 1, CHART_COLUMNS.deficit, text("Diagram: underskott", "columnHeader"));
  const format = chartFormat(p);
  deviations.forEach((deviation, i) => {
    const n = first + i;
    const g = `${FORECAST_DEVIATION_COLUMN}${n}`;
    const { surplus, deficit } = splitDeviation(deviation);
    put(n, CHART_COLUMNS.surplus, { kind: "formula", formula: `MAX(${g},0)`, value: surplus, format });
    put(n, CHART_COLUMNS.deficit, { kind: "formula", formula: `MIN(${g},0)`, value: deficit, format });
  });
}

/** The chart's values on this sheet: its two columns over the level rows, "I8:J10". */
export function chartValuesRange(levels: LevelSheet): string {
  const from = columnLetter(CHART_COLUMNS.surplus);
  const to = columnLetter(CHART_COLUMNS.deficit);
  return `${from}${levels.firstLevelRow}:${to}${levels.lastLevelRow}`;
}
