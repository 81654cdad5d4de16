import Decimal from "decimal.js";
import { formatMoney, formatSwedishDecimal } from "../format";
import type { Money } from "../money";
import { toUnit } from "../money";

/** Amounts as the summary's prose gives them: mnkr with one decimal, whatever the tables' unit. */

/** "−19,6 mnkr", with a true minus. */
export function mnkr(m: Money): string {
  return `${formatMoney(m, "mkr", 1)} mnkr`;
}

/** Magnitude only, as prose says it: "ett underskott med 1,9 mnkr". */
export function magnitude(m: Money): string {
  return mnkr(Math.abs(m) as Money);
}

/** Not zero at the precision the prose shows (0,1 mnkr). */
export function shows(m: Money): boolean {
  return !toUnit(m, "mkr", 1).isZero();
}

export function outcomeWord(m: Money): string {
  return m < 0 ? `ett underskott med ${magnitude(m)}` : `ett överskott med ${magnitude(m)}`;
}

/**
 * "1,9 procent av nettokostnadsbudgeten": an exact percentage (the engine's decimal string) as its
 * magnitude with one decimal, the word carrying the sign; undefined when there is no percentage (a zero
 * budget) or it rounds to nothing.
 */
export function percentOf(percent: string | null, of: string): string | undefined {
  if (percent === null) return undefined;
  const shown = new Decimal(percent).abs().toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
  return shown.isZero() ? undefined : `${formatSwedishDecimal(shown, 1)} procent av ${of}`;
}
