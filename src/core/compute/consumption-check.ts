import Decimal from "decimal.js";
import { formatSwedishDecimal } from "../format";
import { issue } from "../messages";
import type { Issue } from "../model/issue";
import type { Period } from "../model/period";
import type { Computed } from "./compute-result";

/** Where the period's outcome was read from: the sheet, its header's cell and the header as written. */
export type OutcomePlace = { readonly sheet: string; readonly cell: string; readonly header: string };

/** Shorter periods are left alone: one or two months' outcome strays from p/12 for ordinary reasons. */
const FIRST_MONTH_CHECKED = 3;

/**
 * The förbrukningsgrad safety net, a check on a column already chosen: after three months or more,
 * the outcome's share of the annual budget should be near the share of the year passed (p/12). A
 * share below 0,5 × p/12 or above 1,5 × p/12 is a warning at the outcome column's header — typically
 * a column that holds one month (`Utfall 202408`) read as January–August.
 *
 * It is judged on the cost lines together (Verksamhetens kostnader), not line by line: a misread
 * column shifts every line alike, while single lines are lumpy by nature (grants paid in January,
 * rent per quarter) and would warn for nothing. Income is left out for the same reason (statsbidrag
 * come when they come). When there are no cost lines — the ledger has no account column, so every row
 * is unclassified — the committee's net total (every level, Kommunbidrag excluded) is judged instead.
 * With no annual budget there is no share, and no warning.
 *
 * The bounds are compared exactly, as integers: share < p/24 ⇔ 24 × outcome < p × budget, and
 * share > p/8 ⇔ 8 × outcome > p × budget (for a positive budget; the other way round for a negative).
 */
export function checkConsumption(
  period: Period,
  computed: Pick<Computed, "costTypes" | "total">,
  outcome: OutcomePlace,
): Issue[] {
  const p = period.month;
  if (p < FIRST_MONTH_CHECKED) return [];
  const costs = computed.costTypes.filter((c) => c.group === "cost");
  const onCosts = costs.length > 0;
  let budget = 0n;
  let used = 0n;
  if (onCosts) {
    for (const c of costs) {
      budget += BigInt(c.annualBudget);
      used += BigInt(c.outcome);
    }
  } else {
    budget = BigInt(computed.total.annualBudget);
    used = BigInt(computed.total.outcome);
  }
  if (budget === 0n) return [];
  // compare outcome/budget with p/24 and p/8 by cross-multiplying; a negative budget turns both sides
  const sign = budget < 0n ? -1n : 1n;
  const low = sign * 24n * used < sign * BigInt(p) * budget;
  const high = sign * 8n * used > sign * BigInt(p) * budget;
  if (!low && !high) return [];
  return [
    issue(
      "outcome-share-off",
      {
        header: outcome.header.trim(),
        basis: onCosts ? "costs" : "net",
        share: percent(new Decimal(used.toString()).dividedBy(budget.toString())),
        expected: percent(new Decimal(p).dividedBy(12)),
        months: p,
        low,
      },
      { sheet: outcome.sheet, cell: outcome.cell },
    ),
  ];
}

/** 0,6667 → "67": a share as whole per cent, for the message only. */
function percent(share: Decimal): string {
  return formatSwedishDecimal(share.times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP), 0);
}
