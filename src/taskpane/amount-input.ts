import Decimal from "decimal.js";
import { formatSwedishDecimal } from "../core/format";
import type { Money, Unit } from "../core/money";
import { moneyFromDecimalString, toUnit } from "../core/money";
import { parseSwedishNumber } from "../core/values/parse-number";
import { EXACT_DECIMALS } from "../io/excel/edit-explanations";
import { TEXTS } from "./texts";

export type AmountProblem = "not-a-number" | "too-many-decimals" | "too-large";

export type AmountEntry = { ok: true; amount: Money } | { ok: false; problem: AmountProblem };

/**
 * What the user typed in the explanation form, in the explanations sheet's unit, to öre. More decimals
 * than the unit needs to reach the öre are refused, not rounded: the amount stored is the one typed.
 */
export function parseAmountInput(text: string, unit: Unit): AmountEntry {
  const decimal = parseSwedishNumber(text);
  if (decimal === undefined) return { ok: false, problem: "not-a-number" };
  if (new Decimal(decimal).decimalPlaces() > EXACT_DECIMALS[unit])
    return { ok: false, problem: "too-many-decimals" };
  const { money } = moneyFromDecimalString(decimal, unit);
  return money === undefined ? { ok: false, problem: "too-large" } : { ok: true, amount: money };
}

/** An explanation's amount as the form shows it for editing: exact, in the sheet's unit ("2 100,5"). */
export function formatAmountInput(amount: Money, unit: Unit): string {
  const exact = toUnit(amount, unit, EXACT_DECIMALS[unit]);
  return formatSwedishDecimal(exact, exact.decimalPlaces());
}

/** What the form says under an amount it cannot take. */
export function amountProblemText(problem: AmountProblem, unit: Unit): string {
  switch (problem) {
    case "not-a-number":
      return TEXTS.explanations.notANumber(unit);
    case "too-many-decimals":
      return TEXTS.explanations.tooManyDecimals(unit, EXACT_DECIMALS[unit]);
    case "too-large":
      return TEXTS.explanations.tooLarge;
  }
}
