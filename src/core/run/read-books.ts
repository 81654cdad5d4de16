import type { LongPlanning } from "../detect/plan-long";
import { planLongSheet } from "../detect/plan-long";
import type { DetectionEntry } from "../detect/detection";
import { issue } from "../messages";
import type { Issue } from "../model/issue";
import { hasErrors } from "../model/issue";
import type { Period } from "../model/period";
import type { LedgerContext } from "../read/ledger-cells";
import { createLedgerTotals, negateTotals, signFromNetBudget, totalsAreExact } from "../read/ledger-totals";
import type { LevelMapping } from "../read/read-level-mapping";
import { readLedgerSheet } from "../read/read-ledger";
import { readLongLedgerSheet } from "../read/read-long-ledger";
import { SignVotes, signFromNotes } from "../detect/detect-sign";
import type { Settings, SignConvention } from "../settings/settings";
import { UNCLASSIFIED } from "../settings/settings";
import { makeAccountClassifier } from "../values/classify-account";
import type { Sources } from "./sources";
import type { ComparisonFields } from "../compute/compute-result";
import type { PreviousColumn, SheetComparisons } from "./comparison-fields";
import { ledgerComparisons, settleComparisons } from "./comparison-fields";

export type Books = {
  ctx: LedgerContext;
  /** the input's sign convention, given or decided while reading; undefined when nothing decides */
  inputSign: SignConvention | undefined;
  issues: Issue[];
  detection: DetectionEntry[];
  /** the comparison fields every sheet holds, and the previous-forecast column's place */
  comparisons: ComparisonFields;
  previousColumn?: PreviousColumn;
};

/**
 * Every ledger sheet, table or long data, read in one pass into the totals per level × report line,
 * in the net-cost sign. Unless given, the sign is decided from what was read: the accounts' votes; else
 * a note above a header; else the rule that a committee's net budget is a net cost, so a negative annual
 * budget total means costs are negative. When nothing decides, it is the user's to say.
 */
export function readBooks(
  sources: Sources,
  settings: Settings,
  given: { inputSign?: SignConvention },
  period: Period,
  mapping: LevelMapping | undefined,
  hasForecast: boolean,
): Books {
  const issues: Issue[] = [];
  const detection: DetectionEntry[] = [];
  const costTypes = settings.costTypes;
  const ctx: LedgerContext = {
    period,
    periodisation: settings.periodisation,
    hasForecast,
    sign: given.inputSign === "incomePositive" ? -1 : 1,
    signVotes: given.inputSign ? undefined : new SignVotes(),
    mapping,
    classify: makeAccountClassifier(costTypes),
    kommunbidragLine: costTypes.length,
    unclassifiedLine: costTypes.length + 1,
    kommunbidragAccounts: new Set(settings.kommunbidragAccounts),
    totals: createLedgerTotals(costTypes.length + 2, mapping?.order),
    unclassified: new Map(),
  };
  const sheetComparisons: SheetComparisons[] = [];
  for (const { sheet, layout } of sources.ledgers) {
    issues.push(...readLedgerSheet(sheet, layout, ctx));
    sheetComparisons.push(ledgerComparisons(sheet, layout, period));
  }
  for (const { sheet, layout, scan } of sources.longs) {
    const planning = planLongSheet(scan, period);
    sheetComparisons.push(longComparisons(sheet.name, planning, period));
    issues.push(...planning.issues);
    detection.push(...planning.detection);
    if (!hasErrors(planning.issues)) issues.push(...readLongLedgerSheet(sheet, layout, planning.plan, ctx));
  }
  let inputSign = given.inputSign;
  if (ctx.signVotes) {
    inputSign =
      ctx.signVotes.verdict() ??
      signFromNotes(sources.ledgers) ??
      signFromNetBudget(ctx.totals, ctx.kommunbidragLine);
    if (!inputSign)
      issues.unshift(issue("sign-unknown", undefined, { sheet: sources.ledgers[0]?.sheet.name }));
    if (inputSign === "incomePositive") negateTotals(ctx.totals);
  }
  for (const [account, place] of ctx.unclassified)
    issues.push(issue("account-unclassified", { account, line: UNCLASSIFIED }, place));
  if (!totalsAreExact(ctx.totals)) issues.push(issue("sum-too-large"));
  const compared = settleComparisons(sheetComparisons);
  issues.push(...compared.issues);
  return {
    ctx,
    inputSign,
    issues,
    detection,
    comparisons: compared.fields,
    ...(compared.previousColumn ? { previousColumn: compared.previousColumn } : {}),
  };
}

/**
 * What a long sheet holds of the comparisons, as its plan decided: nothing when the plan has errors (the
 * sheet is not read, so its sums are no figures).
 */
function longComparisons(sheet: string, planning: LongPlanning, period: Period): SheetComparisons {
  const read = !hasErrors(planning.issues);
  const previous = read ? planning.previousForecast : undefined;
  return {
    sheet,
    fields: {
      previousForecast: previous !== undefined,
      lastYearOutcome: read && planning.lastYear.outcome,
      lastYearAnnualOutcome: read && planning.lastYear.annualOutcome,
    },
    ...(previous
      ? {
          previousColumn: {
            period: previous.month === null ? null : { year: period.year, month: previous.month },
            sheet: previous.sheet,
            cell: previous.cell,
          },
        }
      : {}),
  };
}
