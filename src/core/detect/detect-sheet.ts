import { issue } from "../messages";
import type { Unit } from "../money";
import type { SheetGrid } from "../model/grid";
import { cellRef, cellText, columnLetter } from "../model/grid";
import type { Issue } from "../model/issue";
import type {
  ExplanationsSheet,
  InvestmentsSheet,
  LedgerColumns,
  LedgerSheet,
  MappingSheet,
} from "../settings/settings";
import type { HeaderCell } from "./detect-header-row";
import { detectHeaderRow } from "./detect-header-row";
import { detectUnitAbove } from "./detect-unit";

/** A hint about the period read from a header: "Utfall jan–apr 2024" says April 2024. */
export type PeriodHint = { year?: number; month?: number; header: string; sheet: string; cell: string };

export type DetectedSheet = {
  settings: LedgerSheet | MappingSheet | ExplanationsSheet | InvestmentsSheet;
  hints: PeriodHint[];
  issues: Issue[];
  /**
   * false when neither a note nor a header states the unit: a ledger is then read in kronor, and an
   * explanations or investments sheet gets no unit in its settings
   */
  unitStated: boolean;
};

/** Decides what one sheet is — ledger, level mapping or explanations — and which column means what. */
export function detectSheet(sheet: SheetGrid): DetectedSheet | undefined {
  const header = detectHeaderRow(sheet);
  if (!header) return undefined;
  const issues: Issue[] = [];
  const first = new Map<string, HeaderCell>();
  const take = (key: string, cell: HeaderCell): boolean => {
    const used = first.get(key);
    if (used) {
      issues.push(
        issue(
          "column-duplicate",
          { header: cell.text, used: columnLetter(used.col) },
          { sheet: sheet.name, cell: cellRef(header.row, cell.col) },
        ),
      );
      return false;
    }
    first.set(key, cell);
    return true;
  };
  const columns: LedgerColumns = {};
  let explanationText: string | undefined;
  let explanationAmount: HeaderCell | undefined;
  const hints: PeriodHint[] = [];
  const headerUnits: Unit[] = [];
  // "Utfall 2023" beside "Utfall jan–apr 2024" is last year's comparison: the report year's columns go first.
  const reportYear = reportYearOf(header.cells);
  const otherYear = (c: HeaderCell): number =>
    reportYear !== undefined && c.reading.year !== undefined && c.reading.year !== reportYear ? 1 : 0;
  for (const cell of [...header.cells].sort((a, b) => otherYear(a) - otherYear(b))) {
    const m = cell.reading.meaning;
    const letter = columnLetter(cell.col);
    if (m.kind === "derived") continue;
    if (cell.reading.unit) headerUnits.push(cell.reading.unit);
    const used = take(
      m.kind === "dimension" ? `dim:${m.name}` : m.kind === "month" ? `month:${m.month}` : m.kind,
      cell,
    );
    if (used) {
      switch (m.kind) {
        case "dimension":
          (columns.dimensions ??= {})[cell.text] = letter;
          break;
        case "month":
          (columns.months ??= {})[String(m.month)] = letter;
          break;
        case "explanationText":
          explanationText = letter;
          break;
        case "explanationAmount":
          explanationAmount = cell;
          break;
        default:
          columns[m.kind] = letter;
      }
    }
    if (used && (cell.reading.year !== undefined || cell.reading.month !== undefined)) {
      hints.push({
        ...pick(cell.reading),
        header: cell.text,
        sheet: sheet.name,
        cell: cellRef(header.row, cell.col),
      });
    }
  }
  const statedUnit = headerUnits[0] ?? detectUnitAbove(sheet, header.row);
  const unit = statedUnit ?? "kr";
  const unitStated = statedUnit !== undefined;
  const headerRow = header.row + 1;
  const base = { name: sheet.name, headerRow };

  if (explanationText && explanationAmount && columns.level) {
    // no unit when the sheet states none: the engine assumes the ledger's and says so
    const amountUnit = explanationAmount.reading.unit ?? statedUnit;
    return {
      settings: {
        ...base,
        role: "explanations",
        ...(amountUnit ? { unit: amountUnit } : {}),
        columns: { level: columns.level, text: explanationText, amount: columnLetter(explanationAmount.col) },
      },
      hints: [],
      issues,
      unitStated: amountUnit !== undefined,
    };
  }
  const hasAmounts = [
    columns.annualBudget,
    columns.periodBudget,
    columns.outcome,
    columns.forecast,
    columns.months,
  ].some((c) => c !== undefined);
  if (hasAmounts && columns.level && isInvestmentSheet(sheet, header.row)) {
    const { annualBudget: budget, outcome, forecast } = columns;
    return {
      settings: {
        ...base,
        role: "investments",
        ...(statedUnit ? { unit: statedUnit } : {}),
        columns: {
          level: columns.level,
          ...(budget ? { budget } : {}),
          ...(outcome ? { outcome } : {}),
          ...(forecast ? { forecast } : {}),
        },
      },
      hints: [],
      issues,
      unitStated,
    };
  }
  if (hasAmounts) return { settings: { ...base, role: "ledger", unit, columns }, hints, issues, unitStated };

  const keyColumn = firstKey(columns);
  if (columns.level && keyColumn) {
    return {
      settings: {
        ...base,
        role: "mapping",
        dimension: keyColumn.name,
        columns: { key: keyColumn.letter, level: columns.level },
      },
      hints: [],
      issues,
      unitStated: true,
    };
  }
  return undefined;
}

/** The latest year named by an outcome, month or period-budget header; undefined when none names one. */
function reportYearOf(cells: readonly HeaderCell[]): number | undefined {
  const years = cells
    .filter((c) => ["outcome", "month", "periodBudget"].includes(c.reading.meaning.kind))
    .map((c) => c.reading.year)
    .filter((y): y is number => y !== undefined);
  return years.length > 0 ? Math.max(...years) : undefined;
}

function pick(r: { year?: number; month?: number }): { year?: number; month?: number } {
  return {
    ...(r.year !== undefined ? { year: r.year } : {}),
    ...(r.month !== undefined ? { month: r.month } : {}),
  };
}

function firstKey(columns: LedgerColumns): { name: string; letter: string } | undefined {
  const dims = Object.entries(columns.dimensions ?? {});
  const [name, letter] = dims[0] ?? [];
  if (name && letter) return { name, letter };
  if (columns.account) return { name: "Konto", letter: columns.account };
  return undefined;
}

/** "Investeringar", "Investeringsredovisning": in the sheet's name or a title above its header. */
function isInvestmentSheet(sheet: SheetGrid, headerRow: number): boolean {
  if (/investering/i.test(sheet.name)) return true;
  return sheet.rows
    .slice(0, headerRow)
    .some((row) => (row ?? []).some((v) => /investering/i.test(cellText(v))));
}
