import type { Unit } from "../money";
import type { SheetGrid } from "../model/grid";
import { cellText, columnLetter } from "../model/grid";
import type { Issue } from "../model/issue";
import type { Period } from "../model/period";
import type {
  AdjustmentsSheet,
  ExplanationsSheet,
  InvestmentsSheet,
  LedgerSheet,
  MappingSheet,
} from "../settings/settings";
import type { ColumnContext } from "./column-context";
import type { AdjustmentColumns } from "./detect-adjustments";
import { adjustmentColumns, adjustmentsSettings } from "./detect-adjustments";
import { chooseLedgerColumns } from "./choose-columns";
import type { HeaderCell, HeaderRow } from "./detect-header-row";
import { detectHeaderRow, settleRowTime } from "./detect-header-row";
import type { TitleFact } from "./detect-title";
import { readTitles, titleSaysBudget } from "./detect-title";
import { detectUnitAbove } from "./detect-unit";
import { isExplanationAboutHeader } from "./header-words";
import type { DetectionEntry } from "./detection";

/** A sheet as first read: its header, what it is, its unit and titles; its columns wait for the period. */
export type ScannedSheet = {
  grid: SheetGrid;
  header: HeaderRow;
  role: "ledger" | "mapping" | "explanations" | "investments" | "adjustments";
  /** an adjustments sheet's columns */
  adjustments?: AdjustmentColumns;
  titles: TitleFact[];
  /** as a note or a header states it; undefined when none does */
  statedUnit?: Unit;
  /** bare month columns hold budget */
  budgetContext: boolean;
  /** a PivotTable's output: "Radetiketter", "Summa av …" */
  pivot: boolean;
};

export type DetectedSheet = {
  settings: LedgerSheet | MappingSheet | ExplanationsSheet | InvestmentsSheet | AdjustmentsSheet;
  detection: DetectionEntry[];
  issues: Issue[];
};

const FIGURES = new Set(["annualBudget", "periodBudget", "outcome", "forecast", "month"]);

/** Finds the header, reads the titles, and decides what the sheet is; undefined when it is none of ours. */
export function scanSheet(sheet: SheetGrid): ScannedSheet | undefined {
  const found = detectHeaderRow(sheet);
  if (!found) return undefined;
  const titles = readTitles(sheet, found.row);
  const header = settleRowTime(
    found,
    titles.map((t) => t.year),
  );
  const kinds = new Set(header.cells.map((c) => c.reading.meaning.kind));
  const hasFigures = [...kinds].some((k) => FIGURES.has(k));
  const statedUnit =
    header.cells.find((c) => c.reading.unit)?.reading.unit ?? detectUnitAbove(sheet, header.row);
  const base = {
    grid: sheet,
    header,
    titles,
    ...(statedUnit ? { statedUnit } : {}),
    budgetContext: titleSaysBudget(sheet, header.row),
    pivot: header.cells.some((c) => c.reading.pivot),
  };
  // before explanations: the same columns, told apart by the name "Justeringar" or a header "Justering"
  const adjustments = adjustmentColumns(sheet, header);
  if (adjustments) return { ...base, role: "adjustments", adjustments };
  if (kinds.has("explanationText") && kinds.has("explanationAmount") && kinds.has("level"))
    return { ...base, role: "explanations" };
  if (hasFigures && kinds.has("level") && isInvestmentSheet(sheet, header.row))
    return { ...base, role: "investments" };
  if (hasFigures) return { ...base, role: "ledger" };
  if (kinds.has("level") && (kinds.has("dimension") || kinds.has("account")))
    return { ...base, role: "mapping" };
  return undefined;
}

/** The sheet's settings once the period is known: its columns decided by the rules, with the reasons. */
export function settleSheet(
  scanned: ScannedSheet,
  period: Period | undefined,
  chosen: ColumnContext["chosen"] = {},
): DetectedSheet {
  const { grid, header } = scanned;
  const base = { name: grid.name, headerRow: header.row + 1 };
  const cells = header.cells;
  const letter = (kind: string): string | undefined => {
    const c = cells.find((x) => x.reading.meaning.kind === kind);
    return c ? columnLetter(c.col) : undefined;
  };
  if (scanned.adjustments) {
    const settings = adjustmentsSettings(grid, header.row, scanned.adjustments, scanned.statedUnit);
    return { settings, detection: [], issues: [] };
  }
  if (scanned.role === "explanations") {
    const amount = cells.find((c) => c.reading.meaning.kind === "explanationAmount");
    // no unit when the sheet states none: the engine assumes the ledger's and says so
    const unit = amount?.reading.unit ?? scanned.statedUnit;
    return {
      settings: {
        ...base,
        role: "explanations",
        ...(unit ? { unit } : {}),
        columns: {
          level: letter("level") ?? "A",
          text: letter("explanationText") ?? "B",
          amount: amount ? columnLetter(amount.col) : "C",
          ...aboutColumn(grid, header.row),
        },
      },
      detection: [],
      issues: [],
    };
  }
  if (scanned.role === "mapping") {
    const key = firstKey(cells);
    return {
      settings: {
        ...base,
        role: "mapping",
        dimension: key?.name ?? "Konto",
        columns: { key: key?.letter ?? "A", level: letter("level") ?? "B" },
      },
      detection: [],
      issues: [],
    };
  }
  const ctx: ColumnContext = {
    sheet: grid.name,
    headerRow: header.row,
    period,
    budgetMonths: scanned.budgetContext,
    chosen,
  };
  const decided = chooseLedgerColumns(cells, ctx);
  const columns = decided.columns;
  if (scanned.role === "investments") {
    const { annualBudget: budget, outcome, forecast } = columns;
    return {
      settings: {
        ...base,
        role: "investments",
        ...(scanned.statedUnit ? { unit: scanned.statedUnit } : {}),
        columns: {
          level: columns.level ?? "A",
          ...(budget ? { budget } : {}),
          ...(outcome ? { outcome } : {}),
          ...(forecast ? { forecast } : {}),
        },
      },
      detection: decided.detection,
      issues: decided.issues,
    };
  }
  return {
    settings: {
      ...base,
      role: "ledger",
      unit: scanned.statedUnit ?? "kr",
      columns,
      ...(scanned.pivot ? { form: "pivot" as const } : {}),
    },
    detection: decided.detection,
    issues: decided.issues,
  };
}

/** "Avser": the column saying whether a row explains the deviation or the forecast change. */
function aboutColumn(grid: SheetGrid, headerRow: number): { about?: string } {
  const col = (grid.rows[headerRow] ?? []).findIndex((v) => isExplanationAboutHeader(cellText(v)));
  return col < 0 ? {} : { about: columnLetter(col) };
}

function firstKey(cells: readonly HeaderCell[]): { name: string; letter: string } | undefined {
  const dim = cells.find((c) => c.reading.meaning.kind === "dimension");
  if (dim) return { name: dim.text, letter: columnLetter(dim.col) };
  const account = cells.find((c) => c.reading.meaning.kind === "account");
  if (account) return { name: "Konto", letter: columnLetter(account.col) };
  return undefined;
}

/** "Investeringar", "Investeringsredovisning": in the sheet's name or a title above its header. */
function isInvestmentSheet(sheet: SheetGrid, headerRow: number): boolean {
  if (/investering/i.test(sheet.name)) return true;
  return sheet.rows
    .slice(0, headerRow)
    .some((row) => (row ?? []).some((v) => /investering/i.test(cellText(v))));
}
