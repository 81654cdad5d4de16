import Decimal from "decimal.js";
import type { ReportSheet } from "./layout";
import { REPORT_PROTECTION, a4Landscape } from "./sheet-setup";
import type { Presentation } from "./cells";
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
    },
    firstLevelRow: first,
    lastLevelRow: first + r.levels.length - 1,
  };
}
