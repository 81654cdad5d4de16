import { cellText, columnIndex } from "../model/grid";
import type { SheetGrid } from "../model/grid";
import type { Issue } from "../model/issue";
import type { LedgerSheet } from "../settings/settings";
import { AnnualCheck } from "./annual-check";
import { DeviationCheck } from "./deviation-check";
import type { LedgerContext } from "./ledger-cells";

/**
 * The row checks of one ledger sheet, made only when the sheet has something to check: its own
 * deviation columns ("Avvikelse"), and a "Helår" column beside budget months. Neither is ever read as
 * a figure; a row that disagrees is a warning naming its cell.
 */
export type LedgerChecks = {
  deviations?: DeviationCheck;
  annual?: AnnualCheck;
};

export function ledgerChecks(sheet: SheetGrid, layout: LedgerSheet, ctx: LedgerContext): LedgerChecks {
  const headerRow = sheet.rows[layout.headerRow - 1] ?? [];
  const column = (letter: string): { col: number; header: string } | undefined => {
    const col = columnIndex(letter);
    return col === undefined ? undefined : { col, header: cellText(headerRow[col]) };
  };
  const c = layout.columns;
  const deviationColumns = (c.deviations ?? []).flatMap((l) => column(l) ?? []);
  const byMonths = Object.keys(c.budgetMonths ?? {}).length > 0;
  const total = byMonths && c.annualBudget ? column(c.annualBudget) : undefined;
  return {
    ...(deviationColumns.length > 0
      ? {
          deviations: new DeviationCheck({
            sheet: sheet.name,
            unit: layout.unit,
            columns: deviationColumns,
            hasForecast: ctx.hasForecast,
            ...(ctx.periodisation === "linear" ? { linearMonths: ctx.period.month } : {}),
          }),
        }
      : {}),
    ...(total ? { annual: new AnnualCheck({ sheet: sheet.name, unit: layout.unit, total }) } : {}),
  };
}

export function checkIssues(checks: LedgerChecks): Issue[] {
  return [...(checks.deviations?.issues() ?? []), ...(checks.annual?.issues() ?? [])];
}
