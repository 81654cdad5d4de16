import { issue } from "../messages";
import type { CellValue, SheetGrid } from "../model/grid";
import { cellRef, cellText, columnIndex, isBlank } from "../model/grid";
import type { Issue } from "../model/issue";
import { MONTH_NAMES } from "../model/period";
import type { LongLedgerSheet } from "../settings/settings";
import { kindKey, monthOf, periodCode, withYear, yearCode, yearOf } from "../values/long-values";
import { readAmount } from "../values/parse-amount";
import { isSubtotalLabel } from "../values/subtotal-label";
import { ValueCache } from "../values/value-cache";
import type { DetectionEntry } from "./detection";
import type { KindMeaning, LongKindRole } from "./long-kinds";
import { kindMeaning } from "./long-kinds";

/** One distinct value of the kind column and what its rows hold. */
export type LongKindValue = {
  /** the value as kindKey gives it: the plan's key */
  key: string;
  /** as first written, and the first cell it is in */
  text: string;
  cell: string;
  /** what the value says; `role` is the user's choice where the options give one */
  meaning: KindMeaning;
  /** every month with rows, as YYYYMM (year 0: neither the row nor the value states one) → its first row (0-based) */
  months: ReadonlyMap<number, number>;
  rows: number;
};

/** The period the data states: the last month with outcome. */
export type LongPeriod = {
  /** undefined when neither the periods, a year column nor the kind values state one */
  year?: number;
  month: number;
  /** the period cell of the first outcome row of that month, and its text */
  cell: string;
  header: string;
};

export type LongScan = {
  sheet: string;
  /** zero-based columns of the kind and the period (or month), for cells in reasons */
  kindColumn: number;
  periodColumn: number;
  kinds: LongKindValue[];
  period?: LongPeriod;
  detection: DetectionEntry[];
  issues: Issue[];
};

export type LongScanOptions = {
  /** the user's meaning of kind values (by kindKey), over what the values say: "ignore" counts nothing */
  kinds?: Readonly<Record<string, LongKindRole | "ignore">>;
};

type Facts = {
  key: string;
  text: string;
  first: number;
  meaning: KindMeaning;
  months: Map<number, number>;
  rows: number;
};

/**
 * One pass over the kind, period and (for outcome) amount cells of long data: the distinct kind
 * values and what each means, the months each has rows in, and the period — the last month with
 * outcome (a non-zero amount) of the latest year with outcome. Unknown kind values are warned about,
 * once each, at their first cell; rows of a known kind whose period cannot be read are an error. What
 * is added to which figure is planLongSheet's (plan-long.ts), for this period or another one.
 */
export function scanLongSheet(
  sheet: SheetGrid,
  layout: LongLedgerSheet,
  options: LongScanOptions = {},
): LongScan {
  const c = layout.columns;
  const kindCol = columnIndex(c.kind) ?? -1;
  const timeCol = columnIndex(c.period ?? c.month ?? "") ?? -1;
  const yearCol = columnIndex(c.year ?? "") ?? -1;
  const amountCol = columnIndex(c.amount) ?? -1;
  const labelCols = labelColumns(layout, kindCol, timeCol);
  const byKey = new Map<string, Facts>();
  const kinds = new ValueCache<Facts | undefined>((v) => {
    const key = kindKey(v);
    if (key === "" || isSubtotalLabel(key)) return undefined;
    let facts = byKey.get(key);
    if (!facts) {
      const meaning = kindMeaning(key);
      const chosen = options.kinds?.[key];
      facts = {
        key,
        text: cellText(v),
        first: -1,
        meaning:
          chosen === undefined ? meaning : { ...meaning, role: chosen === "ignore" ? undefined : chosen },
        months: new Map(),
        rows: 0,
      };
      byKey.set(key, facts);
    }
    return facts;
  });
  const times = new ValueCache(periodCode);
  const years = new ValueCache(yearCode);
  let unreadable = 0;
  let firstUnreadable = -1;
  // the last outcome month (YYYYMM) with a non-zero amount, and with any row at all
  let lastOutcome = -1;
  let lastOutcomeRow = -1;
  let lastOutcomeAny = -1;
  let lastOutcomeAnyRow = -1;
  let lastFacts: Facts | undefined;
  let lastTime = NaN;

  const rows = sheet.rows;
  for (let r = layout.headerRow; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    const facts = kinds.get(row[kindCol]);
    if (!facts) continue;
    if (facts.rows++ === 0) facts.first = r;
    if (facts.meaning.role === undefined) continue;
    let time = times.get(row[timeCol]);
    if (time !== time) {
      if (!isBlank(row[amountCol]) && !isSubtotalRow(row, labelCols) && unreadable++ === 0)
        firstUnreadable = r;
      continue;
    }
    if (yearOf(time) === 0)
      time = withYear(time, yearCol >= 0 ? years.get(row[yearCol]) : 0, facts.meaning.year ?? 0);
    if (facts !== lastFacts || time !== lastTime) {
      if (!facts.months.has(time)) facts.months.set(time, r);
      lastFacts = facts;
      lastTime = time;
    }
    if (facts.meaning.role === "outcome") {
      if (time > lastOutcomeAny) {
        lastOutcomeAny = time;
        lastOutcomeAnyRow = r;
      }
      if (time > lastOutcome && isNonZero(row[amountCol])) {
        lastOutcome = time;
        lastOutcomeRow = r;
      }
    }
  }

  const issues: Issue[] = [];
  const values = [...byKey.values()].filter((f) => f.rows > 0);
  for (const f of values) {
    const why = f.meaning.unknownBecause;
    if (f.meaning.role === undefined && why && options.kinds?.[f.key] !== "ignore")
      issues.push(
        issue(
          "long-kind-unknown",
          { value: f.text, why },
          { sheet: sheet.name, cell: cellRef(f.first, kindCol) },
        ),
      );
  }
  if (unreadable > 0) {
    const place = { sheet: sheet.name, cell: cellRef(firstUnreadable, timeCol) };
    const shown = cellText(rows[firstUnreadable]?.[timeCol]) || "(tom)";
    issues.push(issue("long-period-unreadable", { shown, count: unreadable }, place));
  }
  const found =
    lastOutcome >= 0
      ? { time: lastOutcome, row: lastOutcomeRow, nonZero: true }
      : lastOutcomeAny >= 0
        ? { time: lastOutcomeAny, row: lastOutcomeAnyRow, nonZero: false }
        : undefined;
  const period = found && {
    ...(yearOf(found.time) > 0 ? { year: yearOf(found.time) } : {}),
    month: monthOf(found.time),
    cell: cellRef(found.row, timeCol),
    header: cellText(rows[found.row]?.[timeCol]),
  };
  return {
    sheet: sheet.name,
    kindColumn: kindCol,
    periodColumn: timeCol,
    kinds: values.map((f) => ({
      key: f.key,
      text: f.text,
      cell: cellRef(f.first, kindCol),
      meaning: f.meaning,
      months: f.months,
      rows: f.rows,
    })),
    ...(period ? { period } : {}),
    detection: [periodDetection(sheet.name, period, found?.nonZero ?? false)],
    issues,
  };
}

function periodDetection(sheet: string, period: LongPeriod | undefined, nonZero: boolean): DetectionEntry {
  if (!period)
    return {
      sheet,
      role: "period",
      chosen: null,
      rule: "no-outcome",
      reason: "inga rader med utfall",
      rejected: [],
    };
  const when = monthText(period.month, period.year);
  return {
    sheet,
    role: "period",
    chosen: { cell: period.cell, header: period.header },
    rule: nonZero ? "last-outcome-month" : "last-outcome-row",
    reason: nonZero
      ? `sista månaden med utfall: ${when}`
      : `sista månaden med utfallsrader (alla utfallsbelopp är 0): ${when}`,
    rejected: [],
  };
}

/** "augusti 2024"; "augusti" when no year is known. */
export function monthText(month: number, year: number | undefined): string {
  const name = MONTH_NAMES[month - 1] ?? String(month);
  return year === undefined || year === 0 ? name : `${name} ${year}`;
}

/** A cell with an amount that is not zero, as any unit reads it (only for a month later than any seen). */
function isNonZero(value: CellValue | undefined): boolean {
  if (typeof value === "number") return value !== 0;
  const a = readAmount(value, "kr");
  return a.ok && a.money !== 0;
}

function labelColumns(layout: LongLedgerSheet, kindCol: number, timeCol: number): number[] {
  const c = layout.columns;
  const letters = [c.level, c.account, c.accountName, ...Object.values(c.dimensions ?? {})];
  const cols = letters.map((l) => (l === undefined ? undefined : columnIndex(l)));
  return [...cols.filter((i): i is number => i !== undefined), kindCol, timeCol];
}

/** "Summa …", "Totalt" in any label cell: a subtotal row, whose period may well be blank. */
function isSubtotalRow(row: readonly CellValue[], cols: readonly number[]): boolean {
  return cols.some((col) => {
    const v = row[col];
    return typeof v === "string" && isSubtotalLabel(v);
  });
}

/** The months (1–12) of the year with rows, or of no stated year, each with its first row; by month. */
export function monthsIn(k: LongKindValue, year: number): [number, number][] {
  const first = new Map<number, number>();
  for (const [t, row] of k.months) {
    const m = monthOf(t);
    if ((yearOf(t) === year || yearOf(t) === 0) && row < (first.get(m) ?? Infinity)) first.set(m, row);
  }
  return [...first].sort((a, b) => a[0] - b[0]);
}
