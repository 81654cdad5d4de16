import { assumedUnitNote } from "../detect/sheet-units";
import type { InvestmentFigures } from "../read/read-investments";
import type { Presentation } from "./cells";
import { amount, formula, ref, shownDeviation, text } from "./cells";
import type { ReportContext } from "./header-block";
import { headerBlock } from "./header-block";
import type { ReportCell, ReportSheet } from "./layout";
import { REPORT_PROTECTION, a4Landscape } from "./sheet-setup";

export const INVESTMENTS_SHEET = "Investeringsredovisning";

export const INVESTMENT_SIGN_TEXT =
  "Investeringsutgifter positiva. Positiv avvikelse = lägre utgift än budget.";

/**
 * Investeringsredovisning per level (as Lomma's 3.1): Utfall | Prognos | Budget | Avvikelse, the
 * deviation Budget − Prognos (positive: less spent than budgeted). Expenditure is shown positive,
 * whatever convention the operating tables use, as reports show investments.
 */
export function investmentsSheet(ctx: ReportContext): ReportSheet | undefined {
  const investments = ctx.result.investments;
  if (!investments) return undefined;
  const p: Presentation = { unit: ctx.result.settings.reportUnit, sign: "netCostPositive" };
  const read = ctx.result.sheetUnits.find((u) => u.role === "investments");
  const unitNote = read && assumedUnitNote(read);
  // The sheet's own sign in its subtitle: the report's ("Intäkter positiva, kostnader negativa") would
  // contradict the positive expenditure below it.
  const rows = headerBlock(ctx, "investeringsredovisning", unitNote, { signText: INVESTMENT_SIGN_TEXT });
  const headers = ["Anslagsbindningsnivå", "Periodens utfall", "Prognos helår", "Budget helår", "Avvikelse"];
  rows.push(headers.map((h, i) => text(h, i === 0 ? "columnHeaderLeft" : "columnHeader")));
  const first = rows.length + 1;
  const line = (i: InvestmentFigures, n: number, total: boolean): (ReportCell | undefined)[] => {
    const style = total ? "amountTotal" : "amount";
    const cell = (col: number, value: number): ReportCell =>
      total
        ? formula(`SUM(${ref(col, first)}:${ref(col, n - 1)})`, value, p, "amount", style)
        : amount(value, p, "amount", style);
    return [
      text(i.name, total ? "textTotal" : "text"),
      cell(1, shownDeviation(i.outcome, p)),
      cell(2, shownDeviation(i.forecast, p)),
      cell(3, shownDeviation(i.budget, p)),
      formula(`${ref(3, n)}-${ref(2, n)}`, shownDeviation(i.deviation, p), p, "deviation", style),
    ];
  };
  investments.levels.forEach((l) => rows.push(line(l, rows.length + 1, false)));
  rows.push(line(investments.total, rows.length + 1, true));
  return {
    name: INVESTMENTS_SHEET,
    rows,
    columnWidths: [34, 16, 16, 16, 14],
    merges: [],
    freeze: { rows: first - 1, columns: 1 },
    gridlines: false,
    page: a4Landscape(`${first - 1}:${first - 1}`),
    protection: REPORT_PROTECTION,
  };
}
