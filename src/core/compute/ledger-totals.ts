import type { Money } from "../money";

/** The four amounts every figure is made of, in the net-cost sign (costs positive). */
export const AMOUNT_FIELDS = ["annualBudget", "periodBudget", "outcome", "forecast"] as const;
export type AmountField = (typeof AMOUNT_FIELDS)[number];
export const FIELD_COUNT = AMOUNT_FIELDS.length;

/**
 * Sums per anslagsbindningsnivå × report line, as integer öre in one flat array: adding integers
 * below 2^53 in a number is exact, and a flat array keeps 100 000-row ledgers fast.
 */
export type LedgerTotals = {
  readonly levels: string[];
  readonly levelIndex: Map<string, number>;
  /** report lines: the cost types, then Kommunbidrag, then unclassified accounts */
  readonly lineCount: number;
  sums: number[];
};

export function createLedgerTotals(lineCount: number, levelOrder: readonly string[] = []): LedgerTotals {
  const totals: LedgerTotals = { levels: [], levelIndex: new Map(), lineCount, sums: [] };
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
    for (let i = 0; i < totals.lineCount * FIELD_COUNT; i++) totals.sums.push(0);
  }
  return index;
}

export function addAmount(
  totals: LedgerTotals,
  level: number,
  line: number,
  field: number,
  ore: number,
): void {
  const i = (level * totals.lineCount + line) * FIELD_COUNT + field;
  totals.sums[i] = (totals.sums[i] ?? 0) + ore;
}

export function amountAt(totals: LedgerTotals, level: number, line: number, field: number): Money {
  return (totals.sums[(level * totals.lineCount + line) * FIELD_COUNT + field] ?? 0) as Money;
}

/** False when a sum has left the range where integer öre are exact. */
export function totalsAreExact(totals: LedgerTotals): boolean {
  return totals.sums.every((s) => Number.isSafeInteger(s));
}
