import type { SignClass, SignVotes } from "../detect/detect-sign";
import { signClassOf } from "../detect/detect-sign";
import type { LedgerTotals } from "./ledger-totals";
import { levelSlot } from "./ledger-totals";
import type { CellValue } from "../model/grid";
import { cellText } from "../model/grid";
import type { Period } from "../model/period";
import type { Periodisation } from "../settings/settings";
import { accountCode, namesKommunbidrag } from "../values/classify-account";
import type { LevelMapping } from "./read-level-mapping";
import { lookupLevel } from "./read-level-mapping";
import type { SubtotalChecker } from "./subtotals";
import { isSubtotalLabel } from "../values/subtotal-label";
import { ValueCache } from "../values/value-cache";

export type LedgerContext = {
  period: Period;
  /** how the period's budget is made, and whether a forecast is read: for the row checks */
  periodisation: Periodisation;
  hasForecast: boolean;
  /** -1 turns income-positive amounts to the net-cost sign; 1 adds them as they stand */
  sign: 1 | -1;
  /** when the sign is to be detected: the votes, counted while the rows are read */
  signVotes?: SignVotes;
  mapping?: LevelMapping;
  classify: (account: string) => number | undefined;
  kommunbidragLine: number;
  unclassifiedLine: number;
  /** Kommunbidrag accounts: the settings' ones, and those found by name are added */
  kommunbidragAccounts: Set<string>;
  totals: LedgerTotals;
  /** accounts with no report line, with the first cell each was seen in */
  unclassified: Map<string, { sheet: string; cell: string }>;
};

/** Zero-based columns of one ledger sheet. */
export type Columns = {
  level?: number;
  account?: number;
  accountName?: number;
  key?: number;
  labels: number[];
  /** field index → column; outcome from month columns when there is no outcome column */
  fields: (number | undefined)[];
  months: number[];
  /** every budget month (the annual budget), and those through the period (the period's budget) */
  budgetMonths: number[];
  budgetMonthsToPeriod: number[];
};

/**
 * What a level cell's value says: the level (undefined: none), and once its first data row is added,
 * its subtotal sums and its place in the totals.
 */
export type LevelFact = {
  name: string | undefined;
  /** the cell reads as a subtotal label ("Summa …") */
  subtotal: boolean;
  slot: number;
  sums: Float64Array | undefined;
};

/** What an account-name cell's value says. */
export type NameFact = { kommunbidrag: boolean; subtotal: boolean };

/** What an account cell's value says: its code, its report line by prefix, whether it names Kommunbidrag. */
export type AccountFact = {
  code: string;
  subtotal: boolean;
  line: number;
  /** income, cost or neither, for the sign vote */
  signClass: SignClass;
  namesKommunbidrag: boolean;
  /** in the Kommunbidrag accounts, as of when that set had `kommunbidragSize` members (it only grows) */
  kommunbidrag: boolean;
  kommunbidragSize: number;
};

/**
 * What one ledger sheet's label cells mean, worked out once per distinct value rather than per row:
 * the level, the account and its report line, Kommunbidrag by name, subtotal labels.
 */
export class LedgerCells {
  /** the column the level is read from: the level column, or the mapping's key column; -1 for none */
  readonly levelColumn: number;
  readonly noAccount: AccountFact;
  readonly noName: NameFact = { kommunbidrag: false, subtotal: false };
  /** label columns that are not the level's, the account's or the account name's */
  private readonly otherLabels: Int32Array;
  /** their values in the row above and whether each read as a subtotal */
  private readonly otherValues: (CellValue | undefined)[];
  private readonly otherSubtotals: Uint8Array;
  private readonly levels: ValueCache<LevelFact>;
  private readonly accounts: ValueCache<AccountFact>;
  private readonly kommunbidragNames = new ValueCache<boolean>(namesKommunbidrag);
  private readonly names = new ValueCache<NameFact>((v) => ({
    kommunbidrag: this.kommunbidragNames.get(v),
    subtotal: isSubtotalCell(v),
  }));

  constructor(
    private readonly ctx: LedgerContext,
    private readonly cols: Columns,
  ) {
    const mapping = ctx.mapping;
    this.levelColumn = cols.level ?? (mapping ? cols.key : undefined) ?? -1;
    const known = [this.levelColumn, cols.account, cols.accountName];
    this.otherLabels = Int32Array.from(cols.labels.filter((c) => !known.includes(c)));
    // undefined to start with (an empty cell: no subtotal, as the flags say), not NaN: an array of
    // numbers would hold unboxed doubles and box one at every comparison
    this.otherValues = Array.from(this.otherLabels, () => undefined);
    this.otherSubtotals = new Uint8Array(this.otherLabels.length);
    this.levels = new ValueCache<LevelFact>((v) => {
      const text = cellText(v);
      const name = cols.level !== undefined ? text || undefined : mapping && lookupLevel(mapping, text);
      return { name, subtotal: isSubtotalCell(v), slot: -1, sums: undefined };
    });
    const account = (v: CellValue | undefined): AccountFact => {
      const code = accountCode(v);
      return {
        code,
        subtotal: isSubtotalCell(v),
        line: ctx.classify(code) ?? ctx.unclassifiedLine,
        signClass: signClassOf(code),
        namesKommunbidrag: namesKommunbidrag(v),
        kommunbidrag: false,
        kommunbidragSize: -1,
      };
    };
    this.accounts = new ValueCache(account);
    this.noAccount = account(null);
  }

  level(value: CellValue | undefined): LevelFact {
    return this.levels.get(value);
  }

  account(value: CellValue | undefined): AccountFact {
    return this.accounts.get(value);
  }

  name(value: CellValue | undefined): NameFact {
    return this.names.get(value);
  }

  /**
   * The first label cell that reads as a subtotal ("Summa …", "S:a …", "Totalt"), or undefined.
   * `known`: whether the level, account or account-name cell (whose facts say) is one; the other label
   * cells are looked at again only where they differ from the row above.
   */
  subtotalLabel(row: readonly CellValue[], known: boolean): string | undefined {
    const others = this.otherLabels;
    let any = known;
    for (let i = 0; i < others.length; i++) {
      const v = row[others[i] ?? 0];
      if (v !== this.otherValues[i]) {
        this.otherValues[i] = v;
        this.otherSubtotals[i] = isSubtotalCell(v) ? 1 : 0;
      }
      if (this.otherSubtotals[i] === 1) any = true;
    }
    if (!any) return undefined;
    for (const c of this.cols.labels) {
      const v = row[c];
      if (typeof v === "string" && isSubtotalCell(v)) return v;
    }
    return undefined;
  }

  /** Gives the level (named `name`) its subtotal sums and place in the totals when its first data row is added. */
  place(level: LevelFact, name: string, checker: SubtotalChecker): void {
    level.sums ??= checker.levelSums(name);
    if (level.slot < 0) level.slot = levelSlot(this.ctx.totals, name);
  }

  /**
   * The row's report line: Kommunbidrag when its account is one, or when the account or its name says
   * so (`named`: the account name cell does; the account is then one, for the rows after it too); else
   * the line of the account's prefix.
   */
  line(row: readonly CellValue[], account: AccountFact, named: boolean): number {
    const { ctx, cols } = this;
    const known = ctx.kommunbidragAccounts;
    if (account.code !== "" && !account.kommunbidrag && account.kommunbidragSize !== known.size) {
      account.kommunbidrag = known.has(account.code);
      account.kommunbidragSize = known.size;
    }
    if (account.code !== "" && account.kommunbidrag) return ctx.kommunbidragLine;
    if (named || account.namesKommunbidrag) {
      if (account.code !== "") known.add(account.code);
      return ctx.kommunbidragLine;
    }
    if (cols.account === undefined && cols.labels.some((c) => this.kommunbidragNames.get(row[c])))
      return ctx.kommunbidragLine;
    return account.line;
  }
}

/** A label cell that reads as a subtotal: "Summa …", "S:a …", "Totalt". */
function isSubtotalCell(v: CellValue | undefined): boolean {
  return typeof v === "string" && maySumUp(v) && isSubtotalLabel(v);
}

/**
 * False for text that cannot be a subtotal label, judged on its first two characters — "Su", "S:",
 * "To" or "Gr" in any case — or its last word; true when it may be one (leading white space included)
 * and the full test decides.
 */
function maySumUp(text: string): boolean {
  const c = text.charCodeAt(0) | 0x20; // lower case for letters
  const d = text.charCodeAt(1) | 0x20;
  if (c === 0x73) return d === 0x75 || d === 0x3a; // "su", "s:"
  if (c === 0x74) return d === 0x6f; // "to"
  if (c === 0x67 && d === 0x72) return true; // "Grand Total"
  const first = text.charCodeAt(0);
  // a pivot's "Barn och unga Summa", "LSS Totalt": the word last, capitalised
  return first <= 0x20 || first >= 0x7f || endsLikePivotSubtotal(text);
}

/** " Summa", " Total", " Totalt" last (a pivot's subtotal), judged without a regular expression. */
function endsLikePivotSubtotal(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last !== 0x61 && last !== 0x6c && last !== 0x74 && last > 0x20) return false; // a, l, t or a space
  const t = last <= 0x20 ? text.trimEnd() : text;
  return t.endsWith(" Summa") || t.endsWith(" Total") || t.endsWith(" Totalt");
}
