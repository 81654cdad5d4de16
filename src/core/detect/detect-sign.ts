import type { CellValue, SheetGrid } from "../model/grid";
import { cellText, columnIndex } from "../model/grid";
import type { LedgerSheet, SignConvention } from "../settings/settings";
import { accountCode, namesKommunbidrag } from "../values/classify-account";
import { readAmount, wholeOre } from "../values/parse-amount";
import { ValueCache } from "../values/value-cache";
import { normalizeHeader } from "../values/normalize-text";

type Ledgers = readonly { sheet: SheetGrid; layout: LedgerSheet }[];

/**
 * The input's sign convention, by Kommun-Bas: income (class 3) stored positive and costs (classes 4–7)
 * negative means "income positive"; the reverse is a ledger's usual debit-positive net cost. Each
 * non-zero amount votes. Without accounts, a note above the header ("Intäkter positiva") decides.
 * The engine counts the same votes while it reads the ledger (one pass over the rows, see
 * readLedgerSheet); this is the rule on its own, for when the engine stops before reading.
 */
export function detectSign(ledgers: Ledgers): SignConvention | undefined {
  const votes = new SignVotes();
  for (const { sheet, layout } of ledgers) {
    const account = columnIndex(layout.columns.account ?? "");
    const accountName = columnIndex(layout.columns.accountName ?? "");
    const amountCols = signVoteColumns(layout);
    if (account === undefined) continue;
    const classOf = new ValueCache((v) => signClassOf(accountCode(v)));
    const named = new ValueCache(namesKommunbidrag);
    for (let r = layout.headerRow; r < sheet.rows.length; r++) {
      const row = sheet.rows[r];
      if (!row) continue;
      const cls = classOf.get(row[account]);
      const income = cls === INCOME || (accountName !== undefined && named.get(row[accountName]));
      if (income || cls === COST) votes.vote(row, amountCols, income);
    }
  }
  return votes.verdict() ?? signFromNotes(ledgers);
}

/** Kommun-Bas class of an account for the sign vote: income (class 3), cost (4–7) or neither. */
export type SignClass = typeof NONE | typeof INCOME | typeof COST;
export const NONE = 0;
export const INCOME = 1;
export const COST = 2;

export function signClassOf(accountCode: string): SignClass {
  const c = accountCode.charAt(0);
  return c === "3" ? INCOME : c >= "4" && c <= "7" ? COST : NONE;
}

/** The columns whose amounts vote: annual budget, outcome, forecast and every month. */
export function signVoteColumns(layout: LedgerSheet): Int32Array {
  const letters = [
    layout.columns.annualBudget,
    layout.columns.outcome,
    layout.columns.forecast,
    ...Object.values(layout.columns.months ?? {}),
    ...Object.values(layout.columns.budgetMonths ?? {}),
  ];
  return Int32Array.from(
    letters
      .map((l) => (l === undefined ? undefined : columnIndex(l)))
      .filter((c): c is number => c !== undefined),
  );
}

const ORE_PER_KRONA = 100;

/** The votes of the ledger rows read so far. */
export class SignVotes {
  incomePositive = 0;
  netCostPositive = 0;

  /** The votes of one row of an income (or else cost) account: each non-zero amount, read as kronor. */
  vote(row: readonly CellValue[], amountCols: Int32Array, income: boolean): void {
    for (let i = 0; i < amountCols.length; i++) {
      const value = row[amountCols[i] ?? 0];
      const ore = wholeOre(value, ORE_PER_KRONA);
      this.voteOre(ore === ore ? ore : anyOre(value), income);
    }
  }

  /** One amount's vote, in öre as kronor read it: none when zero. */
  voteOre(ore: number, income: boolean): void {
    if (ore === 0) return;
    if (ore > 0 === income) this.incomePositive++;
    else this.netCostPositive++;
  }

  /** The convention the votes decide; undefined on a tie (no votes at all, typically). */
  verdict(): SignConvention | undefined {
    if (this.incomePositive > this.netCostPositive) return "incomePositive";
    if (this.netCostPositive > this.incomePositive) return "netCostPositive";
    return undefined;
  }
}

/** The amount in öre of any cell, as kronor; zero when it cannot be read. */
function anyOre(value: CellValue | undefined): number {
  const a = readAmount(value, "kr");
  return a.ok ? a.money : 0;
}

export function signFromNotes(ledgers: Ledgers): SignConvention | undefined {
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
