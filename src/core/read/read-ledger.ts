import { FIELD, FIELD_COUNT, REPORT_FIELD_COUNT, addAmounts } from "./ledger-totals";
import { issue } from "../messages";
import type { CellValue, SheetGrid } from "../model/grid";
import { cellRef, columnIndex, isBlank } from "../model/grid";
import type { Issue } from "../model/issue";
import { hasErrors } from "../model/issue";
import type { LedgerSheet } from "../settings/settings";
import { UNCLASSIFIED } from "../settings/settings";
import { AmountReader } from "./amount-reader";
import { levelIssue } from "./level-issue";
import { checkIssues, ledgerChecks } from "./ledger-checks";
import { pivotRows } from "./pivot-ledger";
import { COST, INCOME, signVoteColumns } from "../detect/detect-sign";
import { unitScaleOre } from "../money";
import type { Columns, LedgerContext, LevelFact } from "./ledger-cells";
import { LedgerCells } from "./ledger-cells";
import { wholeOre } from "../values/parse-amount";
import { SubtotalChecker } from "./subtotals";

export type { LedgerContext } from "./ledger-cells";

const ANNUAL = FIELD.annualBudget;
const PERIOD = FIELD.periodBudget;
const OUTCOME = FIELD.outcome;
const FORECAST = FIELD.forecast;

/**
 * Reads one ledger sheet into the totals: every data row's amounts, in the net-cost sign, under its
 * anslagsbindningsnivå and report line. Subtotal rows are checked, not added. Problems in cells become
 * issues naming the cell; a row with an unreadable amount adds nothing. When the sign is to be
 * detected, each row also casts its votes (detectSign's rule) in the same pass.
 *
 * This is the hot loop of a million-row ledger, written to stay close to a plain floating-point sum:
 * what a label cell means is worked out once per distinct value (LedgerCells) and looked up again only
 * when it differs from the row above; amounts that are whole öre take a path without allocation; cell
 * references are made only for issues.
 */
export function readLedgerSheet(sheet: SheetGrid, layout: LedgerSheet, ctx: LedgerContext): Issue[] {
  const issues: Issue[] = [];
  const resolved = resolveColumns(layout, ctx);
  // A PivotTable's output: its plan says which rows to count and each one's level; the rest were checked.
  const pivot = layout.form === "pivot" ? pivotRows(sheet, layout, resolved, ctx) : undefined;
  if (pivot) {
    issues.push(...pivot.issues);
    if (hasErrors(pivot.issues)) return issues;
  }
  const cols = pivot?.accountColumn !== undefined ? { ...resolved, account: pivot.accountColumn } : resolved;
  const sign = ctx.sign;
  const checker = new SubtotalChecker(sheet.name, FIELD_COUNT);
  const amounts = new AmountReader(sheet.name, layout.unit, issues);
  const cells = new LedgerCells(ctx, cols);
  const checks = ledgerChecks(sheet, layout, ctx);
  const votes = cols.account === undefined ? undefined : ctx.signVotes;
  const voteCols = signVoteColumns(layout);
  // in kronor and with no month columns, the row's amounts as read are the cells the vote reads
  const votesFromRaw =
    layout.unit === "kr" &&
    Object.keys(layout.columns.months ?? {}).length === 0 &&
    Object.keys(layout.columns.budgetMonths ?? {}).length === 0;
  const scale = unitScaleOre(layout.unit);
  const fieldCols = Int32Array.from(cols.fields, (c) => c ?? -1);
  // the comparison fields are read only when the sheet has one of their columns: a ledger without them
  // loops over the report's four figures, as it always did
  const fieldEnd = cols.fields.slice(REPORT_FIELD_COUNT).some((c) => c !== undefined)
    ? FIELD_COUNT
    : REPORT_FIELD_COUNT;

  const levelCol = cells.levelColumn;
  const accountCol = cols.account ?? -1;
  const nameCol = cols.accountName ?? -1;
  const raw = new Float64Array(FIELD_COUNT);
  const present = new Uint8Array(FIELD_COUNT);
  // the label cells of the row above and what they mean (NaN equals no cell value)
  let levelValue: CellValue | undefined = NaN;
  let level: LevelFact | undefined;
  let accountValue: CellValue | undefined = NaN;
  let account = cells.noAccount;
  let nameValue: CellValue | undefined = NaN;
  let name = cells.noName;
  let accountMissing: string | undefined;
  // the sum of |amount| over the data rows, for the proof of exactness (LedgerTotals): one addition per
  // row in a local double, added to the totals' once at the end
  let magnitude = 0;
  const rows = sheet.rows;

  for (let r = layout.headerRow; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    if (pivot) {
      const top = pivot.levels[r];
      if (top === undefined) continue;
      if (top !== levelValue) level = cells.level((levelValue = top));
    } else if (levelCol >= 0 && row[levelCol] !== levelValue)
      level = cells.level((levelValue = row[levelCol]));
    if (accountCol >= 0 && row[accountCol] !== accountValue)
      account = cells.account((accountValue = row[accountCol]));
    if (nameCol >= 0 && row[nameCol] !== nameValue) name = cells.name((nameValue = row[nameCol]));

    amounts.startRow(r);
    let any = false;
    let size = 0; // the row's |amounts|
    for (let f = 0; f < fieldEnd; f++) {
      const col = fieldCols[f] ?? -1;
      let ore = NaN; // NaN: empty or unreadable
      if (col >= 0) {
        const value = row[col];
        ore = wholeOre(value, scale);
        if (ore !== ore && value !== null && value !== undefined) ore = amounts.read(value, col);
      } else if (f === OUTCOME && cols.months.length > 0) ore = amounts.sum(row, cols.months);
      else if (f === ANNUAL && cols.budgetMonths.length > 0) ore = amounts.sum(row, cols.budgetMonths);
      else if (f === PERIOD && cols.budgetMonthsToPeriod.length > 0)
        ore = amounts.sum(row, cols.budgetMonthsToPeriod);
      const found = ore === ore;
      const amount = found ? ore : 0;
      any ||= found;
      raw[f] = amount;
      present[f] = found ? 1 : 0;
      size += Math.abs(amount);
    }
    if (votes) {
      const income = account.signClass === INCOME || name.kommunbidrag;
      if (votesFromRaw && (income || account.signClass === COST)) {
        // in kronor, what was just read is what the vote reads
        votes.voteOre(raw[ANNUAL] ?? 0, income);
        votes.voteOre(raw[OUTCOME] ?? 0, income);
        votes.voteOre(raw[FORECAST] ?? 0, income);
      } else if (income || account.signClass === COST) votes.vote(row, voteCols, income);
    }

    // A subtotal's label in another text column is looked for only on rows lacking an account or a
    // level, as subtotal rows do: a data row with both pays nothing for the columns it has.
    const known = (level?.subtotal ?? false) || account.subtotal || name.subtotal;
    const label =
      pivot || !(known || account.code === "" || level?.name === undefined)
        ? undefined
        : cells.subtotalLabel(row, known);
    if (label !== undefined) {
      // past 2^53 the checker's sums may be inexact: no verdict from them (the engine refuses the sums)
      if (!amounts.bad && any && magnitude + amounts.magnitude <= Number.MAX_SAFE_INTEGER) {
        const levelText = cols.level === undefined ? undefined : level?.name;
        const problem = checkSubtotal(checker, label, levelText, raw, present, cols, r);
        if (problem) issues.push(problem);
      }
      continue;
    }
    if (amounts.bad || !any) continue;
    checks.deviations?.checkRow(r, row, raw);
    checks.annual?.checkRow(r, row, present[ANNUAL] ? (raw[ANNUAL] ?? 0) : NaN);
    const levelName = level?.name;
    // a row of zeros with no level (a template or formula row) carries nothing: no error for it
    const noLevel =
      cols.level !== undefined ? levelName === undefined : cols.key === undefined || isBlank(row[cols.key]);
    if (noLevel && size === 0) continue;
    magnitude += size;
    if (level === undefined || levelName === undefined) {
      const problem = levelIssue(row, r, cols, ctx, sheet.name);
      if (problem) issues.push(problem);
      checker.addDataRow(undefined, raw, fieldEnd);
      continue;
    }

    if (level.slot < 0) cells.place(level, levelName, checker);
    checker.addDataRow(level.sums, raw, fieldEnd);
    const line = cells.line(row, account, name.kommunbidrag);
    if (line === ctx.unclassifiedLine) {
      if (account.code === "") accountMissing ??= cellRef(r, cols.account ?? 0);
      else if (!ctx.unclassified.has(account.code))
        ctx.unclassified.set(account.code, { sheet: sheet.name, cell: cellRef(r, cols.account ?? 0) });
    }
    addAmounts(ctx.totals, level.slot, line, raw, sign, fieldEnd);
  }
  ctx.totals.magnitude += magnitude + amounts.magnitude;
  issues.push(...checkIssues(checks));
  if (amounts.rounded > 0)
    issues.push(
      issue("amounts-rounded", { count: amounts.rounded }, { sheet: sheet.name, cell: amounts.firstRounded }),
    );
  if (accountMissing !== undefined && cols.account !== undefined) {
    issues.push(
      issue("account-missing", { line: UNCLASSIFIED }, { sheet: sheet.name, cell: accountMissing }),
    );
  }
  if (cols.account === undefined) issues.push(issue("no-account-column", undefined, { sheet: sheet.name }));
  return issues;
}

/**
 * A subtotal row checked against the data rows above it. Out of the loop on purpose: a closure there
 * that captured the row number would cost every row an allocation.
 */
function checkSubtotal(
  checker: SubtotalChecker,
  label: string,
  levelText: string | undefined,
  raw: Float64Array,
  present: Uint8Array,
  cols: Columns,
  r: number,
): Issue | undefined {
  return checker.checkSubtotal(
    label,
    levelText,
    Array.from(present, (p, f) => (p ? raw[f] : undefined)),
    cols.fields.map((col) => (col === undefined ? "" : cellRef(r, col))),
  );
}

function resolveColumns(layout: LedgerSheet, ctx: LedgerContext): Columns {
  const c = layout.columns;
  const idx = (letter: string | undefined): number | undefined =>
    letter === undefined ? undefined : columnIndex(letter);
  const dims = Object.entries(c.dimensions ?? {});
  const keyEntry = ctx.mapping
    ? dims.find(([name]) => sameHeader(name, ctx.mapping?.dimension ?? ""))
    : undefined;
  const monthCols = (months: Record<string, string> | undefined, through: number): number[] =>
    Object.entries(months ?? {})
      .filter(([m]) => Number(m) <= through)
      .map(([, letter]) => idx(letter))
      .filter((i): i is number => i !== undefined);
  const months = monthCols(c.months, ctx.period.month);
  // budget months make the annual budget (a "Helår" column beside them is only checked) and the period's
  const budgetMonths = monthCols(c.budgetMonths, 12);
  const budgetMonthsToPeriod = monthCols(c.budgetMonths, ctx.period.month);
  const byMonths = budgetMonths.length > 0;
  const level = idx(c.level);
  const account = idx(c.account);
  const accountName = idx(c.accountName);
  const key = keyEntry
    ? idx(keyEntry[1])
    : c.account && ctx.mapping && sameHeader(ctx.mapping.dimension, "konto")
      ? account
      : undefined;
  // A subtotal's label can stand in any text column: every column before the first amount is a label
  // column, named by its header or not ("Text", "Benämning").
  const amountCols = [
    c.annualBudget,
    c.periodBudget,
    c.outcome,
    c.forecast,
    c.previousForecast,
    c.lastYearOutcome,
    c.lastYearFinal,
  ]
    .map(idx)
    .concat(months, monthCols(c.budgetMonths, 12))
    .filter((i): i is number => i !== undefined);
  const firstAmount = amountCols.length > 0 ? Math.min(...amountCols) : 0;
  const leading = Array.from({ length: firstAmount }, (_, i) => i);
  const labels = [level, accountName, ...dims.map(([, l]) => idx(l)), account, 0, ...leading].filter(
    (i): i is number => i !== undefined,
  );
  // every field present, undefined or not: one object shape for the hot loop, whatever the layout
  return {
    level,
    account,
    accountName,
    key,
    labels: [...new Set(labels)],
    fields: [
      byMonths ? undefined : idx(c.annualBudget),
      byMonths ? undefined : idx(c.periodBudget),
      idx(c.outcome),
      idx(c.forecast),
      idx(c.previousForecast),
      idx(c.lastYearOutcome),
      idx(c.lastYearFinal),
    ],
    months,
    budgetMonths,
    budgetMonthsToPeriod,
  };
}

export function sameHeader(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
