import type { SheetGrid } from "../model/grid";
import { cellText, columnIndex } from "../model/grid";
import type { LedgerSheet, SignConvention } from "../settings/settings";
import { accountCode, namesKommunbidrag } from "../read/classify-account";
import { readAmount } from "../read/parse-amount";
import { normalizeHeader } from "./header-words";

/**
 * The input's sign convention, by Kommun-Bas: income (class 3) stored positive and costs (classes 4–7)
 * negative means "income positive"; the reverse is a ledger's usual debit-positive net cost. Each
 * non-zero amount votes. Without accounts, a note above the header ("Intäkter positiva") decides.
 */
export function detectSign(
  ledgers: readonly { sheet: SheetGrid; layout: LedgerSheet }[],
): SignConvention | undefined {
  let incomePositive = 0;
  let netCostPositive = 0;
  for (const { sheet, layout } of ledgers) {
    const account = columnIndex(layout.columns.account ?? "");
    if (account === undefined) continue;
    const amountCols = [
      layout.columns.annualBudget,
      layout.columns.outcome,
      layout.columns.forecast,
      ...Object.values(layout.columns.months ?? {}),
    ]
      .map((l) => (l === undefined ? undefined : columnIndex(l)))
      .filter((c): c is number => c !== undefined);
    for (let r = layout.headerRow; r < sheet.rows.length; r++) {
      const row = sheet.rows[r];
      if (!row) continue;
      const cls = accountCode(row[account]).charAt(0);
      const income =
        cls === "3" || namesKommunbidrag(row[columnIndex(layout.columns.accountName ?? "") ?? -1]);
      const cost = cls >= "4" && cls <= "7";
      if (!income && !cost) continue;
      for (const c of amountCols) {
        const a = readAmount(row[c], "kr");
        if (!a.ok || a.money === 0) continue;
        if (a.money > 0 === income) incomePositive++;
        else netCostPositive++;
      }
    }
  }
  if (incomePositive > netCostPositive) return "incomePositive";
  if (netCostPositive > incomePositive) return "netCostPositive";
  return signFromNotes(ledgers);
}

function signFromNotes(
  ledgers: readonly { sheet: SheetGrid; layout: LedgerSheet }[],
): SignConvention | undefined {
  for (const { sheet, layout } of ledgers) {
    for (let r = 0; r < layout.headerRow - 1; r++) {
      for (const value of sheet.rows[r] ?? []) {
        const text = normalizeHeader(cellText(value));
        if (/intäkter (är )?positiva|kostnader (är )?negativa/.test(text)) return "incomePositive";
        if (/kostnader (är )?positiva|intäkter (är )?negativa/.test(text)) return "netCostPositive";
      }
    }
  }
  return undefined;
}
