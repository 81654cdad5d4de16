import type { Computed } from "./compute/compute-result";
import { computeResult } from "./compute/compute-result";
import { createLedgerTotals, negateTotals, signFromNetBudget, totalsAreExact } from "./read/ledger-totals";
import type { OutcomePlace } from "./compute/consumption-check";
import { checkConsumption } from "./compute/consumption-check";
import { checkKommunbidrag } from "./compute/sanity-checks";
import { detectCommittee } from "./detect/detect-committee";
import { detectLayout } from "./detect/detect-layout";
import type { PeriodSource } from "./detect/detect-period";
import type { DetectionEntry } from "./detect/detection";
import { SignVotes, detectSign, signFromNotes } from "./detect/detect-sign";
import type { SheetUnit } from "./detect/sheet-units";
import { sheetUnit } from "./detect/sheet-units";
import { issue } from "./messages";
import type { SheetGrid, WorkbookGrid } from "./model/grid";
import { cellRef, cellText, columnIndex } from "./model/grid";
import type { Issue } from "./model/issue";
import { hasErrors } from "./model/issue";
import type { Period } from "./model/period";
import { formatPeriod, parsePeriod } from "./model/period";
import { makeAccountClassifier } from "./values/classify-account";
import type { Explanation } from "./read/read-explanations";
import { readExplanations } from "./read/read-explanations";
import type { InvestmentFigures } from "./read/read-investments";
import { readInvestments, totalInvestments } from "./read/read-investments";
import type { LedgerContext } from "./read/read-ledger";
import { readLedgerSheet, sameHeader } from "./read/read-ledger";
import { readLongLedgerSheet } from "./read/read-long-ledger";
import { planLongSheet } from "./detect/plan-long";
import type { LevelMapping } from "./read/read-level-mapping";
import { buildLevelMapping, readMappingSheet } from "./read/read-level-mapping";
import type {
  ExplanationsSheet,
  InvestmentsSheet,
  LedgerSheet,
  LevelMappingEntry,
  LongLedgerSheet,
  MappingSheet,
  Settings,
  SignConvention,
} from "./settings/settings";
import { DEFAULT_COST_TYPES, SETTINGS_VERSION, UNCLASSIFIED } from "./settings/settings";
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
};

export type EngineResult = Computed & {
  period: Period;
  periodSource: PeriodSource;
  explanations: Explanation[];
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

/** From the workbook's own sheets to exact deviations: detect, read, aggregate, reconcile, check. */
export function runEngine(input: EngineInput): EngineOutput {
  const given = input.settings ?? {};
  const issues: Issue[] = [];
  const layout = detectLayout(
    input.workbook,
    {
      ...(given.sheets ? { sheets: given.sheets } : {}),
      ...(given.columns ? { columns: given.columns } : {}),
      period: {
        ...(input.period ? { argument: input.period } : {}),
        ...(given.period ? { settings: parsePeriod(given.period) } : {}),
        ...(input.fallbackYear !== undefined ? { fallbackYear: input.fallbackYear } : {}),
      },
    },
    input.isOwnSheet,
  );
  issues.push(...layout.issues);
  const grid = (name: string): SheetGrid | undefined => input.workbook.sheets.find((s) => s.name === name);
  const ledgers = layout.sheets
    .filter((s): s is LedgerSheet => s.role === "ledger")
    .flatMap((l) => withGrid(grid(l.name), l));
  const mappings = layout.sheets
    .filter((s): s is MappingSheet => s.role === "mapping")
    .flatMap((m) => withGrid(grid(m.name), m));
  const explanationsSheet = layout.sheets.find((s): s is ExplanationsSheet => s.role === "explanations");
  const investmentsSheet = layout.sheets.find((s): s is InvestmentsSheet => s.role === "investments");
  const explanationsUnit = explanationsSheet && sheetUnit(explanationsSheet, layout.ledgerUnit);
  const investmentsUnit = investmentsSheet && sheetUnit(investmentsSheet, layout.ledgerUnit);
  const sheetUnits = [explanationsUnit, investmentsUnit].flatMap((u) => (u ? [u.reading] : []));
  const partial: Partial<Settings> = { version: SETTINGS_VERSION, sheets: layout.sheets };
  const detection = layout.detection;

  const longs = layout.sheets
    .filter((s): s is LongLedgerSheet => s.role === "long")
    .flatMap((l) => {
      const sheet = grid(l.name);
      const scan = layout.longScans.get(l.name);
      return sheet && scan ? [{ sheet, layout: l, scan }] : [];
    });
  if (ledgers.length === 0 && longs.length === 0)
    return { issues: [...issues, issue("no-ledger-sheet")], settings: partial, sheetUnits, detection };
  issues.push(...(explanationsUnit?.issues ?? []), ...(investmentsUnit?.issues ?? []));
  const cols = ledgers.map((l) => l.layout.columns);
  const longHas = (role: "budget" | "outcome" | "forecast"): boolean =>
    longs.some((l) => l.scan.kinds.some((k) => k.meaning.role === role));
  const firstSheet = { sheet: ledgers[0]?.sheet.name ?? longs[0]?.sheet.name };
  if (!cols.some((c) => c.annualBudget || c.budgetMonths) && !longHas("budget"))
    issues.push(issue("no-annual-budget", undefined, firstSheet));
  if (!cols.some((c) => c.outcome || c.months) && !longHas("outcome"))
    issues.push(issue("no-outcome", undefined, firstSheet));
  const hasForecast = cols.some((c) => c.forecast) || longHas("forecast");
  if (!hasForecast) issues.push(issue("no-forecast", undefined, firstSheet));

  const resolved = layout.period;
  issues.push(...resolved.issues);
  // Unless given, the sign is detected while the ledger is read (one pass), or on its own when it stops here.
  const inputSign = given.inputSign;
  const signIssueAt = issues.length;
  const mapping = levelMapping(given.levelMapping, mappings, issues);
  for (const { sheet, layout: l } of ledgers) {
    if (l.columns.level) continue;
    const dims = Object.keys(l.columns.dimensions ?? {});
    const keyed =
      mapping &&
      (dims.some((d) => sameHeader(d, mapping.dimension)) ||
        (sameHeader(mapping.dimension, "konto") && l.columns.account));
    if (!keyed)
      issues.push(
        issue(
          "no-level-source",
          { dimensions: dims.length ? dims.join(", ") : "bladets kolumner" },
          { sheet: sheet.name },
        ),
      );
  }
  const costTypes = given.costTypes ?? [...DEFAULT_COST_TYPES];
  const committee =
    given.committee ??
    detectCommittee(ledgers.map((l) => ({ sheet: l.sheet, headerRow: l.layout.headerRow })));
  const periodisation =
    given.periodisation ??
    (longs.length > 0 || cols.some((c) => c.budgetMonths)
      ? "monthly"
      : cols.some((c) => c.periodBudget)
        ? "column"
        : "linear");
  const settings: Settings = {
    version: SETTINGS_VERSION,
    period: resolved.period ? formatPeriod(resolved.period) : "",
    ...(committee !== undefined ? { committee } : {}),
    inputSign: inputSign ?? "netCostPositive",
    reportSign: given.reportSign ?? inputSign ?? "netCostPositive",
    reportUnit: given.reportUnit ?? "tkr",
    periodisation,
    sheets: layout.sheets,
    ...(given.levelMapping ? { levelMapping: given.levelMapping } : {}),
    kommunbidragAccounts: given.kommunbidragAccounts ?? [],
    costTypes,
  };
  const settleSign = (detected: SignConvention | undefined): void => {
    if (!detected)
      issues.splice(signIssueAt, 0, issue("sign-unknown", undefined, { sheet: ledgers[0]?.sheet.name }));
    settings.inputSign = detected ?? "netCostPositive";
    settings.reportSign = given.reportSign ?? detected ?? "netCostPositive";
  };
  if (!resolved.period || !resolved.source || hasErrors(issues)) {
    // no report: the sign as far as the accounts or notes tell it, and no claim where they do not
    const early = inputSign ?? detectSign(ledgers);
    if (early) {
      settings.inputSign = early;
      settings.reportSign = given.reportSign ?? early;
    }
    return { issues, settings, sheetUnits, detection };
  }

  const kommunbidragAccounts = new Set(settings.kommunbidragAccounts);
  const ctx: LedgerContext = {
    period: resolved.period,
    periodisation,
    hasForecast,
    sign: inputSign === "incomePositive" ? -1 : 1,
    signVotes: inputSign ? undefined : new SignVotes(),
    mapping,
    classify: makeAccountClassifier(costTypes),
    kommunbidragLine: costTypes.length,
    unclassifiedLine: costTypes.length + 1,
    kommunbidragAccounts,
    totals: createLedgerTotals(costTypes.length + 2, mapping?.order),
    unclassified: new Map(),
  };
  for (const { sheet, layout: l } of ledgers) issues.push(...readLedgerSheet(sheet, l, ctx));
  for (const { sheet, layout: l, scan } of longs) {
    const planning = planLongSheet(scan, resolved.period);
    issues.push(...planning.issues);
    detection.push(...planning.detection);
    if (!hasErrors(planning.issues)) issues.push(...readLongLedgerSheet(sheet, l, planning.plan, ctx));
  }
  if (ctx.signVotes) {
    // Accounts decide; else a note above the header; else the rule that a committee's net budget is a
    // net cost, so a negative annual budget total means costs are negative. Else the user must say.
    settleSign(
      ctx.signVotes.verdict() ??
        signFromNotes(ledgers) ??
        signFromNetBudget(ctx.totals, ctx.kommunbidragLine),
    );
    if (settings.inputSign === "incomePositive") negateTotals(ctx.totals);
  }
  for (const [account, place] of ctx.unclassified)
    issues.push(issue("account-unclassified", { account, line: UNCLASSIFIED }, place));
  if (!totalsAreExact(ctx.totals)) issues.push(issue("sum-too-large"));
  settings.kommunbidragAccounts = [...kommunbidragAccounts];

  const computeOptions = { period: resolved.period, periodisation, hasForecast, lines: costTypes };
  const explanationGrid = explanationsSheet ? grid(explanationsSheet.name) : undefined;
  // each level's deviation first: a row "Totalt …" equal to it is a total, not an explanation
  const read =
    explanationsSheet && explanationsUnit && explanationGrid
      ? readExplanations(
          explanationGrid,
          explanationsSheet,
          explanationsUnit.reading.unit,
          computeResult(ctx.totals, [], computeOptions).levels.map((l) => ({
            name: l.name,
            deviation: l.forecastDeviation,
          })),
        )
      : { explanations: [], issues: [] };
  issues.push(...read.issues);
  const investmentGrid = investmentsSheet ? grid(investmentsSheet.name) : undefined;
  const investments =
    investmentsSheet && investmentsUnit && investmentGrid
      ? readInvestments(investmentGrid, investmentsSheet, investmentsUnit.reading.unit)
      : undefined;
  issues.push(...(investments?.issues ?? []));
  if (hasErrors(issues)) return { issues, settings, sheetUnits, detection };

  const computed = computeResult(ctx.totals, read.explanations, computeOptions);
  issues.push(...checkKommunbidrag(computed, resolved.period));
  const outcomePlace = outcomeColumn(ledgers);
  if (outcomePlace) issues.push(...checkConsumption(resolved.period, computed, outcomePlace));
  return {
    result: {
      ...computed,
      period: resolved.period,
      periodSource: resolved.source,
      explanations: read.explanations,
      ...(investments
        ? { investments: { levels: investments.levels, total: totalInvestments(investments.levels) } }
        : {}),
      settings,
      sheetUnits,
      detection,
    },
    issues,
    settings,
    sheetUnits,
    detection,
  };
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

function withGrid<T>(grid: SheetGrid | undefined, layout: T): { sheet: SheetGrid; layout: T }[] {
  return grid ? [{ sheet: grid, layout }] : [];
}

function levelMapping(
  given: Settings["levelMapping"],
  sheets: readonly { sheet: SheetGrid; layout: MappingSheet }[],
  issues: Issue[],
): LevelMapping | undefined {
  const dimension = given?.dimension ?? sheets[0]?.layout.dimension;
  if (dimension === undefined) return undefined;
  const entries: LevelMappingEntry[] = [...(given?.entries ?? [])];
  const places: { sheet?: string; cell?: string }[] = entries.map(() => ({}));
  for (const { sheet, layout } of sheets) {
    if (!sameHeader(layout.dimension, dimension)) continue;
    const read = readMappingSheet(sheet, layout);
    entries.push(...read.entries);
    places.push(...read.cells.map((cell) => ({ sheet: sheet.name, cell })));
  }
  const built = buildLevelMapping(dimension, entries, places);
  issues.push(...built.issues);
  return built.mapping;
}
