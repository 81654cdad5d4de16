import type { Computed } from "./compute/compute-result";
import type { ComputeOptions } from "./compute/compute-result";
import { computeResult } from "./compute/compute-result";
import type { OutcomePlace } from "./compute/consumption-check";
import { checkConsumption } from "./compute/consumption-check";
import { checkKommunbidrag } from "./compute/sanity-checks";
import type { LayoutChoices } from "./detect/detect-layout";
import { detectLayout } from "./detect/detect-layout";
import type { PeriodSource } from "./detect/detect-period";
import { detectSign } from "./detect/detect-sign";
import type { DetectionEntry } from "./detect/detection";
import type { SheetUnit } from "./detect/sheet-units";
import { issue } from "./messages";
import type { SheetGrid, WorkbookGrid } from "./model/grid";
import { cellRef, cellText, columnIndex } from "./model/grid";
import type { Issue } from "./model/issue";
import { hasErrors } from "./model/issue";
import type { Period } from "./model/period";
import { parsePeriod } from "./model/period";
import type { Explanation } from "./read/read-explanations";
import type { Adjustment } from "./read/read-adjustments";
import type { InvestmentFigures } from "./read/read-investments";
import type { KeyFigure } from "./read/read-key-figures";
import { levelSource } from "./run/level-source";
import { readBooks } from "./run/read-books";
import { readSideSheets } from "./run/read-side-sheets";
import { settleSettings } from "./run/settle-settings";
import { figuresPresent, gatherSources } from "./run/sources";
import type { LedgerSheet, Settings, SignConvention } from "./settings/settings";
import { SETTINGS_VERSION } from "./settings/settings";
import type { Previous } from "./compute/comparison";
import { choosePrevious } from "./run/choose-previous";
import type { ForecastSnapshot } from "./state/forecast-history";
import type { SettingsOverride } from "./settings/validate-settings";

export type EngineInput = {
  workbook: WorkbookGrid;
  /** validated settings from `--config` or the workbook; they win over detection */
  settings?: SettingsOverride;
  /** `--period`: wins over the settings and the headers */
  period?: Period;
  /** the year to assume when no header states one (the caller's clock) */
  fallbackYear?: number;
  /** sheets the product wrote itself, never read as input */
  isOwnSheet?: (name: string) => boolean;
  /** the snapshots of earlier reports kept in the workbook, to compare the forecast with */
  history?: readonly ForecastSnapshot[];
};

export type EngineResult = Computed & {
  period: Period;
  periodSource: PeriodSource;
  /** what the forecast is compared with; null when there is nothing to compare with */
  previous: Previous | null;
  explanations: Explanation[];
  /** the adjustments sheet's lines (justeringar), beside the outcome, never in it */
  adjustments: Adjustment[];
  /** key figures (nyckeltal): measures with their own units, never money */
  keyFigures: KeyFigure[];
  /** when the workbook has an investments sheet */
  investments?: { levels: InvestmentFigures[]; total: InvestmentFigures };
  settings: Settings;
  /** the unit the explanations and investments sheets were read in, and whether it was assumed */
  sheetUnits: SheetUnit[];
  detection: DetectionEntry[];
};

export type EngineOutput = {
  /** present when no error prevents a correct report */
  result?: EngineResult;
  issues: Issue[];
  /** the settings as far as they were settled, for the user to correct and pass back */
  settings: Partial<Settings>;
  /** as EngineResult's, once the sheets' roles are settled (the pane shows an assumed unit) */
  sheetUnits?: SheetUnit[];
  /** which column was chosen for each role, by which rule, and which were passed over and why */
  detection?: DetectionEntry[];
};

/**
 * From the workbook's own sheets to exact deviations, in stages: detect the layout and the period,
 * gather the sheets of each role, read the books into totals (deciding the sign), read the explanations
 * and investments, compute, check. Any error stops it before a result: never a plausible wrong number.
 */
export function runEngine(input: EngineInput): EngineOutput {
  const given = input.settings ?? {};
  const layout = detectLayout(input.workbook, layoutChoices(input), input.isOwnSheet);
  const sources = gatherSources(input.workbook, layout);
  const { sheetUnits } = sources;
  const detection = layout.detection;
  const issues: Issue[] = [...layout.issues];
  if (sources.ledgers.length === 0 && sources.longs.length === 0) {
    const settings: Partial<Settings> = { version: SETTINGS_VERSION, sheets: layout.sheets };
    return { issues: [...issues, issue("no-ledger-sheet")], settings, sheetUnits, detection };
  }
  const present = figuresPresent(sources);
  issues.push(...sources.unitIssues, ...present.issues, ...layout.period.issues);
  const { period, source } = layout.period;
  const levels = levelSource(given.levelMapping, sources);
  issues.push(...levels.issues);
  const settings = settleSettings(given, layout, sources, period);
  const stop = (): EngineOutput => ({ issues, settings, sheetUnits, detection });
  if (!period || !source || hasErrors(issues)) {
    // no report: the sign as far as the accounts or notes tell it, and no claim where they do not
    const early = given.inputSign ?? detectSign(sources.ledgers);
    if (early) setSign(settings, given, early);
    return stop();
  }

  const books = readBooks(sources, settings, given, period, levels.mapping, present.hasForecast);
  issues.push(...books.issues);
  detection.push(...books.detection);
  setSign(settings, given, books.inputSign ?? "netCostPositive");
  settings.kommunbidragAccounts = [...books.ctx.kommunbidragAccounts];
  const previous = choosePrevious(period, given.compareWith, books.previousColumn, input.history ?? []);
  issues.push(...previous.issues);
  const options: ComputeOptions = {
    period,
    periodisation: settings.periodisation,
    hasForecast: present.hasForecast,
    lines: settings.costTypes,
    comparisons: books.comparisons,
    ...(previous.snapshot ? { snapshot: previous.snapshot } : {}),
  };
  const side = readSideSheets(sources, books.ctx.totals, options, previous.previous);
  issues.push(...side.issues);
  if (hasErrors(issues)) return stop();

  const computed = computeResult(books.ctx.totals, side.explanations, {
    ...options,
    adjustments: side.adjustments,
  });
  issues.push(...checkKommunbidrag(computed, period));
  const outcomePlace = outcomeColumn(sources.ledgers);
  if (outcomePlace) issues.push(...checkConsumption(period, computed, outcomePlace));
  const result: EngineResult = {
    ...computed,
    period,
    periodSource: source,
    previous: previous.previous,
    explanations: side.explanations,
    adjustments: side.adjustments,
    keyFigures: side.keyFigures,
    ...(side.investments ? { investments: side.investments } : {}),
    settings,
    sheetUnits,
    detection,
  };
  return { result, issues, settings, sheetUnits, detection };
}

/** What the user chose that detection must follow: whole sheets, single columns, the period. */
function layoutChoices(input: EngineInput): LayoutChoices {
  const given = input.settings ?? {};
  return {
    ...(given.sheets ? { sheets: given.sheets } : {}),
    ...(given.columns ? { columns: given.columns } : {}),
    period: {
      ...(input.period ? { argument: input.period } : {}),
      ...(given.period ? { settings: parsePeriod(given.period) } : {}),
      ...(input.fallbackYear !== undefined ? { fallbackYear: input.fallbackYear } : {}),
    },
  };
}

function setSign(settings: Settings, given: SettingsOverride, inputSign: SignConvention): void {
  settings.inputSign = inputSign;
  settings.reportSign = given.reportSign ?? inputSign;
}

/** The first ledger's outcome column (or its first outcome month), for the förbrukningsgrad check. */
function outcomeColumn(
  ledgers: readonly { sheet: SheetGrid; layout: LedgerSheet }[],
): OutcomePlace | undefined {
  for (const { sheet, layout } of ledgers) {
    const letter = layout.columns.outcome ?? Object.values(layout.columns.months ?? {})[0];
    const col = letter === undefined ? undefined : columnIndex(letter);
    if (col === undefined) continue;
    return {
      sheet: sheet.name,
      cell: cellRef(layout.headerRow - 1, col),
      header: cellText(sheet.rows[layout.headerRow - 1]?.[col]),
    };
  }
  return undefined;
}
