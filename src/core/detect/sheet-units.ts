import { issue } from "../messages";
import type { Unit } from "../money";
import { columnIndex } from "../model/grid";
import type { Issue } from "../model/issue";
import type { AdjustmentsSheet, ExplanationsSheet, InvestmentsSheet } from "../settings/settings";

/** The unit an explanations or investments sheet is read in. */
export type SheetUnit = {
  sheet: string;
  role: "explanations" | "investments" | "adjustments";
  unit: Unit;
  /** neither the sheet nor the user states a unit: the ledger's is taken (kronor when it states none) */
  assumed: boolean;
};

/**
 * The unit to read an explanations or investments sheet in: its own when its header, a note above it
 * or the user states one; else the ledger's (`ledgerUnit`, undefined when the ledger states none
 * either, and kronor is taken), with a warning at the amount column's header. Silently reading such a
 * sheet in kronor beside a ledger in tkr explained −100 kr of a −100 000 kr deviation.
 */
export function sheetUnit(
  layout: ExplanationsSheet | InvestmentsSheet | AdjustmentsSheet,
  ledgerUnit: Unit | undefined,
): { reading: SheetUnit; issues: Issue[] } {
  const base = { sheet: layout.name, role: layout.role };
  if (layout.unit) return { reading: { ...base, unit: layout.unit, assumed: false }, issues: [] };
  const unit = ledgerUnit ?? "kr";
  const warning = issue(
    "sheet-unit-assumed",
    { sheet: SHEET_WORD[layout.role], unit: UNIT_WORD[unit], ledgerStated: ledgerUnit !== undefined },
    { sheet: layout.name, cell: `${amountHeader(layout)}${layout.headerRow}` },
  );
  return { reading: { ...base, unit, assumed: true }, issues: [warning] };
}

/** The column whose header should have named the unit: the amount's, or the first amount column's. */
function amountHeader(layout: ExplanationsSheet | InvestmentsSheet | AdjustmentsSheet): string {
  if (layout.role !== "investments") return layout.columns.amount;
  const { level, budget, outcome, forecast } = layout.columns;
  const amounts = [budget, outcome, forecast].filter((c): c is string => c !== undefined);
  // leftmost, as the user reads the header row
  amounts.sort((a, b) => (columnIndex(a) ?? 0) - (columnIndex(b) ?? 0));
  return amounts[0] ?? level;
}

/** "Förklaringsbladet anger ingen enhet; beloppen har lästs i tkr som huvudboken.": for the report's notes. */
export function assumedUnitNote(unit: SheetUnit): string | undefined {
  if (!unit.assumed) return undefined;
  return `${SHEET_WORD[unit.role]} anger ingen enhet; beloppen har lästs i ${UNIT_WORD[unit.unit]} som huvudboken.`;
}

export const SHEET_WORD = {
  explanations: "Förklaringsbladet",
  investments: "Investeringsbladet",
  adjustments: "Justeringsbladet",
} as const;

export const UNIT_WORD: Record<Unit, string> = { kr: "kronor", tkr: "tkr", mkr: "mkr" };
