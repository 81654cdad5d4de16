import type { ComparisonFields } from "../compute/compute-result";
import { readHeader } from "../detect/header-words";
import { issue } from "../messages";
import type { SheetGrid } from "../model/grid";
import { cellRef, cellText, columnIndex } from "../model/grid";
import type { Issue } from "../model/issue";
import type { Period } from "../model/period";
import type { LedgerSheet } from "../settings/settings";
import { swedishList } from "../report/swedish-text";

/** The previous-forecast column the report compares with: its place, and the month it names (or null). */
export type PreviousColumn = { period: Period | null; sheet: string; cell: string };

/** What one sheet holds of the comparison fields. */
export type SheetComparisons = {
  sheet: string;
  fields: ComparisonFields;
  previousColumn?: PreviousColumn;
};

const WHAT: Record<keyof ComparisonFields, string> = {
  previousForecast: "Föregående prognos",
  lastYearOutcome: "Utfall samma period föregående år",
  lastYearAnnualOutcome: "Föregående års bokslut",
};

/** A ledger's comparison columns, and the month its previous forecast's header names. */
export function ledgerComparisons(sheet: SheetGrid, layout: LedgerSheet, period: Period): SheetComparisons {
  const c = layout.columns;
  const fields = {
    previousForecast: c.previousForecast !== undefined,
    lastYearOutcome: c.lastYearOutcome !== undefined,
    lastYearAnnualOutcome: c.lastYearFinal !== undefined,
  };
  const col = c.previousForecast === undefined ? undefined : columnIndex(c.previousForecast);
  if (col === undefined) return { sheet: sheet.name, fields };
  const row = layout.headerRow - 1;
  const reading = readHeader(cellText(sheet.rows[row]?.[col]));
  const month = reading?.month;
  return {
    sheet: sheet.name,
    fields,
    previousColumn: {
      period: month === undefined ? null : { year: reading?.year ?? period.year, month },
      sheet: sheet.name,
      cell: cellRef(row, col),
    },
  };
}

/**
 * A comparison is made only when every sheet of figures holds its field: a sum over some of the sheets
 * would be a plausible wrong number. A field some sheets have and others lack is left out, with a warning.
 */
export function settleComparisons(sheets: readonly SheetComparisons[]): {
  fields: ComparisonFields;
  previousColumn?: PreviousColumn;
  issues: Issue[];
} {
  const issues: Issue[] = [];
  const settle = (key: keyof ComparisonFields): boolean => {
    const having = sheets.filter((s) => s.fields[key]);
    if (having.length === 0) return false;
    if (having.length === sheets.length) return true;
    const missing = sheets.filter((s) => !s.fields[key]).map((s) => s.sheet);
    issues.push(
      issue("comparison-partial", { what: WHAT[key], missing: swedishList(missing) }, { sheet: missing[0] }),
    );
    return false;
  };
  const fields = {
    previousForecast: settle("previousForecast"),
    lastYearOutcome: settle("lastYearOutcome"),
    lastYearAnnualOutcome: settle("lastYearAnnualOutcome"),
  };
  const previousColumn = fields.previousForecast
    ? sheets.find((s) => s.previousColumn)?.previousColumn
    : undefined;
  return { fields, ...(previousColumn ? { previousColumn } : {}), issues };
}
