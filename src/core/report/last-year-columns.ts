import Decimal from "decimal.js";
import type { Money } from "../money";
import { sum } from "../money";
import type { Presentation } from "./cells";
import { amount, formula, ref, shown } from "./cells";
import type { TableRow } from "./figure-table";
import { sumFormula } from "./figure-table";
import type { ReportCell } from "./layout";

/** Last year's amounts of a table row, in the net-cost sign; null where the books have none. */
export type LastYear = { outcome: Money | null; annual: Money | null };

/** Which of last year's columns a sheet shows: each only when the books have its figures. */
export type LastYearShown = { outcome: boolean; annual: boolean };

export const LAST_YEAR_GROUP = "Föregående år";

export const LAST_YEAR_HEADERS = {
  outcome: "Utfall samma period fg år",
  change: "Förändring, %",
  annual: "Bokslut fg år",
} as const;

/** Not red when negative: a smaller cost is no deficit, so a sign says nothing good or bad here. */
export const CHANGE_PERCENT_FORMAT = "0.0 %";

/** The column of the period's outcome in a figure table (B), which the change compares with last year's. */
const OUTCOME_COLUMN = 1;

export function lastYearShown(rows: readonly LastYear[]): LastYearShown {
  return {
    outcome: rows.some((r) => r.outcome !== null),
    annual: rows.some((r) => r.annual !== null),
  };
}

/** The headers of the shown columns, in their order: the same period, its change, the full year. */
export function lastYearHeaders(show: LastYearShown): string[] {
  return [
    ...(show.outcome ? [LAST_YEAR_HEADERS.outcome, LAST_YEAR_HEADERS.change] : []),
    ...(show.annual ? [LAST_YEAR_HEADERS.annual] : []),
  ];
}

/** A subtotal's last year: the exact sum of the rows it adds; null only when none of them has a figure. */
export function sumLastYear(parts: readonly LastYear[]): LastYear {
  const total = (pick: (l: LastYear) => Money | null): Money | null => {
    const found = parts.map(pick).filter((m): m is Money => m !== null);
    return found.length > 0 ? sum(found) : null;
  };
  return { outcome: total((l) => l.outcome), annual: total((l) => l.annual) };
}

/**
 * The cells of last year's columns for a figure table's rows (from row `firstRow`), from column
 * `startCol` on: the same period last year; the change of the period's outcome (column B) against it,
 * in per cent; last year's full year. Amounts are in the report's unit and sign, subtotals are formulas
 * over the rows they add as in the table itself, and the change is a formula whose cached value is the
 * exact quotient — empty where last year's is zero or of the other sign.
 */
export function lastYearCells(
  table: readonly TableRow[],
  lastYear: readonly LastYear[],
  firstRow: number,
  p: Presentation,
  show: LastYearShown,
  startCol: number,
): (ReportCell | undefined)[][] {
  const outcomeCol = startCol;
  const annualCol = startCol + (show.outcome ? 2 : 0);
  return table.map((row, i) => {
    const n = firstRow + i;
    const ly = lastYear[i] ?? { outcome: null, annual: null };
    const style = row.kind === "line" ? "amount" : row.kind === "subtotal" ? "amountSubtotal" : "amountTotal";
    const figure = (col: number, m: Money | null): ReportCell | undefined => {
      if (row.sumOf && row.sumOf.length > 0)
        return formula(sumFormula(col, row.sumOf), m === null ? 0 : shown(m, p), p, "amount", style);
      return m === null ? undefined : amount(shown(m, p), p, "amount", style);
    };
    const cells: (ReportCell | undefined)[] = [];
    if (show.outcome) {
      const b = ref(OUTCOME_COLUMN, n);
      const h = ref(outcomeCol, n);
      const change = changeFraction(row.figures.outcome, ly.outcome);
      cells.push(
        figure(outcomeCol, ly.outcome),
        change === null
          ? undefined
          : {
              kind: "formula",
              formula: `(${b}-${h})/${h}`,
              value: change,
              format: CHANGE_PERCENT_FORMAT,
              style,
            },
      );
    }
    if (show.annual) cells.push(figure(annualCol, ly.annual));
    return cells;
  });
}

/**
 * (this year − last year) / last year: how much the line grew, the same whichever sign the report
 * shows (both amounts flip together), so a cost that grew is a positive change in either. Exact until
 * the one rounding to a double. Null where it says nothing: last year's absent or zero, or the two of
 * opposite signs (a surplus turned deficit is no percentage of either).
 */
function changeFraction(outcome: Money, last: Money | null): number | null {
  if (last === null || last === 0 || Math.sign(outcome) * Math.sign(last) < 0) return null;
  return new Decimal(outcome).minus(last).dividedBy(last).toNumber();
}
