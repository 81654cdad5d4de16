import type { Money, Unit } from "../money";
import { ZERO, moneyFromDecimalString, moneyFromNumber } from "../money";
import type { CellValue } from "../model/grid";
import { isCellError } from "../model/grid";
import { parseSwedishNumber } from "./parse-number";

export type AmountReading =
  | { ok: true; money: Money; rounded: boolean }
  | { ok: false; problem: "not-a-number" | "error-value" | "too-large"; shown: string };

/**
 * readAmount's money for the common cell, a number that is already a whole number of öre at `scale`
 * (öre per unit); NaN for any other cell, which then takes readAmount. A number either way and no
 * allocation: this runs for every amount of a million-row ledger.
 */
export function wholeOre(value: CellValue | undefined, scale: number): number {
  if (typeof value !== "number") return NaN;
  const ore = Math.round(value * scale);
  if (ore / scale !== value || ore > Number.MAX_SAFE_INTEGER || ore < -Number.MAX_SAFE_INTEGER) return NaN;
  return ore === 0 ? 0 : ore;
}

/** An amount cell in `unit` to öre. Empty is zero; text must be a number; error values are problems. */
export function readAmount(value: CellValue | undefined, unit: Unit): AmountReading {
  if (value === null || value === undefined) return { ok: true, money: ZERO, rounded: false };
  if (typeof value === "number") {
    if (Number.isNaN(value)) return { ok: false, problem: "not-a-number", shown: String(value) };
    const c = moneyFromNumber(value, unit);
    return c.money === undefined
      ? { ok: false, problem: "too-large", shown: String(value) }
      : { ok: true, money: c.money, rounded: c.rounded };
  }
  if (typeof value === "string") {
    if (value.trim() === "") return { ok: true, money: ZERO, rounded: false };
    const decimal = parseSwedishNumber(value);
    if (decimal === undefined) return { ok: false, problem: "not-a-number", shown: value };
    const c = moneyFromDecimalString(decimal, unit);
    return c.money === undefined
      ? { ok: false, problem: "too-large", shown: value }
      : { ok: true, money: c.money, rounded: c.rounded };
  }
  if (isCellError(value)) return { ok: false, problem: "error-value", shown: value.error };
  return { ok: false, problem: "not-a-number", shown: value ? "SANT" : "FALSKT" };
}
