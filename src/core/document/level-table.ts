import { MONTH_NAMES } from "../model/period";
import type { ReportContext } from "../report/header-block";
import { COMPARISON_COLUMNS, comparisonHeaders } from "../report/level-columns";
import { levelSheet } from "../report/level-sheet";
import { periodLabel } from "../report/figure-table";
import { previousMonth } from "../report/swedish-text";
import { documentRows } from "./cell-text";
import type { DocumentTable } from "./document-layout";
import { widths } from "./table-shape";

/** The level sheet's figure columns: the level, then the period's and the year's three. */
const FIGURES = [0, 1, 2, 3, 4, 5, 6];
/** The year's deviation (G). */
const YEAR_DEVIATION = 6;

/**
 * Per anslagsbindningsnivå: the level sheet's own rows (levels and Totalt), the period's Utfall | Budget
 * | Avvikelse and the year's Prognos | Budget | Avvikelse. The comparison with an earlier forecast is a
 * table of its own (changeTable): nine columns do not fit a portrait page without breaking the words.
 */
export function levelTable(ctx: ReportContext, caption: string): DocumentTable {
  const r = ctx.result;
  const { sheet, firstLevelRow, lastLevelRow } = levelSheet(ctx);
  return {
    kind: "table",
    caption,
    columns: widths(FIGURES.length, 28),
    header: [
      [
        { text: "" },
        { text: `Perioden ${periodLabel(r.period.month)}`, span: 3 },
        { text: "Helår", span: 3 },
      ],
      ["Anslagsbindningsnivå", "Utfall", "Budget", "Avvikelse", "Prognos", "Budget", "Avvikelse"].map(
        (text) => ({ text }),
      ),
    ],
    rows: documentRows(sheet.rows.slice(firstLevelRow - 1, lastLevelRow + 1), FIGURES),
  };
}

/**
 * The forecast's change per level since the one compared with: that forecast, its deviation, today's
 * deviation and the change — the level sheet's own cells. None when there is nothing to compare with.
 */
export function changeTable(ctx: ReportContext, caption: string): DocumentTable | undefined {
  const r = ctx.result;
  if (!r.previous) return undefined;
  const { sheet, firstLevelRow, lastLevelRow } = levelSheet(ctx);
  const headers = comparisonHeaders(previousMonth(r.previous, r.period));
  const columns = [
    0,
    COMPARISON_COLUMNS.forecast,
    COMPARISON_COLUMNS.deviation,
    YEAR_DEVIATION,
    COMPARISON_COLUMNS.change,
  ];
  return {
    kind: "table",
    caption,
    columns: widths(columns.length, 32),
    header: [
      [
        "Anslagsbindningsnivå",
        headers.forecast,
        headers.deviation,
        `Avvikelse efter ${MONTH_NAMES[r.period.month - 1] ?? ""}`,
        "Förändring",
      ].map((text) => ({ text })),
    ],
    rows: documentRows(sheet.rows.slice(firstLevelRow - 1, lastLevelRow + 1), columns),
  };
}
