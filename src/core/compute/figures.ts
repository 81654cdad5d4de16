import type { Money } from "../money";
import { add, subtract } from "../money";

/** The figures of one row of any table: budget, outcome, forecast and the two deviations. */
export type Figures = {
  annualBudget: Money;
  periodBudget: Money;
  outcome: Money;
  forecast: Money;
  /** periodBudget − outcome: positive is a surplus */
  periodDeviation: Money;
  /** annualBudget − forecast: positive is a surplus */
  forecastDeviation: Money;
};

export function makeFigures(
  annualBudget: Money,
  periodBudget: Money,
  outcome: Money,
  forecast: Money,
): Figures {
  return {
    annualBudget,
    periodBudget,
    outcome,
    forecast,
    periodDeviation: subtract(periodBudget, outcome),
    forecastDeviation: subtract(annualBudget, forecast),
  };
}

export function addFigures(a: Figures, b: Figures): Figures {
  return makeFigures(
    add(a.annualBudget, b.annualBudget),
    add(a.periodBudget, b.periodBudget),
    add(a.outcome, b.outcome),
    add(a.forecast, b.forecast),
  );
}

export const ZERO_FIGURES: Figures = makeFigures(0 as Money, 0 as Money, 0 as Money, 0 as Money);

export function isZeroFigures(f: Figures): boolean {
  return f.annualBudget === 0 && f.periodBudget === 0 && f.outcome === 0 && f.forecast === 0;
}
