import { formatMoney } from "../format";
import { issue } from "../messages";
import { negate, prorate } from "../money";
import type { Issue } from "../model/issue";
import type { Period } from "../model/period";
import type { Computed } from "./compute-result";

/** How far Kommunbidrag's outcome may stray from months/12 of the year before it is worth a look. */
const KOMMUNBIDRAG_TOLERANCE = 0.01;

/**
 * Checks that catch the hand errors seen in real reports: a level whose Kommunbidrag does not finance
 * its net-cost budget, and Kommunbidrag booked out of step with the months passed. Only run when the
 * ledger holds Kommunbidrag at all.
 */
export function checkKommunbidrag(computed: Computed, period: Period): Issue[] {
  const issues: Issue[] = [];
  const anyKommunbidrag = computed.kommunbidrag.some((k) => k.annualBudget !== 0 || k.outcome !== 0);
  if (!anyKommunbidrag) return issues;
  computed.levels.forEach((level, i) => {
    const kb = computed.kommunbidrag[i];
    if (!kb) return;
    const financing = negate(kb.annualBudget);
    if (financing !== level.annualBudget) {
      issues.push(
        issue("kommunbidrag-differs", {
          level: level.name,
          kommunbidrag: formatMoney(financing),
          budget: formatMoney(level.annualBudget),
        }),
      );
    }
    const expected = prorate(kb.annualBudget, period.month, 12);
    const off = Math.abs(kb.outcome - expected);
    if (kb.annualBudget !== 0 && off > Math.abs(kb.annualBudget) * KOMMUNBIDRAG_TOLERANCE) {
      issues.push(
        issue("kommunbidrag-outcome-off", {
          level: level.name,
          outcome: formatMoney(negate(kb.outcome)),
          expected: formatMoney(negate(expected)),
        }),
      );
    }
  });
  return issues;
}
