import type { SheetGrid } from "../model/grid";
import { cellText } from "../model/grid";
import type { HeaderReading } from "./header-words";
import { readHeader } from "./header-words";

export const HEADER_SEARCH_ROWS = 30;

export type HeaderCell = { col: number; text: string; reading: HeaderReading };

export type HeaderRow = { row: number; cells: HeaderCell[] };

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
