import type { Money } from "../money";
import { add, prorate, subtract, sum } from "../money";
import type { Period } from "../model/period";
import type { Explanation } from "../read/read-explanations";
import type { CostTypeGroup, Periodisation } from "../settings/settings";
import { KOMMUNBIDRAG, UNCLASSIFIED } from "../settings/settings";
import type { Figures } from "./figures";
import { ZERO_FIGURES, addFigures, isZeroFigures, makeFigures } from "./figures";
import type { LedgerTotals } from "../read/ledger-totals";
import { FIELD, amountAt } from "../read/ledger-totals";
import type { Comparison, ComparisonAmounts, PreviousForecast } from "./comparison";
import { compareRow, deviationPercent } from "./comparison";

export type LevelResult = Figures &
  Comparison & {
    name: string;
    /** by the explanations of the deviation */
    explained: Money;
    unexplained: Money;
    /** by the explanations of the forecast change; null when there is no change to explain */
    changeExplained: Money | null;
    changeUnexplained: Money | null;
    /** of the period's budget and of the annual budget (see deviationPercent) */
    periodDeviationPercent: string | null;
    forecastDeviationPercent: string | null;
    /** the period's deviation with the level's adjustments (justeringar) added */
    adjustedPeriodDeviation: Money;
  };

export type CostTypeResult = Figures &
  Comparison & {
    name: string;
    group: CostTypeGroup | "kommunbidrag" | "unclassified";
  };

/** Which comparison amounts the books hold for every sheet (a field some sheets lack is none). */
export type ComparisonFields = {
  previousForecast: boolean;
  lastYearOutcome: boolean;
  lastYearAnnualOutcome: boolean;
};

/** The previous forecast of each level, cost type and the total, by name, from a snapshot. */
export type SnapshotForecasts = {
  levels: ReadonlyMap<string, PreviousForecast>;
  costTypes: ReadonlyMap<string, PreviousForecast>;
  total: PreviousForecast;
};

/** A change of the period's result beside the outcome (justering), by level; positive improves it. */
export type LevelAmount = { level: string; amount: Money };

export type Computed = {
  levels: LevelResult[];
  total: LevelResult;
  costTypes: CostTypeResult[];
  /** each level's Kommunbidrag line, for the sanity checks */
  kommunbidrag: Figures[];
};

export type ComputeOptions = {
  period: Period;
  periodisation: Periodisation;
  hasForecast: boolean;
  lines: readonly { name: string; group: CostTypeGroup }[];
  /** the comparison columns every ledger has; none when absent */
  comparisons?: ComparisonFields;
  /** the previous forecast from a snapshot, when that is what the report compares with */
  snapshot?: SnapshotForecasts;
  adjustments?: readonly LevelAmount[];
};

type Row = { figures: Figures; amounts: Required<ComparisonAmounts> };

const ZERO_ROW: Row = {
  figures: ZERO_FIGURES,
  amounts: { previousForecast: 0 as Money, lastYearOutcome: 0 as Money, lastYearAnnualOutcome: 0 as Money },
};

function addRows(a: Row, b: Row): Row {
  return {
    figures: addFigures(a.figures, b.figures),
    amounts: {
      previousForecast: add(a.amounts.previousForecast, b.amounts.previousForecast),
      lastYearOutcome: add(a.amounts.lastYearOutcome, b.amounts.lastYearOutcome),
      lastYearAnnualOutcome: add(a.amounts.lastYearAnnualOutcome, b.amounts.lastYearAnnualOutcome),
    },
  };
}

/**
 * From the totals per level × report line to the tables: a level's net cost is every line but
 * Kommunbidrag; a linear period budget is months/12 of each cell's annual budget, rounded to the öre
 * before any sum, so every total is the exact sum of what it totals.
 */
export function computeResult(
  totals: LedgerTotals,
  explanations: readonly Explanation[],
  options: ComputeOptions,
): Computed {
  const kbLine = options.lines.length;
  const lineCount = kbLine + 2;
  const cell = (level: number, line: number): Row => {
    const at = (field: number): Money => amountAt(totals, level, line, field);
    const annual = at(FIELD.annualBudget);
    const period =
      options.periodisation === "linear" ? prorate(annual, options.period.month, 12) : at(FIELD.periodBudget);
    const forecast = options.hasForecast ? at(FIELD.forecast) : annual;
    return {
      figures: makeFigures(annual, period, at(FIELD.outcome), forecast),
      amounts: {
        previousForecast: at(FIELD.previousForecast),
        lastYearOutcome: at(FIELD.lastYearOutcome),
        lastYearAnnualOutcome: at(FIELD.lastYearAnnualOutcome),
      },
    };
  };
  const compare = (row: Row, snapshot: PreviousForecast | undefined): Comparison =>
    compareRow(row.figures, present(row.amounts, options.comparisons), snapshot, !options.snapshot);
  const levelRow = (name: string, row: Row, snapshot: PreviousForecast | undefined): LevelResult => {
    const comparison = compare(row, snapshot);
    const mine = explanations.filter((e) => e.known && e.level === name);
    return levelResult(name, row.figures, comparison, mine, adjustmentsOf(options.adjustments, name));
  };
  const levels: LevelResult[] = [];
  const levelRows: Row[] = [];
  const kommunbidrag: Figures[] = [];
  const lineRows: Row[] = new Array<Row>(lineCount).fill(ZERO_ROW);
  totals.levels.forEach((name, l) => {
    let net = ZERO_ROW;
    for (let line = 0; line < lineCount; line++) {
      const row = cell(l, line);
      lineRows[line] = addRows(lineRows[line] ?? ZERO_ROW, row);
      if (line !== kbLine) net = addRows(net, row);
    }
    kommunbidrag.push(cell(l, kbLine).figures);
    levelRows.push(net);
    levels.push(levelRow(name, net, options.snapshot?.levels.get(name)));
  });
  const totalRow = levelRows.reduce<Row>(addRows, ZERO_ROW);
  const totalComparison = compare(totalRow, options.snapshot?.total);
  const total = levelResult(
    "Totalt",
    totalRow.figures,
    totalComparison,
    explanations.filter((e) => e.known && levels.some((l) => l.name === e.level)),
    sum(options.adjustments?.map((a) => a.amount) ?? []),
  );
  const names = [
    ...options.lines.map((l) => ({ name: l.name, group: l.group })),
    { name: KOMMUNBIDRAG, group: "kommunbidrag" as const },
    { name: UNCLASSIFIED, group: "unclassified" as const },
  ];
  const costTypes = reportOrder(
    names
      .map((n, i) => ({ n, row: lineRows[i] ?? ZERO_ROW }))
      .filter(({ row }) => !isZeroFigures(row.figures) || !isZeroAmounts(row.amounts))
      .map(({ n, row }) => ({
        ...n,
        ...row.figures,
        ...compare(row, options.snapshot?.costTypes.get(n.name)),
      })),
  );
  return { levels, total, costTypes, kommunbidrag };
}

/** The amounts of the comparison fields the books hold; the others are undefined, so null in the result. */
function present(
  amounts: Required<ComparisonAmounts>,
  fields: ComparisonFields | undefined,
): ComparisonAmounts {
  return {
    ...(fields?.previousForecast ? { previousForecast: amounts.previousForecast } : {}),
    ...(fields?.lastYearOutcome ? { lastYearOutcome: amounts.lastYearOutcome } : {}),
    ...(fields?.lastYearAnnualOutcome ? { lastYearAnnualOutcome: amounts.lastYearAnnualOutcome } : {}),
  };
}

function isZeroAmounts(a: Required<ComparisonAmounts>): boolean {
  return a.previousForecast === 0 && a.lastYearOutcome === 0 && a.lastYearAnnualOutcome === 0;
}

function adjustmentsOf(adjustments: readonly LevelAmount[] | undefined, level: string): Money {
  return sum((adjustments ?? []).filter((a) => a.level === level).map((a) => a.amount));
}

/**
 * A level's (or the total's) line: its explanations split by what they explain — the deviation, or the
 * change of the forecast since the previous one (reconciled only when there is a change).
 */
function levelResult(
  name: string,
  figures: Figures,
  comparison: Comparison,
  explanations: readonly Explanation[],
  adjustment: Money,
): LevelResult {
  const explained = sum(explanations.filter((e) => e.about === "deviation").map((e) => e.amount));
  const change = comparison.forecastDeviationChange;
  const changeExplained =
    change === null
      ? null
      : sum(explanations.filter((e) => e.about === "forecastChange").map((e) => e.amount));
  return {
    name,
    ...figures,
    ...comparison,
    explained,
    unexplained: subtract(figures.forecastDeviation, explained),
    changeExplained,
    changeUnexplained: change === null || changeExplained === null ? null : subtract(change, changeExplained),
    periodDeviationPercent: deviationPercent(figures.periodDeviation, figures.periodBudget),
    forecastDeviationPercent: deviationPercent(figures.forecastDeviation, figures.annualBudget),
    adjustedPeriodDeviation: add(figures.periodDeviation, adjustment),
  };
}

/** Operating lines, unclassified accounts, then Kommunbidrag and Finansnetto below the net cost (as reports show them). */
function reportOrder(lines: CostTypeResult[]): CostTypeResult[] {
  const rank = (c: CostTypeResult): number => {
    switch (c.group) {
      case "income":
        return 0;
      case "cost":
        return 1;
      case "unclassified":
        return 2;
      case "kommunbidrag":
        return 3;
      case "financial":
        return 4;
    }
  };
  return lines
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map(({ c }) => c);
}
