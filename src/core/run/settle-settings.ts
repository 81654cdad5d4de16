import { detectCommittee } from "../detect/detect-committee";
import type { DetectedLayout } from "../detect/detect-layout";
import type { Period } from "../model/period";
import { formatPeriod } from "../model/period";
import type { Periodisation, Settings } from "../settings/settings";
import { DEFAULT_COST_TYPES, SETTINGS_VERSION } from "../settings/settings";
import type { SettingsOverride } from "../settings/validate-settings";
import type { Sources } from "./sources";

/**
 * The settings the run uses: what the user gave, and for the rest what was detected. The sign stays
 * "costs positive" here until the books are read and decide it (readBooks).
 */
export function settleSettings(
  given: SettingsOverride,
  layout: DetectedLayout,
  sources: Sources,
  period: Period | undefined,
): Settings {
  const committee =
    given.committee ??
    detectCommittee(sources.ledgers.map((l) => ({ sheet: l.sheet, headerRow: l.layout.headerRow })));
  return {
    version: SETTINGS_VERSION,
    period: period ? formatPeriod(period) : "",
    ...(committee !== undefined ? { committee } : {}),
    inputSign: given.inputSign ?? "netCostPositive",
    reportSign: given.reportSign ?? given.inputSign ?? "netCostPositive",
    reportUnit: given.reportUnit ?? "tkr",
    periodisation: given.periodisation ?? periodisationOf(sources),
    sheets: layout.sheets,
    ...(given.compareWith ? { compareWith: given.compareWith } : {}),
    ...(given.document ? { document: given.document } : {}),
    ...(given.levelMapping ? { levelMapping: given.levelMapping } : {}),
    kommunbidragAccounts: given.kommunbidragAccounts ?? [],
    costTypes: given.costTypes ?? [...DEFAULT_COST_TYPES],
  };
}

/** Budget months (or long data) make the period's budget; else a period-budget column; else months/12. */
function periodisationOf(sources: Sources): Periodisation {
  const cols = sources.ledgers.map((l) => l.layout.columns);
  if (sources.longs.length > 0 || cols.some((c) => c.budgetMonths)) return "monthly";
  return cols.some((c) => c.periodBudget) ? "column" : "linear";
}
