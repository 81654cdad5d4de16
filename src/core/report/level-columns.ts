import type { LevelResult } from "../compute/compute-result";
import type { Money } from "../money";
import { sum } from "../money";
import type { Presentation } from "./cells";
import {
  DEVIATION_PERCENT_FORMAT,
  amount,
  formula,
  percentFraction,
  ref,
  shown,
  shownDeviation,
  text,
} from "./cells";
import type { ReportCell, StyleName } from "./layout";

/**
 * The level sheet's columns right of Förbrukningsgrad (H): the deviations in per cent of their budgets
 * (I, J), and, when the report compares with an earlier forecast, that forecast, its deviation and the
 * change since (K, L, M).
 */
export const PERCENT_COLUMNS = { period: 8, year: 9 } as const;
export const COMPARISON_COLUMNS = { forecast: 10, deviation: 11, change: 12 } as const;

/** The figure table's columns these are computed from: the period's budget and deviation, the year's. */
const PERIOD_BUDGET = 2;
const PERIOD_DEVIATION = 3;
const ANNUAL_BUDGET = 5;
const FORECAST_DEVIATION = 6;

export type ColumnRow = { n: number; figures: LevelResult; style: StyleName };

type Put = (row: number, col: number, cell: ReportCell) => void;

/** The group and column headers of the comparison, named by the month the earlier forecast was made after. */
export function comparisonHeaders(month: string | undefined): {
  group: string;
  forecast: string;
  deviation: string;
} {
  return month
    ? {
        group: `Jämfört med prognosen efter ${month}`,
        forecast: `Prognos efter ${month}`,
        deviation: `Avvikelse efter ${month}`,
      }
    : {
        group: "Jämfört med föregående prognos",
        forecast: "Föregående prognos",
        deviation: "Föregående avvikelse",
      };
}

/**
 * Each deviation over the size of its budget (the engine's percentages, of |budget|): a formula of the
 * row's own cells with the exact share as its cached value, or a dash where the budget is zero.
 */
export function putPercents(put: Put, rows: readonly ColumnRow[]): void {
  for (const { n, figures, style } of rows) {
    const cell = (percent: string | null, deviation: number, budget: number): ReportCell =>
      percent === null
        ? text("–", style)
        : {
            kind: "formula",
            formula: `${ref(deviation, n)}/ABS(${ref(budget, n)})`,
            value: percentFraction(percent),
            format: DEVIATION_PERCENT_FORMAT,
            style,
          };
    put(n, PERCENT_COLUMNS.period, cell(figures.periodDeviationPercent, PERIOD_DEVIATION, PERIOD_BUDGET));
    put(n, PERCENT_COLUMNS.year, cell(figures.forecastDeviationPercent, FORECAST_DEVIATION, ANNUAL_BUDGET));
  }
}

/**
 * The earlier forecast and its deviation as they were reported (numbers: they come from another report
 * or a column, not from this sheet), and the change since as the formula this deviation − that one. The
 * total row sums the levels when every level has one and they add up to the total compared with; when
 * not (a level was added or removed since), it gives that total as reported, and `false` is returned
 * for a note.
 */
export function putComparison(
  put: Put,
  levels: readonly ColumnRow[],
  total: ColumnRow,
  p: Presentation,
): boolean {
  const dash = (style: StyleName): ReportCell => text("–", style);
  for (const { n, figures: f, style } of levels) {
    put(
      n,
      COMPARISON_COLUMNS.forecast,
      f.previousForecast === null ? dash(style) : amount(shown(f.previousForecast, p), p, "amount", style),
    );
    put(
      n,
      COMPARISON_COLUMNS.deviation,
      f.previousForecastDeviation === null
        ? dash(style)
        : amount(shownDeviation(f.previousForecastDeviation, p), p, "deviation", style),
    );
    put(n, COMPARISON_COLUMNS.change, changeCell(n, f.forecastDeviationChange, p, style));
  }
  const first = levels[0]?.n ?? total.n;
  const last = levels[levels.length - 1]?.n ?? total.n;
  const t = total.figures;
  let adds = true;
  const totalCell = (col: number, value: Money | null, kind: "amount" | "deviation"): ReportCell => {
    if (value === null) return dash(total.style);
    const shownValue = kind === "amount" ? shown(value, p) : shownDeviation(value, p);
    const parts = levels.map((l) =>
      col === COMPARISON_COLUMNS.forecast ? l.figures.previousForecast : l.figures.previousForecastDeviation,
    );
    const known = parts.filter((m): m is Money => m !== null);
    if (levels.length > 0 && known.length === parts.length && sum(known) === value)
      return formula(`SUM(${ref(col, first)}:${ref(col, last)})`, shownValue, p, kind, total.style);
    adds = false;
    return amount(shownValue, p, kind, total.style);
  };
  put(
    total.n,
    COMPARISON_COLUMNS.forecast,
    totalCell(COMPARISON_COLUMNS.forecast, t.previousForecast, "amount"),
  );
  put(
    total.n,
    COMPARISON_COLUMNS.deviation,
    totalCell(COMPARISON_COLUMNS.deviation, t.previousForecastDeviation, "deviation"),
  );
  put(total.n, COMPARISON_COLUMNS.change, changeCell(total.n, t.forecastDeviationChange, p, total.style));
  return adds;
}

function changeCell(n: number, change: Money | null, p: Presentation, style: StyleName): ReportCell {
  if (change === null) return text("–", style);
  return formula(
    `${ref(FORECAST_DEVIATION, n)}-${ref(COMPARISON_COLUMNS.deviation, n)}`,
    shownDeviation(change, p),
    p,
    "deviation",
    style,
  );
}
