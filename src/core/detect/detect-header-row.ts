import type { SheetGrid } from "../model/grid";
import { cellText } from "../model/grid";
import { resolveFourDigits } from "./header-period";
import type { HeaderReading } from "./header-words";
import { readHeader } from "./header-words";

export const HEADER_SEARCH_ROWS = 30;

export type HeaderCell = { col: number; text: string; reading: HeaderReading };

export type HeaderRow = { row: number; cells: HeaderCell[] };

/**
 * The row's four-digit tokens settled together ("Utfall 1904" beside "Utfall 2004": both YYMM), with
 * the years the titles name: each reading's year and month as its row says.
 */
export function settleRowTime(header: HeaderRow, titleYears: readonly number[]): HeaderRow {
  const { readings } = resolveFourDigits(
    header.cells.map((c) => c.reading.time),
    titleYears,
  );
  return {
    row: header.row,
    cells: header.cells.map((c, i) => {
      const time = readings[i] ?? c.reading.time;
      const reading: HeaderReading = { ...c.reading, time };
      delete reading.year;
      delete reading.month;
      if (time.year !== undefined) reading.year = time.year;
      if (time.month !== undefined) reading.month = time.month;
      // "Budget 2004" read as April 2020 names a month: the period's budget, not the year's
      if (reading.meaning.kind === "annualBudget" && time.month !== undefined)
        reading.meaning = { kind: "periodBudget" };
      return { ...c, reading };
    }),
  };
}

const AMOUNT_KINDS = new Set([
  "annualBudget",
  "periodBudget",
  "outcome",
  "forecast",
  "month",
  "explanationAmount",
]);
const KEY_KINDS = new Set(["level", "account", "accountName", "dimension", "explanationText"]);

/**
 * Finds the header row among the first 30: the row with most recognised column headers that names
 * at least one key column (level, account, dimension or explanation) — title rows, notes and blank
 * rows above it are passed over. Undefined when no row qualifies.
 */
export function detectHeaderRow(sheet: SheetGrid): HeaderRow | undefined {
  let best: HeaderRow | undefined;
  let bestScore = 1;
  const last = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const cells = readHeaderCells(sheet, r);
    const kinds = cells.map((c) => c.reading.meaning.kind);
    const hasKey = kinds.some((k) => KEY_KINDS.has(k));
    const hasAmountOrLevel = kinds.some((k) => AMOUNT_KINDS.has(k) || k === "level");
    const score = kinds.filter((k) => k !== "derived").length;
    if (hasKey && hasAmountOrLevel && score > bestScore) {
      best = { row: r, cells };
      bestScore = score;
    }
  }
  return best;
}

function readHeaderCells(sheet: SheetGrid, row: number): HeaderCell[] {
  const cells: HeaderCell[] = [];
  const values = sheet.rows[row] ?? [];
  values.forEach((value, col) => {
    const text = cellText(value);
    if (typeof value !== "string" || text === "") return;
    const reading = readHeader(text);
    if (reading) cells.push({ col, text, reading });
  });
  return cells;
}
