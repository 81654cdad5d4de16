import { FIELD, FIELD_COUNT, addAmounts, levelSlot } from "./ledger-totals";
import { COST, INCOME } from "../detect/detect-sign";
import { issue } from "../messages";
import { unitScaleOre } from "../money";
import type { CellValue, SheetGrid } from "../model/grid";
import { cellRef, columnIndex, isBlank } from "../model/grid";
import type { Issue } from "../model/issue";
import type { LongLedgerSheet } from "../settings/settings";
import type { LongPlan } from "../detect/plan-long";
import { UNCLASSIFIED } from "../settings/settings";
import { AmountReader } from "./amount-reader";
import { levelIssue } from "./level-issue";
import { sameHeader } from "./read-ledger";
import type { Columns, LedgerContext, LevelFact } from "./ledger-cells";
import { LedgerCells } from "./ledger-cells";
import { kindKey, monthOf, periodCode, withYear, yearCode, yearOf } from "../values/long-values";
import { wholeOre } from "../values/parse-amount";
import { isSubtotalLabel } from "../values/subtotal-label";
import { ValueCache } from "../values/value-cache";

const ANNUAL = FIELD.annualBudget;
const PERIOD = FIELD.periodBudget;
const OUTCOME = FIELD.outcome;
const FORECAST = FIELD.forecast;
const PREVIOUS = FIELD.previousForecast;
const LAST_YEAR = FIELD.lastYearOutcome;
const LAST_YEAR_ANNUAL = FIELD.lastYearAnnualOutcome;

/**
 * Reads long data into the totals as readLedgerSheet reads a ledger: each row's amount, in the
 * net-cost sign, under its anslagsbindningsnivå and report line — added to the figures its kind and
 * month make it (a budget row of month m to the annual budget, and to the period's budget when m is
 * in the period; an outcome row of the period's months to the outcome; the chosen forecast's rows to
 * the forecast, the previous version's to the previous forecast; last year's outcome rows, as the plan
 * says, to the same period last year and to last year's full year). Rows of other years, unknown kinds
 * and older forecasts add nothing; subtotal rows ("Summa …", "Totalt" in any label column) are
 * skipped. One pass: kind, period, year and label cells are worked out once per distinct value; a
 * whole-öre amount takes a path without allocation.
 */
export function readLongLedgerSheet(
  sheet: SheetGrid,
  layout: LongLedgerSheet,
  plan: LongPlan,
  ctx: LedgerContext,
): Issue[] {
  if (plan.period.year !== ctx.period.year || plan.period.month !== ctx.period.month)
    throw new Error("readLongLedgerSheet: the plan was made for another period than the context's");
  const issues: Issue[] = [];
  const cols = resolveColumns(layout, ctx);
  const c = layout.columns;
  const kindCol = columnIndex(c.kind) ?? -1;
  const timeCol = columnIndex(c.period ?? c.month ?? "") ?? -1;
  const yearCol = columnIndex(c.year ?? "") ?? -1;
  const amountCol = columnIndex(c.amount) ?? -1;
  const kinds = new ValueCache((v) => plan.uses.get(kindKey(v)));
  const times = new ValueCache(periodCode);
  const years = new ValueCache(yearCode);
  const { year: periodYear, month: periodMonth } = plan.period;
  const lastYear = periodYear - 1;
  const sign = ctx.sign;
  const amounts = new AmountReader(sheet.name, layout.unit, issues);
  const cells = new LedgerCells(ctx, cols);
  const votes = cols.account === undefined ? undefined : ctx.signVotes;
  const scale = unitScaleOre(layout.unit);
  const levelCol = cells.levelColumn;
  const accountCol = cols.account ?? -1;
  const nameCol = cols.accountName ?? -1;
  const raw = new Float64Array(FIELD_COUNT);
  // the label cells of the row above and what they mean (NaN equals no cell value)
  let levelValue: CellValue | undefined = NaN;
  let level: LevelFact | undefined;
  let accountValue: CellValue | undefined = NaN;
  let account = cells.noAccount;
  let nameValue: CellValue | undefined = NaN;
  let name = cells.noName;
  let accountMissing: string | undefined;
  let kindMissing = 0;
  let firstKindMissing = "";
  // the sum of |amount| over the rows added, for the proof of exactness (LedgerTotals)
  let magnitude = 0;
  const rows = sheet.rows;

  for (let r = layout.headerRow; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    const kindValue = row[kindCol];
    const use = kinds.get(kindValue);
    if (use === undefined) {
      // a row with an amount and no kind at all is counted nowhere: say so (unknown kinds the scan names)
      const amount = row[amountCol];
      if (isBlank(kindValue) && !isBlank(amount) && amount !== 0 && !isSubtotalRow(row, cols.labels))
        if (kindMissing++ === 0) firstKindMissing = cellRef(r, kindCol);
      continue;
    }
    let time = times.get(row[timeCol]);
    if (time !== time) continue; // the scan has named the cell: an error
    if (yearOf(time) === 0) time = withYear(time, yearCol >= 0 ? years.get(row[yearCol]) : 0, use.year);
    const y = yearOf(time);
    const m = monthOf(time);
    // the field the row adds to, and a second one: a row of last year's first months is in both of
    // last year's figures (numbers, not a list: the loop allocates nothing)
    let field = -1;
    let second = -1;
    if (y === periodYear || y === 0) {
      if (use.month === 0 || use.month === m) {
        if (use.role === "budget") field = ANNUAL;
        else if (use.role === "outcome") field = m <= periodMonth ? OUTCOME : -1;
        else field = FORECAST;
      } else if (use.previousMonth === 0 || use.previousMonth === m) field = PREVIOUS;
    } else if (y === lastYear) {
      if (use.lastYearAnnualOutcome) field = LAST_YEAR_ANNUAL;
      if (use.lastYearOutcome && m <= periodMonth) {
        if (field < 0) field = LAST_YEAR;
        else second = LAST_YEAR;
      }
    }
    if (field < 0) continue;

    if (levelCol >= 0 && row[levelCol] !== levelValue) level = cells.level((levelValue = row[levelCol]));
    if (accountCol >= 0 && row[accountCol] !== accountValue)
      account = cells.account((accountValue = row[accountCol]));
    if (nameCol >= 0 && row[nameCol] !== nameValue) name = cells.name((nameValue = row[nameCol]));
    const known = (level?.subtotal ?? false) || account.subtotal || name.subtotal;
    if (cells.subtotalLabel(row, known) !== undefined) continue;

    amounts.startRow(r);
    const value = row[amountCol];
    let ore = wholeOre(value, scale);
    if (ore !== ore && value !== null && value !== undefined) ore = amounts.read(value, amountCol);
    if (ore !== ore) continue; // empty, or unreadable (an issue naming the cell)
    const size = ore < 0 ? -ore : ore;
    if (votes) {
      const income = account.signClass === INCOME || name.kommunbidrag;
      // the sign of the amount as read is the sign of the amount in kronor
      if (income || account.signClass === COST) votes.voteOre(ore, income);
    }
    const levelName = level?.name;
    const noLevel =
      cols.level !== undefined ? levelName === undefined : cols.key === undefined || isBlank(row[cols.key]);
    if (noLevel && size === 0) continue;
    // an amount in two sums counts twice: a comparison may take one of them from the other
    magnitude += second < 0 ? size : size + size;
    if (level === undefined || levelName === undefined) {
      const problem = levelIssue(row, r, cols, ctx, sheet.name);
      if (problem) issues.push(problem);
      continue;
    }
    if (level.slot < 0) level.slot = levelSlot(ctx.totals, levelName);
    const line = cells.line(row, account, name.kommunbidrag);
    if (line === ctx.unclassifiedLine) {
      if (account.code === "") accountMissing ??= cellRef(r, accountCol);
      else if (!ctx.unclassified.has(account.code))
        ctx.unclassified.set(account.code, { sheet: sheet.name, cell: cellRef(r, accountCol) });
    }
    // raw is all zeros between rows: set this row's fields, add them, and clear them again
    raw[field] = ore;
    if (field === ANNUAL && m <= periodMonth) raw[PERIOD] = ore;
    if (second >= 0) raw[second] = ore;
    addAmounts(ctx.totals, level.slot, line, raw, sign, FIELD_COUNT);
    raw[field] = 0;
    raw[PERIOD] = 0;
    if (second >= 0) raw[second] = 0;
  }
  ctx.totals.magnitude += magnitude + amounts.magnitude;
  if (amounts.rounded > 0)
    issues.push(
      issue("amounts-rounded", { count: amounts.rounded }, { sheet: sheet.name, cell: amounts.firstRounded }),
    );
  if (kindMissing > 0)
    issues.push(
      issue("long-kind-missing", { count: kindMissing }, { sheet: sheet.name, cell: firstKindMissing }),
    );
  if (accountMissing !== undefined && cols.account !== undefined)
    issues.push(
      issue("account-missing", { line: UNCLASSIFIED }, { sheet: sheet.name, cell: accountMissing }),
    );
  if (cols.account === undefined) issues.push(issue("no-account-column", undefined, { sheet: sheet.name }));
  return issues;
}

/** "Summa …", "Totalt" in any label cell (only for rows with no kind: the loop asks LedgerCells). */
function isSubtotalRow(row: readonly CellValue[], labels: readonly number[]): boolean {
  return labels.some((col) => {
    const v = row[col];
    return typeof v === "string" && isSubtotalLabel(v);
  });
}

/** The label columns as the ledger's cells read them; long data has no amount columns of its own there. */
function resolveColumns(layout: LongLedgerSheet, ctx: LedgerContext): Columns {
  const c = layout.columns;
  const idx = (letter: string | undefined): number | undefined =>
    letter === undefined ? undefined : columnIndex(letter);
  const dims = Object.entries(c.dimensions ?? {});
  const mapping = ctx.mapping;
  const keyEntry = mapping ? dims.find(([name]) => sameHeader(name, mapping.dimension)) : undefined;
  const level = idx(c.level);
  const account = idx(c.account);
  const accountName = idx(c.accountName);
  const key = keyEntry
    ? idx(keyEntry[1])
    : account !== undefined && mapping && sameHeader(mapping.dimension, "konto")
      ? account
      : undefined;
  const labels = [level, accountName, ...dims.map(([, l]) => idx(l)), account, 0].filter(
    (i): i is number => i !== undefined,
  );
  return {
    level,
    account,
    accountName,
    key,
    labels: [...new Set(labels)],
    fields: Array.from({ length: FIELD_COUNT }, () => undefined),
    months: [],
    budgetMonths: [],
    budgetMonthsToPeriod: [],
  };
}
