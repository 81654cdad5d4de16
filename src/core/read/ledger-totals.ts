import type { Money } from "../money";

/**
 * The amounts every figure is made of, in the net-cost sign (costs positive): the four of the report,
 * then the comparisons read beside them (an earlier forecast, the same period last year, last year's
 * full year), summed the same way and never into the four.
 */
export const AMOUNT_FIELDS = [
  "annualBudget",
  "periodBudget",
  "outcome",
  "forecast",
  "previousForecast",
  "lastYearOutcome",
  "lastYearAnnualOutcome",
] as const;
export type AmountField = (typeof AMOUNT_FIELDS)[number];
export const FIELD_COUNT = AMOUNT_FIELDS.length;
/** Where each amount sits in a row's amounts and in the totals. */
export const FIELD = {
  annualBudget: 0,
  periodBudget: 1,
  outcome: 2,
  forecast: 3,
  previousForecast: 4,
  lastYearOutcome: 5,
  lastYearAnnualOutcome: 6,
} as const satisfies Record<AmountField, number>;

/**
 * Sums per anslagsbindningsnivå × report line, as integer öre in one flat array of doubles: adding
 * integers below 2^53 in a double is exact, and a Float64Array (one element kind, no boxing) keeps
 * million-row ledgers fast.
 *
 * Exactness is proved once, not checked per addition: `magnitude` is the sum of the absolute values of
 * every amount the readers added anywhere (these sums, a sheet's subtotal check, a row's months). Any
 * sum or difference of those amounts, in any order and at every step on the way, lies within
 * ±magnitude; so while magnitude stays below 2^53 every intermediate sum is an exact integer — here,
 * in the subtotal check and in the report's totals — and past it the engine refuses (`sum-too-large`).
 * A bound per cell (|cell| ≤ 2^53 / cells) would refuse a 25 Mkr row in a million-row ledger; this one
 * refuses only ledgers whose amounts add up to 90 000 miljarder kronor in absolute value. The
 * magnitude itself is a sum of non-negative doubles, which rounding never carries back below 2^53 once
 * it has passed it.
 */
export type LedgerTotals = {
  readonly levels: string[];
  readonly levelIndex: Map<string, number>;
  /** report lines: the cost types, then Kommunbidrag, then unclassified accounts */
  readonly lineCount: number;
  sums: Float64Array;
  /** the sum of |amount| over every amount read into a sum (see above) */
  magnitude: number;
};

export function createLedgerTotals(lineCount: number, levelOrder: readonly string[] = []): LedgerTotals {
  const totals: LedgerTotals = {
    levels: [],
    levelIndex: new Map(),
    lineCount,
    sums: new Float64Array(0),
    magnitude: 0,
  };
  for (const level of levelOrder) levelSlot(totals, level);
  return totals;
}

/** The index of `level`, added at the end when new. */
export function levelSlot(totals: LedgerTotals, level: string): number {
  let index = totals.levelIndex.get(level);
  if (index === undefined) {
    index = totals.levels.length;
    totals.levels.push(level);
    totals.levelIndex.set(level, index);
    const grown = new Float64Array((index + 1) * totals.lineCount * FIELD_COUNT);
    grown.set(totals.sums);
    totals.sums = grown;
  }
  return index;
}

/** The report's own four (budget, period budget, outcome, forecast): the fields before the comparisons. */
export const REPORT_FIELD_COUNT = 4;

/**
 * Adds one row's amounts (times `sign`) to a level × line: the fields below `fieldEnd`, the only ones
 * the reader fills (REPORT_FIELD_COUNT when the sheet has no comparison columns, so that a ledger
 * without them pays nothing for them in its hot loop).
 */
export function addAmounts(
  totals: LedgerTotals,
  level: number,
  line: number,
  amounts: Float64Array,
  sign: number,
  fieldEnd: number,
): void {
  const sums = totals.sums;
  const at = (level * totals.lineCount + line) * FIELD_COUNT;
  for (let f = 0; f < fieldEnd; f++) {
    const v = amounts[f] ?? 0;
    if (v !== 0) sums[at + f] = (sums[at + f] ?? 0) + sign * v;
  }
}

export function amountAt(totals: LedgerTotals, level: number, line: number, field: number): Money {
  return (totals.sums[(level * totals.lineCount + line) * FIELD_COUNT + field] ?? 0) as Money;
}

/** Every sum with its sign turned (the ledger's income-positive sums to net cost); 0 stays 0. */
export function negateTotals(totals: LedgerTotals): void {
  const sums = totals.sums;
  for (let i = 0; i < sums.length; i++) sums[i] = 0 - (sums[i] ?? 0);
}

/**
 * False when a sum, at any step, may have left the range where integer öre are exact: the amounts
 * added, in absolute value, reach 2^53 öre.
 */
export function totalsAreExact(totals: LedgerTotals): boolean {
  return totals.magnitude <= Number.MAX_SAFE_INTEGER;
}

/**
 * The sign convention from the rule that a committee's annual net budget is a net cost: the annual
 * budget of every line but Kommunbidrag, as read, is positive when costs are positive and negative when
 * costs are negative; undefined when it is zero (nothing decides). The sums are exact integers.
 */
export function signFromNetBudget(
  totals: LedgerTotals,
  kommunbidragLine: number,
): "netCostPositive" | "incomePositive" | undefined {
  let net = 0;
  for (let level = 0; level < totals.levels.length; level++)
    for (let line = 0; line < totals.lineCount; line++)
      if (line !== kommunbidragLine) net += amountAt(totals, level, line, 0);
  return net > 0 ? "netCostPositive" : net < 0 ? "incomePositive" : undefined;
}
