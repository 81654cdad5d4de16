import type { Unit } from "../money";

/**
 * The settings: which sheets and columns mean what, and the conventions of input and report. The
 * engine detects them; the command line's `--config` and the task pane's saved choices override them.
 * This is the JSON users and tools see: keep it plain and versioned.
 */
export type SignConvention = "netCostPositive" | "incomePositive";

export type ReportUnit = "tkr" | "mkr";

/**
 * How the period's budget is made: a period-budget column ("Budget ack."), the budget months through
 * the period ("monthly"), or months/12 of the annual budget ("linear").
 */
export type Periodisation = "column" | "linear" | "monthly";

export type LedgerColumns = {
  level?: string;
  account?: string;
  accountName?: string;
  annualBudget?: string;
  periodBudget?: string;
  outcome?: string;
  forecast?: string;
  /** month number ("1"–"12") → column of that month's outcome */
  months?: Record<string, string>;
  /** month number ("1"–"12") → column of that month's budget: the annual budget is their sum */
  budgetMonths?: Record<string, string>;
  /** dimension header as written ("Verksamhet") → column */
  dimensions?: Record<string, string>;
  /**
   * Read beside the figures, never summed into them: the period's month alone ("Utfall 202408" beside
   * "Utfall ack 202408"), the same period last year, last year's final outcome ("Bokslut 2023"), an
   * earlier forecast ("Prognos juli 2024"), for the comparisons of the report.
   */
  monthOutcome?: string;
  lastYearOutcome?: string;
  lastYearFinal?: string;
  previousForecast?: string;
  /** the input's own deviation columns ("Avvikelse", "Avv."): checked row by row, never read as figures */
  deviations?: string[];
};

/** The single-column roles of a ledger sheet, in the order they are shown. */
export const LEDGER_COLUMN_KEYS = [
  "level",
  "account",
  "accountName",
  "annualBudget",
  "periodBudget",
  "outcome",
  "forecast",
] as const;

export type LedgerSheet = {
  name: string;
  role: "ledger";
  headerRow: number;
  unit: Unit;
  columns: LedgerColumns;
  /**
   * "pivot": a PivotTable's output (compact, outline or tabular form): the hierarchy of its row labels
   * comes from the numbers — a parent row is the sum of the rows under it — and the top level is the
   * anslagsbindningsnivå unless a mapping says otherwise.
   */
  form?: "table" | "pivot";
};

/**
 * Long ("tidy") data from BI tools and Power Query: one row per dimensions × period × kind, with one
 * amount column; the kind column says budget, outcome or forecast (and the forecast's version).
 */
export type LongLedgerSheet = {
  name: string;
  role: "long";
  headerRow: number;
  unit: Unit;
  columns: {
    level?: string;
    account?: string;
    accountName?: string;
    dimensions?: Record<string, string>;
    amount: string;
    kind: string;
    /** the period as YYYYMM, YYYY-MM, a date or a month's name; or `year` and `month` apart */
    period?: string;
    year?: string;
    month?: string;
  };
};

export type MappingSheet = {
  name: string;
  role: "mapping";
  headerRow: number;
  columns: { key: string; level: string };
  /** the dimension the keys belong to, as its header is written ("Verksamhet") */
  dimension: string;
};

export type ExplanationsSheet = {
  name: string;
  role: "explanations";
  headerRow: number;
  /**
   * As the sheet or the user states it; absent when neither does, and the ledger's unit is assumed
   * with a warning (an explanation in tkr read as kronor is off by a thousand).
   */
  unit?: Unit;
  /** `about`: "Avser", whether a row explains the deviation (empty, "Avvikelse") or the forecast change */
  columns: { level: string; text: string; amount: string; about?: string };
};

/** Investments per level: budget, outcome and forecast of the year's investment expenditure. */
export type InvestmentsSheet = {
  name: string;
  role: "investments";
  headerRow: number;
  /** as for ExplanationsSheet: absent when neither the sheet nor the user states it */
  unit?: Unit;
  columns: { level: string; budget?: string; outcome?: string; forecast?: string };
};

/**
 * Key figures (nyckeltal): measures such as beds, care days or households, each with its unit and any
 * of plan, the period's outcome, the same period last year, forecast and last year's full year. Not
 * money: read as exact decimals and kept out of every money sum.
 */
export type KeyFiguresSheet = {
  name: string;
  role: "keyFigures";
  headerRow: number;
  columns: {
    name: string;
    unit?: string;
    plan?: string;
    outcome?: string;
    lastYearOutcome?: string;
    forecast?: string;
    lastYearAnnual?: string;
  };
};

/**
 * Adjustments (justeringar) per level, "Upplupen semesterlöneskuld": each changes the period's result
 * on a line of its own in the report, never the outcome. A positive amount improves the result.
 */
export type AdjustmentsSheet = {
  name: string;
  role: "adjustments";
  headerRow: number;
  /** as for ExplanationsSheet: absent when neither the sheet nor the user states it */
  unit?: Unit;
  columns: { level: string; text: string; amount: string };
};

export type IgnoredSheet = { name: string; role: "ignore" };

export type SheetSettings =
  | LedgerSheet
  | LongLedgerSheet
  | MappingSheet
  | ExplanationsSheet
  | InvestmentsSheet
  | AdjustmentsSheet
  | KeyFiguresSheet
  | IgnoredSheet;

export type CostTypeGroup = "income" | "cost" | "financial";

export type CostTypeLine = {
  name: string;
  group: CostTypeGroup;
  /** account prefixes: "46" takes 4600–4699; the longest matching prefix over all lines wins */
  accounts: string[];
};

export type LevelMappingEntry = { key: string; level: string };

export type DocumentSettings = {
  /**
   * The months whose report is a delårsrapport ("Delårsrapport per den 31 augusti …"), the others being a
   * månadsuppföljning; April and August unless stated (Linköping's March report is a delårsrapport too).
   */
  interimMonths?: number[];
  /** the title as the committee wants it, over the one made from the period */
  title?: string;
  /** the decision sentence, over "… godkänns och överlämnas till kommunstyrelsen." */
  decision?: string;
  /**
   * The municipality's own Word template (.docx) with placeholders such as {{ärende}}: a path, which the
   * command line reads relative to the --config file (or the working directory, when saved in the workbook)
   */
  template?: string;
};

export type Settings = {
  version: typeof SETTINGS_VERSION;
  period: string;
  committee?: string;
  inputSign: SignConvention;
  reportSign: SignConvention;
  reportUnit: ReportUnit;
  periodisation: Periodisation;
  sheets: SheetSettings[];
  /**
   * Single columns chosen per sheet and figure role ({ "Rapport": { "outcome": "J" } }), over what
   * detection decides, without restating the sheet: how an ambiguity is settled.
   */
  columns?: Record<string, Partial<Record<"annualBudget" | "periodBudget" | "outcome" | "forecast", string>>>;
  /**
   * The period whose kept forecast the report compares with ("2024-04", the last tertial), over the
   * previous-forecast column and the latest earlier snapshot.
   */
  compareWith?: string;
  /** the tjänsteskrivelse: its title and decision sentence as the committee writes them, its Word template */
  document?: DocumentSettings;
  /** extra key → level entries, used beside (and before) any mapping sheet */
  levelMapping?: { dimension: string; entries: LevelMappingEntry[] };
  kommunbidragAccounts: string[];
  costTypes: CostTypeLine[];
};

/**
 * 2 added `compareWith`, `document` and the adjustments and key figures sheets. A version 1 file means the same
 * under 2 (nothing was renamed or removed), so it is read as it stands; an older command line reads a
 * version 2 file with a warning for what it does not know.
 */
export const SETTINGS_VERSION = 2;

export const KOMMUNBIDRAG = "Kommunbidrag";

export const UNCLASSIFIED = "Ej klassificerade konton";

/** Kommun-Bas account classes to report lines (domain.md); always overridable. */
export const DEFAULT_COST_TYPES: readonly CostTypeLine[] = [
  { name: "Verksamhetens intäkter", group: "income", accounts: ["3"] },
  { name: "Personalkostnader", group: "cost", accounts: ["5"] },
  { name: "Lokalhyror", group: "cost", accounts: ["60"] },
  { name: "Köp av huvudverksamhet", group: "cost", accounts: ["46"] },
  { name: "Lämnade bidrag", group: "cost", accounts: ["45"] },
  { name: "Avskrivningar", group: "cost", accounts: ["78", "79"] },
  { name: "Övriga kostnader", group: "cost", accounts: ["4", "6", "7"] },
  { name: "Finansnetto", group: "financial", accounts: ["84", "85"] },
];
