import Decimal from "decimal.js";
import type { Figures } from "../compute/figures";
import { MONTH_NAMES } from "../model/period";
import type { Presentation } from "./cells";
import { amount, formula, percent, ref, shown, shownDeviation, text } from "./cells";
import type { ReportCell, StyleName } from "./layout";

/** A row of a figure table; `sumOf` lists the (1-based) rows a subtotal or total adds up. */
export type TableRow = {
  label: string;
  figures: Figures;
  kind: "line" | "subtotal" | "total";
  sumOf?: number[];
};

export const FIGURE_COLUMNS = ["Utfall", "Budget", "Avvikelse", "Prognos", "Budget", "Avvikelse"] as const;

const STYLE: Record<TableRow["kind"], { text: StyleName; amount: StyleName }> = {
  line: { text: "text", amount: "amount" },
  subtotal: { text: "textSubtotal", amount: "amountSubtotal" },
  total: { text: "textTotal", amount: "amountTotal" },
};

/** "jan–apr" for April, "januari" for January. */
export function periodLabel(month: number): string {
  return month === 1 ? "januari" : `jan–${(MONTH_NAMES[month - 1] ?? "").slice(0, 3)}`;
}

/** The two header rows: period and year groups over Utfall | Budget | Avvikelse and Prognos | Budget | Avvikelse. */
export function figureHeader(
  firstColumn: string,
  month: number,
  extra: string[] = [],
  extraGroup?: string,
): (ReportCell | undefined)[][] {
  return [
    [
      undefined,
      text(`Perioden ${periodLabel(month)}`, "groupHeader"),
      undefined,
      undefined,
      text("Helår", "groupHeader"),
      undefined,
      undefined,
      ...(extraGroup ? [text(extraGroup, "groupHeader")] : []),
    ],
    [firstColumn, ...FIGURE_COLUMNS, ...extra].map((h, i) =>
      text(h, i === 0 ? "columnHeaderLeft" : "columnHeader"),
    ),
  ];
}

/**
 * Rows of Utfall | Budget | Avvikelse | Prognos | Budget | Avvikelse from row `firstRow` on. Amounts are
 * the exact engine figures; subtotals are formulas over the rows they add; deviations are formulas in
 * the convention shown (income positive: Utfall − Budget; net cost positive: Budget − Utfall), with
 * the exact deviation as cached value.
 */
export function figureRows(
  rows: readonly TableRow[],
  firstRow: number,
  p: Presentation,
  withUsage = false,
): (ReportCell | undefined)[][] {
  return rows.map((row, i) => {
    const n = firstRow + i;
    const style = STYLE[row.kind];
    const f = row.figures;
    const figure = (col: number, value: number): ReportCell =>
      row.sumOf && row.sumOf.length > 0
        ? formula(sumFormula(col, row.sumOf), value, p, "amount", style.amount)
        : amount(value, p, "amount", style.amount);
    const deviation = (actual: number, budget: number, value: number): ReportCell =>
      formula(
        p.sign === "incomePositive"
          ? `${ref(actual, n)}-${ref(budget, n)}`
          : `${ref(budget, n)}-${ref(actual, n)}`,
        value,
        p,
        "deviation",
        style.amount,
      );
    const cells: (ReportCell | undefined)[] = [
      text(row.label, style.text),
      figure(1, shown(f.outcome, p)),
      figure(2, shown(f.periodBudget, p)),
      deviation(1, 2, shownDeviation(f.periodDeviation, p)),
      figure(4, shown(f.forecast, p)),
      figure(5, shown(f.annualBudget, p)),
      deviation(4, 5, shownDeviation(f.forecastDeviation, p)),
    ];
    if (withUsage) {
      cells.push(
        f.annualBudget === 0
          ? text("–", style.amount)
          : percent(
              `IF(${ref(5, n)}=0,0,${ref(1, n)}/${ref(5, n)})`,
              new Decimal(f.outcome).dividedBy(f.annualBudget).toNumber(),
              style.amount,
            ),
      );
    }
    return cells;
  });
}

/** SUM over a contiguous block, else the rows added one by one. */
export function sumFormula(col: number, rows: readonly number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const first = sorted[0] ?? 0;
  const last = sorted[sorted.length - 1] ?? 0;
  if (last - first + 1 === sorted.length) return `SUM(${ref(col, first)}:${ref(col, last)})`;
  return sorted.map((r) => ref(col, r)).join("+");
}
