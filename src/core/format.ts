import type Decimal from "decimal.js";
import type { Money, Unit } from "./money";
import { toUnit } from "./money";

const MINUS = "\u2212";
const GROUP = "\u00a0";

/** Swedish display of an exact decimal: "−1 234 567,5" (no-break space between groups, true minus). */
export function formatSwedishDecimal(value: Decimal, decimals: number): string {
  const fixed = value.abs().toFixed(decimals);
  const [whole = "0", fraction] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP);
  const sign = value.isNegative() && !/^[0.]+$/.test(fixed) ? MINUS : "";
  return `${sign}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/** Money in `unit` for messages and text: kronor keep their öre when they have any. */
export function formatMoney(m: Money, unit: Unit = "kr", decimals?: number): string {
  const places = decimals ?? (unit === "kr" && m % 100 !== 0 ? 2 : 0);
  return formatSwedishDecimal(toUnit(m, unit, places), places);
}
