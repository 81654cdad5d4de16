import type { DetectedLayout } from "../detect/detect-layout";
import type { LongScan } from "../detect/scan-long";
import type { SheetUnit } from "../detect/sheet-units";
import { sheetUnit } from "../detect/sheet-units";
import { issue } from "../messages";
import type { SheetGrid, WorkbookGrid } from "../model/grid";
import type { Issue } from "../model/issue";
import type {
  AdjustmentsSheet,
  ExplanationsSheet,
  InvestmentsSheet,
  KeyFiguresSheet,
  LedgerSheet,
  LongLedgerSheet,
  MappingSheet,
} from "../settings/settings";

export type Sheet<T> = { sheet: SheetGrid; layout: T };

/** The sheets of each role, with their grids, as detection and the settings settled them. */
export type Sources = {
  ledgers: Sheet<LedgerSheet>[];
  longs: (Sheet<LongLedgerSheet> & { scan: LongScan })[];
  mappings: Sheet<MappingSheet>[];
  explanations?: Sheet<ExplanationsSheet> & { unit: SheetUnit };
  investments?: Sheet<InvestmentsSheet> & { unit: SheetUnit };
  /** the first adjustments sheet (justeringar), when there is one */
  adjustments?: Sheet<AdjustmentsSheet> & { unit: SheetUnit };
  /** key figures (nyckeltal): measures, never money, read apart from every sum */
  keyFigures: Sheet<KeyFiguresSheet>[];
  /** the units the explanations and investments sheets are read in (an assumed one is warned about) */
  sheetUnits: SheetUnit[];
  unitIssues: Issue[];
};

export function gatherSources(workbook: WorkbookGrid, layout: DetectedLayout): Sources {
  const grid = (name: string): SheetGrid | undefined => workbook.sheets.find((s) => s.name === name);
  const withGrid = <T extends { name: string }>(layouts: readonly T[]): Sheet<T>[] =>
    layouts.flatMap((l) => {
      const sheet = grid(l.name);
      return sheet ? [{ sheet, layout: l }] : [];
    });
  const of = <R extends string>(role: R) => layout.sheets.filter((s) => s.role === role);
  const longs = withGrid(of("long") as LongLedgerSheet[]).flatMap((l) => {
    const scan = layout.longScans.get(l.layout.name);
    return scan ? [{ ...l, scan }] : [];
  });
  const [explanations] = withGrid(of("explanations") as ExplanationsSheet[]);
  const [investments] = withGrid(of("investments") as InvestmentsSheet[]);
  const explanationsUnit = explanations && sheetUnit(explanations.layout, layout.ledgerUnit);
  const investmentsUnit = investments && sheetUnit(investments.layout, layout.ledgerUnit);
  const [adjustments] = withGrid(of("adjustments") as AdjustmentsSheet[]);
  const adjustmentsUnit = adjustments && sheetUnit(adjustments.layout, layout.ledgerUnit);
  return {
    ledgers: withGrid(of("ledger") as LedgerSheet[]),
    longs,
    mappings: withGrid(of("mapping") as MappingSheet[]),
    keyFigures: withGrid(of("keyFigures") as KeyFiguresSheet[]),
    ...(explanations && explanationsUnit
      ? { explanations: { ...explanations, unit: explanationsUnit.reading } }
      : {}),
    ...(investments && investmentsUnit
      ? { investments: { ...investments, unit: investmentsUnit.reading } }
      : {}),
    ...(adjustments && adjustmentsUnit
      ? { adjustments: { ...adjustments, unit: adjustmentsUnit.reading } }
      : {}),
    sheetUnits: [explanationsUnit, investmentsUnit, adjustmentsUnit].flatMap((u) => (u ? [u.reading] : [])),
    unitIssues: [
      ...(explanationsUnit?.issues ?? []),
      ...(investmentsUnit?.issues ?? []),
      ...(adjustmentsUnit?.issues ?? []),
    ],
  };
}

/**
 * Which figures the sources hold at all: budget, outcome and a forecast. Without a budget or an outcome
 * there is no report (an error); without a forecast the year's forecast is the budget (a warning).
 */
export function figuresPresent(sources: Sources): { issues: Issue[]; hasForecast: boolean } {
  const cols = sources.ledgers.map((l) => l.layout.columns);
  const longHas = (role: "budget" | "outcome" | "forecast"): boolean =>
    sources.longs.some((l) => l.scan.kinds.some((k) => k.meaning.role === role));
  const place = { sheet: sources.ledgers[0]?.sheet.name ?? sources.longs[0]?.sheet.name };
  const issues: Issue[] = [];
  if (!cols.some((c) => c.annualBudget || c.budgetMonths) && !longHas("budget"))
    issues.push(issue("no-annual-budget", undefined, place));
  if (!cols.some((c) => c.outcome || c.months) && !longHas("outcome"))
    issues.push(issue("no-outcome", undefined, place));
  const hasForecast = cols.some((c) => c.forecast) || longHas("forecast");
  if (!hasForecast) issues.push(issue("no-forecast", undefined, place));
  return { issues, hasForecast };
}
