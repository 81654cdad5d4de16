import type { CostTypeResult, LevelResult } from "./compute/compute-result";
import type { Comparison, PreviousSource } from "./compute/comparison";
import type { Figures } from "./compute/figures";
import type { PeriodSource } from "./detect/detect-period";
import type { SheetUnit } from "./detect/sheet-units";
import type { DetectionEntry } from "./detect/detection";
import type { EngineOutput } from "./engine";
import type { Money } from "./money";
import type { InvestmentFigures } from "./read/read-investments";
import type { KeyFigure } from "./read/read-key-figures";
import { toKronorString } from "./money";
import type { Issue } from "./model/issue";
import { formatPeriod } from "./model/period";
import type { Settings } from "./settings/settings";

/** The result as the command line writes it: amounts as exact decimal strings in kronor, net-cost sign. */
export type FiguresJson = Record<keyof Figures, string>;
/** Kronor strings; null where there is nothing to compare with. */
export type ComparisonJson = Record<keyof Comparison, string | null>;
export type LevelJson = FiguresJson &
  ComparisonJson & {
    name: string;
    explained: string;
    unexplained: string;
    changeExplained: string | null;
    changeUnexplained: string | null;
    /** of the budget's size, exact decimal strings (rounded only for display); null for a zero budget */
    periodDeviationPercent: string | null;
    forecastDeviationPercent: string | null;
    adjustedPeriodDeviation: string;
  };
export type CostTypeJson = FiguresJson & ComparisonJson & { name: string };
export type InvestmentJson = {
  name: string;
  budget: string;
  outcome: string;
  forecast: string;
  deviation: string;
};
export type ResultJson = {
  period: string | null;
  periodSource?: PeriodSource;
  /** the period whose forecast this one is compared with; null when none, or when a column names no month */
  previousPeriod: string | null;
  previousSource: PreviousSource | null;
  unit: "kr";
  sign: "netCostPositive";
  levels: LevelJson[];
  total: LevelJson | null;
  costTypes: CostTypeJson[];
  explanations: {
    level: string;
    text: string;
    amount: string;
    about: "deviation" | "forecastChange";
    sheet: string;
    cell: string;
  }[];
  /** the adjustments (justeringar) per level, in kronor: positive improves the period's result */
  adjustments: { level: string; text: string; amount: string; sheet: string; cell: string }[];
  /** key figures (nyckeltal): values are exact decimal strings or null; never money */
  keyFigures: KeyFigure[];
  /** investment expenditure per level (positive = spent), when the workbook has an investments sheet */
  investments: { levels: InvestmentJson[]; total: InvestmentJson } | null;
  /**
   * the unit each explanations or investments sheet was read in; `assumed` when neither the sheet nor
   * the settings state one and the ledger's was taken (with a `sheet-unit-assumed` warning)
   */
  sheetUnits: SheetUnit[];
  issues: Issue[];
  settings: Partial<Settings>;
  /** per sheet and role: the column chosen, by which rule and why, and those passed over */
  detection: DetectionEntry[];
};

const kr = (m: Money): string => toKronorString(m);
const krOrNull = (m: Money | null): string | null => (m === null ? null : kr(m));

function comparisonJson(c: Comparison): ComparisonJson {
  return {
    previousForecast: krOrNull(c.previousForecast),
    previousForecastDeviation: krOrNull(c.previousForecastDeviation),
    forecastDeviationChange: krOrNull(c.forecastDeviationChange),
    lastYearOutcome: krOrNull(c.lastYearOutcome),
    lastYearAnnualOutcome: krOrNull(c.lastYearAnnualOutcome),
  };
}

function figuresJson(f: Figures): FiguresJson {
  return {
    annualBudget: kr(f.annualBudget),
    periodBudget: kr(f.periodBudget),
    outcome: kr(f.outcome),
    forecast: kr(f.forecast),
    periodDeviation: kr(f.periodDeviation),
    forecastDeviation: kr(f.forecastDeviation),
  };
}

function levelJson(l: LevelResult): LevelJson {
  return {
    name: l.name,
    ...figuresJson(l),
    ...comparisonJson(l),
    explained: kr(l.explained),
    unexplained: kr(l.unexplained),
    changeExplained: krOrNull(l.changeExplained),
    changeUnexplained: krOrNull(l.changeUnexplained),
    periodDeviationPercent: l.periodDeviationPercent,
    forecastDeviationPercent: l.forecastDeviationPercent,
    adjustedPeriodDeviation: kr(l.adjustedPeriodDeviation),
  };
}

function investmentJson(i: InvestmentFigures): InvestmentJson {
  return {
    name: i.name,
    budget: kr(i.budget),
    outcome: kr(i.outcome),
    forecast: kr(i.forecast),
    deviation: kr(i.deviation),
  };
}

function costTypeJson(c: CostTypeResult): CostTypeJson {
  return { name: c.name, ...figuresJson(c), ...comparisonJson(c) };
}

export function toResultJson(output: EngineOutput): ResultJson {
  const r = output.result;
  return {
    period: r ? formatPeriod(r.period) : output.settings.period || null,
    ...(r ? { periodSource: r.periodSource } : {}),
    previousPeriod: r?.previous?.period ? formatPeriod(r.previous.period) : null,
    previousSource: r?.previous?.source ?? null,
    unit: "kr",
    sign: "netCostPositive",
    levels: r ? r.levels.map(levelJson) : [],
    total: r ? levelJson(r.total) : null,
    costTypes: r ? r.costTypes.map(costTypeJson) : [],
    explanations: r
      ? r.explanations.map((e) => ({
          level: e.level,
          text: e.text,
          amount: kr(e.amount),
          about: e.about,
          sheet: e.sheet,
          cell: e.cell,
        }))
      : [],
    adjustments: r
      ? r.adjustments.map((a) => ({
          level: a.level,
          text: a.text,
          amount: kr(a.amount),
          sheet: a.sheet,
          cell: a.cell,
        }))
      : [],
    keyFigures: r ? r.keyFigures.map((k) => ({ ...k })) : [],
    investments: r?.investments
      ? { levels: r.investments.levels.map(investmentJson), total: investmentJson(r.investments.total) }
      : null,
    sheetUnits: output.sheetUnits ?? [],
    issues: output.issues,
    settings: output.settings,
    detection: output.detection ?? [],
  };
}
