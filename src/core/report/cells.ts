import Decimal from "decimal.js";
import type { Money } from "../money";
import { negate, toUnit } from "../money";
import { columnLetter } from "../model/grid";
import type { ReportUnit, SignConvention } from "../settings/settings";
import type { ReportCell, StyleName } from "./layout";
import { FORMATS } from "./styles";

/** How amounts are shown: the unit and the sign convention the user chose for the report. */
export type Presentation = { unit: ReportUnit; sign: SignConvention };

/** An amount in the report's unit, exact to the öre (tkr: 5 decimals), in the report's sign. */
export function shown(m: Money, p: Presentation): number {
  const signed = p.sign === "incomePositive" ? negate(m) : m;
  return toUnit(signed, p.unit, p.unit === "tkr" ? 5 : 8).toNumber();
}

/** A deviation is positive for a surplus whatever the convention: never flipped. */
export function shownDeviation(m: Money, p: Presentation): number {
  return toUnit(m, p.unit, p.unit === "tkr" ? 5 : 8).toNumber();
}

/** Zero at the precision shown: whole tkr, or mkr with one decimal. */
export function roundsToZero(m: Money, p: Presentation): boolean {
  return toUnit(m, p.unit, p.unit === "tkr" ? 0 : 1).isZero();
}

export type AmountKind = "amount" | "deviation";

export function amountFormat(p: Presentation, kind: AmountKind): string {
  return FORMATS[p.unit][kind];
}

export function text(value: string, style: StyleName = "text"): ReportCell {
  return { kind: "text", text: value, style };
}

export function amount(
  value: number,
  p: Presentation,
  kind: AmountKind,
  style: StyleName = "amount",
): ReportCell {
  return { kind: "number", value, format: amountFormat(p, kind), style };
}

export function formula(
  f: string,
  value: number,
  p: Presentation,
  kind: AmountKind,
  style: StyleName = "amount",
): ReportCell {
  return { kind: "formula", formula: f, value, format: amountFormat(p, kind), style };
}

export function percent(f: string, value: number, style: StyleName = "amount"): ReportCell {
  return { kind: "formula", formula: f, value, format: FORMATS.percent, style };
}

/** A1 reference from zero-based column and one-based row. */
export function ref(col: number, row: number): string {
  return `${columnLetter(col)}${row}`;
}

/**
 * A deviation as a share of its budget, one decimal ("−1,9 %"), red when negative like the deviations
 * themselves; Swedish puts a space before the per cent sign.
 */
export const DEVIATION_PERCENT_FORMAT = "0.0 %;[Red]-0.0 %";

/**
 * The engine's exact percentage ("-1.875") as the fraction a cell holds (−0.01875), for the cached value
 * of a formula that divides the deviation by the budget.
 */
export function percentFraction(percent: string): number {
  return new Decimal(percent).dividedBy(100).toNumber();
}
