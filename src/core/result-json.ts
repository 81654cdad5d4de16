import type { CostTypeResult, LevelResult } from "./compute/compute-result";
import type { Figures } from "./compute/figures";
import type { PeriodSource } from "./detect/detect-period";
import type { SheetUnit } from "./detect/sheet-units";
import type { DetectionEntry } from "./detect/detection";
import type { EngineOutput } from "./engine";
import type { Money } from "./money";
import type { InvestmentFigures } from "./read/read-investments";
import { toKronorString } from "./money";
import type { Issue } from "./model/issue";
import { formatPeriod } from "./model/period";
import type { Settings } from "./settings/settings";

/** The result as the command line writes it: amounts as exact decimal strings in kronor, net-cost sign. */
export type FiguresJson = Record<keyof Figures, string>;
export type LevelJson = FiguresJson & { name: string; explained: string; unexplained: string };
export type CostTypeJson = FiguresJson & { name: string };
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
  unit: "kr";
  sign: "netCostPositive";
  levels: LevelJson[];
  total: LevelJson | null;
  costTypes: CostTypeJson[];
  explanations: { level: string; text: string; amount: string; sheet: string; cell: string }[];
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
  return { name: l.name, ...figuresJson(l), explained: kr(l.explained), unexplained: kr(l.unexplained) };
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
  return { name: c.name, ...figuresJson(c) };
}

export function toResultJson(output: EngineOutput): ResultJson {
  const r = output.result;
  return {
    period: r ? formatPeriod(r.period) : output.settings.period || null,
    ...(r ? { periodSource: r.periodSource } : {}),
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
          sheet: e.sheet,
          cell: e.cell,
        }))
      : [],
    investments: r?.investments
      ? { levels: r.investments.levels.map(investmentJson), total: investmentJson(r.investments.total) }
      : null,
    sheetUnits: output.sheetUnits ?? [],
    issues: output.issues,
    settings: output.settings,
    detection: output.detection ?? [],
  };
}
