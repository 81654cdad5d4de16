import Decimal from "decimal.js";
import type { Money } from "../money";
import { subtract } from "../money";
import type { Period } from "../model/period";
import type { Figures } from "./figures";

/**
 * What a row of the report is compared with: the previous forecast (and the deviation it gave), the
 * same period last year and last year's full year, all in the net-cost sign. Null where there is
 * nothing to compare with — never a zero that looks like a figure.
 */
export type Comparison = {
  previousForecast: Money | null;
  previousForecastDeviation: Money | null;
  /** forecastDeviation − previousForecastDeviation: negative is a worsening */
  forecastDeviationChange: Money | null;
  lastYearOutcome: Money | null;
  lastYearAnnualOutcome: Money | null;
};

/** Where the previous forecast came from: the user's pick of a snapshot, a column, or the history. */
export type PreviousSource = { kind: "history" | "column" | "chosen"; sheet?: string; cell?: string };

/** The comparison the report makes: with which period's forecast (null when a column names none), from where. */
export type Previous = { period: Period | null; source: PreviousSource };

/** An earlier forecast of one row, as a snapshot kept it or a column gives it. */
export type PreviousForecast = { forecast: Money; forecastDeviation: Money };

/** The extra amounts read beside a row's figures; undefined where the books have none. */
export type ComparisonAmounts = {
  previousForecast?: Money;
  lastYearOutcome?: Money;
  lastYearAnnualOutcome?: Money;
};

/**
 * A row's comparison. The previous forecast's deviation is the one reported then (a snapshot's), or,
 * from a column beside this month's figures, this year's budget less that forecast.
 */
export function compareRow(
  figures: Figures,
  amounts: ComparisonAmounts,
  snapshot: PreviousForecast | undefined,
  fromColumn: boolean,
): Comparison {
  let previous: PreviousForecast | undefined = snapshot;
  if (fromColumn && amounts.previousForecast !== undefined)
    previous = {
      forecast: amounts.previousForecast,
      forecastDeviation: subtract(figures.annualBudget, amounts.previousForecast),
    };
  return {
    previousForecast: previous?.forecast ?? null,
    previousForecastDeviation: previous?.forecastDeviation ?? null,
    forecastDeviationChange: previous
      ? subtract(figures.forecastDeviation, previous.forecastDeviation)
      : null,
    lastYearOutcome: amounts.lastYearOutcome ?? null,
    lastYearAnnualOutcome: amounts.lastYearAnnualOutcome ?? null,
  };
}

/**
 * A deviation as a percentage of its budget's size, exact to 20 significant digits (decimal.js), as a
 * decimal string: positive is a surplus, whatever the budget's sign. Null when the budget is zero.
 */
export function deviationPercent(deviation: Money, budget: Money): string | null {
  if (budget === 0) return null;
  return new Decimal(deviation).times(100).dividedBy(new Decimal(budget).abs()).toFixed();
}

/** A row with nothing to compare with. */
export const NO_COMPARISON: Comparison = {
  previousForecast: null,
  previousForecastDeviation: null,
  forecastDeviationChange: null,
  lastYearOutcome: null,
  lastYearAnnualOutcome: null,
};
