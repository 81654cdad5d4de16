import Decimal from "decimal.js";

/**
 * Money is an integer number of öre. Integers below 2^53 (9·10^15 öre, 90 000 miljarder kronor) add
 * exactly in a JavaScript number, so sums stay exact and fast; decimal.js does the parsing, scaling
 * and rounding where a value is not already a whole number of öre.
 */
export type Money = number & { readonly __unit: "öre" };

export type Unit = "kr" | "tkr" | "mkr";

export const ZERO = 0 as Money;

const ORE_PER_UNIT: Record<Unit, number> = { kr: 100, tkr: 100_000, mkr: 100_000_000 };

export function oreToMoney(ore: number): Money {
  if (!Number.isSafeInteger(ore)) throw new RangeError(`Not a safe integer number of öre: ${ore}`);
  return ore as Money;
}

export function add(a: Money, b: Money): Money {
  return (a + b) as Money;
}

export function subtract(a: Money, b: Money): Money {
  return (a - b) as Money;
}

export function negate(a: Money): Money {
  return (a === 0 ? 0 : -(a as number)) as Money;
}

export function sum(values: readonly Money[]): Money {
  let total = 0;
  for (const v of values) total += v;
  return total as Money;
}

export function isSafeMoney(value: number): boolean {
  return Number.isSafeInteger(value);
}

export type Conversion = { money: Money; rounded: boolean } | { money: undefined; rounded: false };

/**
 * Converts a number as a spreadsheet stores it (a double nearest to what the user typed) in `unit` to
 * öre. The fast path takes the double when it is a whole number of öre; else the number Excel shows —
 * its 15 significant digits, which is what was typed and drops a formula's binary noise (=0,1+0,2 is
 * 0.30000000000000004) — and decimal.js rounds it half away from zero to the öre, saying so (`rounded`).
 */
export function moneyFromNumber(value: number, unit: Unit): Conversion {
  if (!Number.isFinite(value)) return { money: undefined, rounded: false };
  const scale = ORE_PER_UNIT[unit];
  const ore = Math.round(value * scale);
  if (ore / scale === value && Number.isSafeInteger(ore))
    return { money: (ore === 0 ? 0 : ore) as Money, rounded: false };
  return moneyFromDecimal(new Decimal(value.toPrecision(15)), unit);
}

/** Converts an exact decimal string ("-1234.5") in `unit` to öre, rounding to the öre if needed. */
export function moneyFromDecimalString(text: string, unit: Unit): Conversion {
  return moneyFromDecimal(new Decimal(text), unit);
}

function moneyFromDecimal(value: Decimal, unit: Unit): Conversion {
  const scaled = value.times(ORE_PER_UNIT[unit]);
  const whole = scaled.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  const ore = whole.toNumber();
  if (!Number.isSafeInteger(ore)) return { money: undefined, rounded: false };
  return { money: (ore === 0 ? 0 : ore) as Money, rounded: !whole.equals(scaled) };
}

/** Exact kronor as a plain decimal string: "-4712000", "1234.5", "0.05". */
export function toKronorString(m: Money): string {
  return new Decimal(m).dividedBy(100).toFixed();
}

/** The amount in `unit`, rounded half away from zero to `decimals` places, as an exact decimal. */
export function toUnit(m: Money, unit: Unit, decimals: number): Decimal {
  return new Decimal(m).dividedBy(ORE_PER_UNIT[unit]).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/** `m × numerator / denominator`, rounded half away from zero to the öre (linear periodisation). */
export function prorate(m: Money, numerator: number, denominator: number): Money {
  const v = new Decimal(m).times(numerator).dividedBy(denominator).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  const ore = v.toNumber();
  return (ore === 0 ? 0 : ore) as Money;
}

export function unitScaleOre(unit: Unit): number {
  return ORE_PER_UNIT[unit];
}
