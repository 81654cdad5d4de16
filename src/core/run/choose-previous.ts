import type { SnapshotForecasts } from "../compute/compute-result";
import type { Previous } from "../compute/comparison";
import { issue } from "../messages";
import type { Issue } from "../model/issue";
import type { Period } from "../model/period";
import { formatPeriod, parsePeriod } from "../model/period";
import { swedishList } from "../report/swedish-text";
import type { ForecastSnapshot } from "../state/forecast-history";
import { latestBefore, snapshotForecasts } from "../state/forecast-history";
import { STATE_SHEET } from "../state/product-state";
import type { PreviousColumn } from "./comparison-fields";

export type PreviousChoice = { previous: Previous | null; snapshot?: SnapshotForecasts; issues: Issue[] };

/**
 * What the report compares its forecast with, by a stated precedence: the snapshot the user chose
 * (`compareWith`), then a previous-forecast column of the ledger, then the latest earlier snapshot of
 * the same budget year in the workbook's history. A chosen snapshot that is not kept, or not earlier
 * in the same year, is an error: the comparison the user asked for is never swapped for another.
 */
export function choosePrevious(
  period: Period,
  compareWith: string | undefined,
  column: PreviousColumn | undefined,
  history: readonly ForecastSnapshot[],
): PreviousChoice {
  const fromHistory = (snapshot: ForecastSnapshot, kind: "chosen" | "history"): PreviousChoice => ({
    previous: { period: parsePeriod(snapshot.period) ?? null, source: { kind, sheet: STATE_SHEET } },
    snapshot: snapshotForecasts(snapshot),
    issues: [],
  });
  if (compareWith !== undefined) {
    const chosen = history.find((s) => s.period === compareWith);
    const current = formatPeriod(period);
    const place = { sheet: STATE_SHEET };
    if (!chosen) {
      const kept =
        history.length === 0 ? "historiken är tom" : `sparade: ${swedishList(history.map((s) => s.period))}`;
      return {
        previous: null,
        issues: [issue("compare-with-missing", { period: compareWith, kept }, place)],
      };
    }
    if (!(compareWith < current && compareWith.startsWith(`${period.year}-`)))
      return {
        previous: null,
        issues: [issue("compare-with-not-earlier", { period: compareWith, current }, place)],
      };
    return fromHistory(chosen, "chosen");
  }
  if (column)
    return {
      previous: { period: column.period, source: { kind: "column", sheet: column.sheet, cell: column.cell } },
      issues: [],
    };
  const latest = latestBefore(history, period);
  return latest ? fromHistory(latest, "history") : { previous: null, issues: [] };
}
