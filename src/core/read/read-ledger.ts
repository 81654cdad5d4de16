import type { LedgerTotals } from "../compute/ledger-totals";
import { FIELD_COUNT, addAmount, levelSlot } from "../compute/ledger-totals";
import { issue } from "../messages";
import type { CellValue, SheetGrid } from "../model/grid";
import { cellRef, cellText, columnIndex, isBlank } from "../model/grid";
import type { Issue } from "../model/issue";
import type { Period } from "../model/period";
import type { LedgerSheet, SignConvention } from "../settings/settings";
import { UNCLASSIFIED } from "../settings/settings";
import { accountCode, namesKommunbidrag } from "./classify-account";
import type { AmountReading } from "./parse-amount";
import { readAmount } from "./parse-amount";
import type { LevelMapping } from "./read-level-mapping";
import { lookupLevel } from "./read-level-mapping";
import { SubtotalChecker, isSubtotalLabel } from "./subtotals";

export type LedgerContext = {
  period: Period;
  inputSign: SignConvention;
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

type Columns = {
  level?: number;
  account?: number;
  accountName?: number;
  key?: number;
  labels: number[];
  /** field index → column; outcome from month columns when there is no outcome column */
  fields: (number | undefined)[];
  months: number[];
};

/**
 * Reads one ledger sheet into the totals: every data row's amounts, in the net-cost sign, under its
 * anslagsbindningsnivå and report line. Subtotal rows are checked, not added. Problems in cells become
 * issues naming the cell; a row with an unreadable amount adds nothing.
 */
export function readLedgerSheet(sheet: SheetGrid, layout: LedgerSheet, ctx: LedgerContext): Issue[] {
  const issues: Issue[] = [];
  const cols = resolveColumns(layout, ctx);
  const sign = ctx.inputSign === "incomePositive" ? -1 : 1;
  const checker = new SubtotalChecker(sheet.name, FIELD_COUNT);
  let rounded = 0;
  let firstRounded = "";
  let accountMissing: string | undefined;
  const raw = new Array<number>(FIELD_COUNT).fill(0);
  const present = new Array<boolean>(FIELD_COUNT).fill(false);
  const cellsOf = new Array<string>(FIELD_COUNT).fill("");

  for (let r = layout.headerRow; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    let bad = false;
    let any = false;
    const read = (col: number | undefined): number | undefined => {
      if (col === undefined) return undefined;
      const value = row[col];
      if (value === null || value === undefined) return undefined;
      if (typeof value === "string" && value.trim() === "") return undefined;
      const reading: AmountReading = readAmount(value, layout.unit);
      if (!reading.ok) {
        issues.push(
          issue(
            `amount-${reading.problem}`,
            { shown: reading.shown },
            { sheet: sheet.name, cell: cellRef(r, col) },
          ),
        );
        bad = true;
        return undefined;
      }
      if (reading.rounded && rounded++ === 0) firstRounded = cellRef(r, col);
      any = true;
      return reading.money;
    };
    for (let f = 0; f < FIELD_COUNT; f++) {
      const col = cols.fields[f];
      let v: number | undefined;
      if (f === 2 && col === undefined && cols.months.length > 0) {
        for (const m of cols.months) {
          const mv = read(m);
          if (mv !== undefined) v = (v ?? 0) + mv;
        }
      } else v = read(col);
      raw[f] = v ?? 0;
      present[f] = v !== undefined;
      cellsOf[f] = col === undefined ? "" : cellRef(r, col);
    }
    const label = subtotalLabel(row, cols);
    const levelText = cols.level === undefined ? undefined : cellText(row[cols.level]) || undefined;
    if (label !== undefined) {
      if (!bad && any) {
        const problem = checker.checkSubtotal(
          label,
          levelText,
          present.map((p, f) => (p ? raw[f] : undefined)),
          cellsOf,
        );
        if (problem) issues.push(problem);
      }
      continue;
    }
    if (bad || !any) continue;
    // a row of zeros with no level (a template or formula row) carries nothing: no error for it
    const noLevel =
      cols.level !== undefined ? levelText === undefined : cols.key === undefined || isBlank(row[cols.key]);
    if (noLevel && raw.every((v) => v === 0)) continue;

    const level = resolveLevel(row, r, cols, ctx, sheet.name, issues, levelText);
    checker.addDataRow(level, raw);
    if (level === undefined) continue;
    const account = cols.account === undefined ? "" : accountCode(row[cols.account]);
    const line = resolveLine(row, account, cols, ctx);
    if (line === ctx.unclassifiedLine) {
      if (account === "") accountMissing ??= cellRef(r, cols.account ?? 0);
      else if (!ctx.unclassified.has(account))
        ctx.unclassified.set(account, { sheet: sheet.name, cell: cellRef(r, cols.account ?? 0) });
    }
    const levelIndex = levelSlot(ctx.totals, level);
    for (let f = 0; f < FIELD_COUNT; f++) {
      const v = raw[f] ?? 0;
      if (v !== 0) addAmount(ctx.totals, levelIndex, line, f, sign * v);
    }
  }
  if (rounded > 0)
    issues.push(issue("amounts-rounded", { count: rounded }, { sheet: sheet.name, cell: firstRounded }));
  if (accountMissing !== undefined && cols.account !== undefined) {
    issues.push(
      issue("account-missing", { line: UNCLASSIFIED }, { sheet: sheet.name, cell: accountMissing }),
    );
  }
  if (cols.account === undefined) issues.push(issue("no-account-column", undefined, { sheet: sheet.name }));
  return issues;
}

function resolveColumns(layout: LedgerSheet, ctx: LedgerContext): Columns {
  const c = layout.columns;
  const idx = (letter: string | undefined): number | undefined =>
    letter === undefined ? undefined : columnIndex(letter);
  const dims = Object.entries(c.dimensions ?? {});
  const keyEntry = ctx.mapping
    ? dims.find(([name]) => sameHeader(name, ctx.mapping?.dimension ?? ""))
    : undefined;
  const months = Object.entries(c.months ?? {})
    .filter(([m]) => Number(m) <= ctx.period.month)
    .map(([, letter]) => idx(letter))
    .filter((i): i is number => i !== undefined);
  const level = idx(c.level);
  const account = idx(c.account);
  const accountName = idx(c.accountName);
  const key = keyEntry
    ? idx(keyEntry[1])
    : c.account && ctx.mapping && sameHeader(ctx.mapping.dimension, "konto")
      ? account
      : undefined;
  const labels = [level, accountName, ...dims.map(([, l]) => idx(l)), account, 0].filter(
    (i): i is number => i !== undefined,
  );
  return {
    ...(level !== undefined ? { level } : {}),
    ...(account !== undefined ? { account } : {}),
    ...(accountName !== undefined ? { accountName } : {}),
    ...(key !== undefined ? { key } : {}),
    labels: [...new Set(labels)],
    fields: [idx(c.annualBudget), idx(c.periodBudget), idx(c.outcome), idx(c.forecast)],
    months,
  };
}

export function sameHeader(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function subtotalLabel(row: readonly CellValue[], cols: Columns): string | undefined {
  for (const c of cols.labels) {
    const v = row[c];
    if (typeof v === "string" && isSubtotalLabel(v)) return v;
  }
  return undefined;
}

function resolveLevel(
  row: readonly CellValue[],
  r: number,
  cols: Columns,
  ctx: LedgerContext,
  sheet: string,
  issues: Issue[],
  levelText: string | undefined,
): string | undefined {
  if (cols.level !== undefined) {
    if (levelText === undefined)
      issues.push(issue("level-missing", undefined, { sheet, cell: cellRef(r, cols.level) }));
    return levelText;
  }
  if (!ctx.mapping || cols.key === undefined) return undefined;
  const key = cellText(row[cols.key]);
  const level = lookupLevel(ctx.mapping, key);
  if (level === undefined) {
    const place = { sheet, cell: cellRef(r, cols.key) };
    issues.push(
      isBlank(row[cols.key])
        ? issue("level-missing", undefined, place)
        : issue("level-unmapped", { key, dimension: ctx.mapping.dimension }, place),
    );
  }
  return level;
}

function resolveLine(row: readonly CellValue[], account: string, cols: Columns, ctx: LedgerContext): number {
  if (account !== "" && ctx.kommunbidragAccounts.has(account)) return ctx.kommunbidragLine;
  // named in its own column, or beside the number in the account cell: "3911 Kommunbidrag"
  const named = [cols.accountName, cols.account].some((c) => c !== undefined && namesKommunbidrag(row[c]));
  if (named) {
    if (account !== "") ctx.kommunbidragAccounts.add(account);
    return ctx.kommunbidragLine;
  }
  if (cols.account === undefined && cols.labels.some((c) => namesKommunbidrag(row[c])))
    return ctx.kommunbidragLine;
  return ctx.classify(account) ?? ctx.unclassifiedLine;
}
