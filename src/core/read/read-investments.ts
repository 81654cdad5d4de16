import { issue } from "../messages";
import type { Money, Unit } from "../money";
import { ZERO, add, negate, subtract } from "../money";
import type { SheetGrid } from "../model/grid";
import { cellRef, cellText, columnIndex, isBlank } from "../model/grid";
import type { Issue } from "../model/issue";
import type { InvestmentsSheet } from "../settings/settings";
import { readAmount } from "../values/parse-amount";
import { isSubtotalLabel } from "../values/subtotal-label";

/** One level's investment expenditure for the year: positive is money spent. */
export type InvestmentFigures = {
  name: string;
  budget: Money;
  outcome: Money;
  forecast: Money;
  deviation: Money;
};

const FIELDS = ["budget", "outcome", "forecast"] as const;

/**
 * Reads the investments sheet in `unit` (the sheet's, or the one assumed for it): sums per level of
 * budget, outcome and forecast. Expenditure is shown positive, as reports show investments; a sheet
 * whose amounts are mostly negative (costs negative) is turned around.
 */
export function readInvestments(
  sheet: SheetGrid,
  layout: InvestmentsSheet,
  unit: Unit,
): { levels: InvestmentFigures[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const levelCol = columnIndex(layout.columns.level) ?? 0;
  const cols = FIELDS.map((f) => (layout.columns[f] ? columnIndex(layout.columns[f]) : undefined));
  const sums = new Map<string, Money[]>();
  let negative = 0;
  let positive = 0;
  for (let r = layout.headerRow; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    const level = cellText(row[levelCol]);
    if (isSubtotalLabel(level)) continue;
    const amounts: Money[] = [];
    let bad = false;
    cols.forEach((c) => {
      const reading = readAmount(c === undefined ? null : row[c], unit);
      if (!reading.ok) {
        issues.push(
          issue(
            `amount-${reading.problem}`,
            { shown: reading.shown },
            { sheet: sheet.name, cell: cellRef(r, c ?? 0) },
          ),
        );
        bad = true;
        amounts.push(ZERO);
        return;
      }
      if (reading.money < 0) negative++;
      if (reading.money > 0) positive++;
      amounts.push(reading.money);
    });
    if (bad || amounts.every((a) => a === 0)) continue;
    if (level === "" || isBlank(row[levelCol])) {
      issues.push(issue("level-missing", undefined, { sheet: sheet.name, cell: cellRef(r, levelCol) }));
      continue;
    }
    const sum = sums.get(level) ?? [ZERO, ZERO, ZERO];
    sums.set(
      level,
      sum.map((s, i) => add(s, amounts[i] ?? ZERO)),
    );
  }
  const flip = (m: Money): Money => (negative > positive ? negate(m) : m);
  const levels = [...sums].map(([name, [budget = ZERO, outcome = ZERO, forecast = ZERO]]) => ({
    name,
    budget: flip(budget),
    outcome: flip(outcome),
    forecast: flip(forecast),
    deviation: subtract(flip(budget), flip(forecast)),
  }));
  return { levels, issues };
}

export function totalInvestments(levels: readonly InvestmentFigures[]): InvestmentFigures {
  const sum = (f: (l: InvestmentFigures) => Money): Money =>
    levels.reduce<Money>((acc, l) => add(acc, f(l)), ZERO);
  return {
    name: "Totalt",
    budget: sum((l) => l.budget),
    outcome: sum((l) => l.outcome),
    forecast: sum((l) => l.forecast),
    deviation: sum((l) => l.deviation),
  };
}
