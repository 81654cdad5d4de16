import type { Money } from "../money";

/** The four amounts every figure is made of, in the net-cost sign (costs positive). */
export const AMOUNT_FIELDS = ["annualBudget", "periodBudget", "outcome", "forecast"] as const;
export type AmountField = (typeof AMOUNT_FIELDS)[number];
export const FIELD_COUNT = AMOUNT_FIELDS.length;

/**
 * Sums per anslagsbindningsnivå × report line, as integer öre in one flat array of doubles: adding
 * integers below 2^53 in a double is exact, and a Float64Array (one element kind, no boxing) keeps
 * million-row ledgers fast.
 */
export type LedgerTotals = {
  readonly levels: string[];
  readonly levelIndex: Map<string, number>;
  /** report lines: the cost types, then Kommunbidrag, then unclassified accounts */
  readonly lineCount: number;
  sums: Float64Array;
};

export function createLedgerTotals(lineCount: number, levelOrder: readonly string[] = []): LedgerTotals {
  const totals: LedgerTotals = { levels: [], levelIndex: new Map(), lineCount, sums: new Float64Array(0) };
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

/** Adds one row's amounts (field by field, times `sign`) to a level × line. */
export function addAmounts(
  totals: LedgerTotals,
  level: number,
  line: number,
  amounts: Float64Array,
  sign: number,
): void {
  const sums = totals.sums;
  const at = (level * totals.lineCount + line) * FIELD_COUNT;
  for (let f = 0; f < FIELD_COUNT; f++) {
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

/** False when a sum has left the range where integer öre are exact. */
export function totalsAreExact(totals: LedgerTotals): boolean {
  return totals.sums.every((s) => Number.isSafeInteger(s));
}
