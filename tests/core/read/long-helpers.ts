import type { Computed } from "../../../src/core/compute/compute-result";
import { computeResult } from "../../../src/core/compute/compute-result";
import type { Figures } from "../../../src/core/compute/figures";
import { createLedgerTotals, negateTotals, signFromNetBudget } from "../../../src/core/read/ledger-totals";
import type { LongDetection } from "../../../src/core/detect/detect-long";
import { detectLongSheet } from "../../../src/core/detect/detect-long";
import { SignVotes } from "../../../src/core/detect/detect-sign";
import type { LongPlanning } from "../../../src/core/detect/plan-long";
import { planLongSheet } from "../../../src/core/detect/plan-long";
import type { LongScan } from "../../../src/core/detect/scan-long";
import { scanLongSheet } from "../../../src/core/detect/scan-long";
import type { Money } from "../../../src/core/money";
import { toKronorString } from "../../../src/core/money";
import type { CellValue, SheetGrid } from "../../../src/core/model/grid";
import type { Issue } from "../../../src/core/model/issue";
import type { Period } from "../../../src/core/model/period";
import { makeAccountClassifier } from "../../../src/core/values/classify-account";
import type { LedgerContext } from "../../../src/core/read/ledger-cells";
import type { LevelMapping } from "../../../src/core/read/read-level-mapping";
import { readLongLedgerSheet } from "../../../src/core/read/read-long-ledger";
import type { SignConvention } from "../../../src/core/settings/settings";
import { DEFAULT_COST_TYPES } from "../../../src/core/settings/settings";

export type Row = readonly CellValue[];

export type LongRun = {
  long: LongDetection;
  scan: LongScan;
  planning: LongPlanning;
  ctx: LedgerContext;
  sign: SignConvention | undefined;
  computed: Computed;
  /** every issue of detection, scan, plan and reading, in that order */
  issues: Issue[];
  period: Period;
};

/**
 * Long data through detection, the scan, the plan and the reader, then the engine's computation, as
 * the engine runs them: the sign from the accounts' votes, else from the net budget.
 */
export function runLong(
  sheet: SheetGrid,
  options: { period?: Period; mapping?: LevelMapping } = {},
): LongRun {
  const long = detectLongSheet(sheet);
  if (!long) throw new Error(`"${sheet.name}" is not read as long data`);
  const scan = scanLongSheet(sheet, long.settings);
  const period =
    options.period ?? (scan.period?.year ? { year: scan.period.year, month: scan.period.month } : undefined);
  if (!period) throw new Error("no period");
  const planning = planLongSheet(scan, period);
  const costTypes = [...DEFAULT_COST_TYPES];
  const mapping = options.mapping;
  const ctx: LedgerContext = {
    period,
    periodisation: "monthly",
    hasForecast: planning.hasForecast,
    sign: 1,
    signVotes: new SignVotes(),
    ...(mapping ? { mapping } : {}),
    classify: makeAccountClassifier(costTypes),
    kommunbidragLine: costTypes.length,
    unclassifiedLine: costTypes.length + 1,
    kommunbidragAccounts: new Set(),
    totals: createLedgerTotals(costTypes.length + 2, mapping?.order),
    unclassified: new Map(),
  };
  const read = readLongLedgerSheet(sheet, long.settings, planning.plan, ctx);
  const sign = ctx.signVotes?.verdict() ?? signFromNetBudget(ctx.totals, ctx.kommunbidragLine);
  if (sign === "incomePositive") negateTotals(ctx.totals);
  const computed = computeResult(ctx.totals, [], {
    period,
    periodisation: "monthly",
    hasForecast: planning.hasForecast,
    lines: costTypes,
  });
  const issues = [...long.issues, ...scan.issues, ...planning.issues, ...read];
  return { long, scan, planning, ctx, sign, computed, issues, period };
}

export type KronorFigures = Record<keyof Figures, string> & { name: string };

/** The figures as the result JSON writes them: exact kronor strings. */
export function kronor(f: Figures & { name: string }): KronorFigures {
  const k = (m: Money): string => toKronorString(m);
  return {
    name: f.name,
    annualBudget: k(f.annualBudget),
    periodBudget: k(f.periodBudget),
    outcome: k(f.outcome),
    forecast: k(f.forecast),
    periodDeviation: k(f.periodDeviation),
    forecastDeviation: k(f.forecastDeviation),
  };
}

/** A level's four amounts in kronor: annual budget, period budget, outcome, forecast. */
export function amountsOf(run: LongRun, level: string): [string, string, string, string] {
  const l = run.computed.levels.find((x) => x.name === level);
  if (!l) throw new Error(`no level "${level}" among ${run.computed.levels.map((x) => x.name).join(", ")}`);
  const k = kronor(l);
  return [k.annualBudget, k.periodBudget, k.outcome, k.forecast];
}

export function sheet(rows: readonly (Row | undefined)[], name = "Data"): SheetGrid {
  return { name, rows };
}

export function codes(issues: readonly Issue[]): string[] {
  return issues.map((i) => i.code);
}
