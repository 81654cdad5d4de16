import type { CostTypeResult } from "../compute/compute-result";
import type { Figures } from "../compute/figures";
import { ZERO_FIGURES, addFigures } from "../compute/figures";
import { columnLetter } from "../model/grid";
import type { Presentation } from "./cells";
import type { TableRow } from "./figure-table";
import { FIGURE_COLUMNS, figureHeader, figureRows } from "./figure-table";
import type { ReportContext } from "./header-block";
import { headerBlock } from "./header-block";
import type { LastYear } from "./last-year-columns";
import {
  LAST_YEAR_GROUP,
  lastYearCells,
  lastYearHeaders,
  lastYearShown,
  sumLastYear,
} from "./last-year-columns";
import type { ReportSheet } from "./layout";
import { REPORT_PROTECTION, a4Landscape } from "./sheet-setup";

export const COST_TYPE_SHEET = "Driftredovisning";

const NO_LAST_YEAR: LastYear = { outcome: null, annual: null };

const total = (lines: readonly Figures[]): Figures =>
  lines.reduce<Figures>((a, b) => addFigures(a, b), ZERO_FIGURES);

/** A header cell of last year's columns is this wide: "Utfall samma period fg år" in two lines. */
const LAST_YEAR_WIDTH = 14;
/** The column headers' row in points when last year's headers wrap to two lines. */
const TWO_LINE_HEADER_HEIGHT = 30;

/**
 * Driftredovisning per kostnadsslag (as Alingsås's drift): income and cost lines, Verksamhetens
 * kostnader, Verksamhetens nettokostnader, Kommunbidrag, Finansnetto, Årets resultat. Every subtotal is
 * a formula over the lines above it. When the books have last year's figures (as the socialnämnd's
 * report sets Utfall 1904 and Bokslut 2019 beside the year's), they follow in columns of their own.
 */
export function costTypeSheet(ctx: ReportContext): ReportSheet {
  const r = ctx.result;
  const p: Presentation = { unit: r.settings.reportUnit, sign: r.settings.reportSign };
  const show = lastYearShown(
    r.costTypes.map((c) => ({ outcome: c.lastYearOutcome, annual: c.lastYearAnnualOutcome })),
  );
  const extra = lastYearHeaders(show);
  const rows = headerBlock(
    ctx,
    "driftredovisning per kostnadsslag",
    show.outcome
      ? `Förändring, %: periodens utfall mot samma period ${r.period.year - 1}, i procent av det senare (tomt vid noll eller teckenbyte).`
      : undefined,
  );
  rows.push(
    ...figureHeader("Kostnadsslag", r.period.month, extra, extra.length > 0 ? LAST_YEAR_GROUP : undefined),
  );
  const first = rows.length + 1;
  const table: TableRow[] = [];
  const lastYear: LastYear[] = [];
  const add = (row: TableRow, ly?: LastYear): number => {
    table.push(row);
    lastYear.push(ly ?? sumLastYear((row.sumOf ?? []).map((n) => lastYear[n - first] ?? NO_LAST_YEAR)));
    return first + table.length - 1;
  };
  const lines = (group: CostTypeResult["group"]): CostTypeResult[] =>
    r.costTypes.filter((c) => c.group === group);
  const addLines = (group: CostTypeResult["group"]): { rows: number[]; figures: Figures[] } => {
    const found = lines(group);
    return {
      rows: found.map((c) =>
        add(
          { label: c.name, figures: c, kind: "line" },
          { outcome: c.lastYearOutcome, annual: c.lastYearAnnualOutcome },
        ),
      ),
      figures: found,
    };
  };

  const income = addLines("income");
  const costs = addLines("cost");
  const costRow =
    costs.rows.length > 0
      ? [
          add({
            label: "Verksamhetens kostnader",
            figures: total(costs.figures),
            kind: "subtotal",
            sumOf: costs.rows,
          }),
        ]
      : [];
  const unclassified = addLines("unclassified");
  const netFigures = total([...income.figures, ...costs.figures, ...unclassified.figures]);
  const financing = r.costTypes.some((c) => c.group === "kommunbidrag" || c.group === "financial");
  const netRow = add({
    label: "Verksamhetens nettokostnader",
    figures: netFigures,
    kind: financing ? "subtotal" : "total",
    sumOf: [...income.rows, ...costRow, ...unclassified.rows],
  });
  const kommunbidrag = addLines("kommunbidrag");
  const financial = addLines("financial");
  // Årets resultat is the net cost after Kommunbidrag: without Kommunbidrag in the ledger it would
  // only be the net cost under another name.
  if (financing) {
    add({
      label: kommunbidrag.rows.length > 0 ? "Årets resultat" : "Nettokostnader inklusive finansnetto",
      figures: total([netFigures, ...kommunbidrag.figures, ...financial.figures]),
      kind: "total",
      sumOf: [netRow, ...kommunbidrag.rows, ...financial.rows],
    });
  }
  const extraCells = lastYearCells(table, lastYear, first, p, show, FIGURE_COLUMNS.length + 1);
  rows.push(...figureRows(table, first, p).map((cells, i) => [...cells, ...(extraCells[i] ?? [])]));
  const top = first - 2;
  const firstExtra = columnLetter(FIGURE_COLUMNS.length + 1);
  const lastExtra = columnLetter(FIGURE_COLUMNS.length + extra.length);
  return {
    name: COST_TYPE_SHEET,
    rows,
    columnWidths: [34, 13, 13, 13, 13, 13, 13, ...extra.map(() => LAST_YEAR_WIDTH)],
    ...(extra.length > 0 ? { rowHeights: { [first - 1]: TWO_LINE_HEADER_HEIGHT } } : {}),
    merges: [
      `B${top}:D${top}`,
      `E${top}:G${top}`,
      ...(extra.length > 1 ? [`${firstExtra}${top}:${lastExtra}${top}`] : []),
    ],
    freeze: { rows: first - 1, columns: 1 },
    gridlines: false,
    page: a4Landscape(`${top}:${first - 1}`),
    protection: REPORT_PROTECTION,
  };
}
