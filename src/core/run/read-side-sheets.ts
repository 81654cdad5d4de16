import type { ComputeOptions } from "../compute/compute-result";
import { computeResult } from "../compute/compute-result";
import type { Previous } from "../compute/comparison";
import type { Issue } from "../model/issue";
import { changeWithoutPrevious } from "../read/explanation-about";
import type { LedgerTotals } from "../read/ledger-totals";
import type { Adjustment } from "../read/read-adjustments";
import { readAdjustments } from "../read/read-adjustments";
import type { Explanation } from "../read/read-explanations";
import { readExplanations } from "../read/read-explanations";
import type { InvestmentFigures } from "../read/read-investments";
import { readInvestments, totalInvestments } from "../read/read-investments";
import type { KeyFigure } from "../read/read-key-figures";
import { readKeyFigureSheets } from "../read/read-key-figures";
import type { Sources } from "./sources";

/** What the sheets beside the books say: explanations, investments, adjustments, key figures. */
export type SideSheets = {
  explanations: Explanation[];
  investments?: { levels: InvestmentFigures[]; total: InvestmentFigures };
  adjustments: Adjustment[];
  keyFigures: KeyFigure[];
  issues: Issue[];
};

/**
 * The sheets beside the books, read once the books are: the explanations against each level's
 * deviation and change (a row "Totalt …" equal to one is a total), adjustments against the books'
 * levels (one of a level they lack is an error), investments and key figures on their own.
 */
export function readSideSheets(
  sources: Sources,
  totals: LedgerTotals,
  options: ComputeOptions,
  previous: Previous | null,
): SideSheets {
  const issues: Issue[] = [];
  const explanations = readExplanationsOf(sources, totals, options);
  issues.push(...explanations.issues);
  if (previous === null) issues.push(...changeWithoutPrevious(explanations.explanations));
  const i = sources.investments;
  const investments = i ? readInvestments(i.sheet, i.layout, i.unit.unit) : undefined;
  issues.push(...(investments?.issues ?? []));
  const a = sources.adjustments;
  const adjustments = a
    ? readAdjustments(a.sheet, a.layout, a.unit.unit, totals.levels)
    : { adjustments: [], issues: [] };
  issues.push(...adjustments.issues);
  const keyFigures = readKeyFigureSheets(sources.keyFigures);
  issues.push(...keyFigures.issues);
  return {
    explanations: explanations.explanations,
    ...(investments
      ? { investments: { levels: investments.levels, total: totalInvestments(investments.levels) } }
      : {}),
    adjustments: adjustments.adjustments,
    keyFigures: keyFigures.keyFigures,
    issues,
  };
}

function readExplanationsOf(
  sources: Sources,
  totals: LedgerTotals,
  options: ComputeOptions,
): { explanations: Explanation[]; issues: Issue[] } {
  const e = sources.explanations;
  if (!e) return { explanations: [], issues: [] };
  const levels = computeResult(totals, [], options).levels.map((l) => ({
    name: l.name,
    deviation: l.forecastDeviation,
    change: l.forecastDeviationChange,
  }));
  return readExplanations(e.sheet, e.layout, e.unit.unit, levels);
}
