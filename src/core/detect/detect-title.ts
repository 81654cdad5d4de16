import type { SheetGrid } from "../model/grid";
import { cellRef, cellText } from "../model/grid";
import { readHeaderPeriod } from "./header-period";
import { normalizeHeader } from "../values/normalize-text";

/** What a title row above the header says about the period: "Period: 202408", "Delårsrapport april 2024". */
export type TitleFact = { year: number; month?: number; text: string; sheet: string; cell: string };

/** Dates of printing or export say when the report was run, not which period it covers. */
const NOT_THE_PERIOD = /(utskri|skapad|uttag|körd|printed|exporterad|uppdaterad|datum)/;

/**
 * Reads the rows above the header, each as one text (a pivot's filter puts "Period" and 202408 in two
 * cells): the year, and the month when one is named with it.
 */
export function readTitles(sheet: SheetGrid, headerRow: number): TitleFact[] {
  const facts: TitleFact[] = [];
  for (let r = 0; r < headerRow; r++) {
    const cells = (sheet.rows[r] ?? []).map((v) => cellText(v));
    const first = cells.findIndex((t) => t !== "");
    if (first < 0) continue;
    const text = normalizeHeader(cells.filter((t) => t !== "").join(" "));
    if (NOT_THE_PERIOD.test(text)) continue;
    const time = readHeaderPeriod(text);
    if (time.year === undefined) continue;
    facts.push({
      year: time.year,
      ...(time.month !== undefined ? { month: time.month } : {}),
      text: cells.filter((t) => t !== "").join(" "),
      sheet: sheet.name,
      cell: cellRef(r, first),
    });
  }
  return facts;
}

/** The title words that say a sheet holds budget: its bare month columns are budget months. */
export function titleSaysBudget(sheet: SheetGrid, headerRow: number): boolean {
  if (/budget/i.test(sheet.name)) return true;
  let budget = false;
  let outcome = false;
  for (let r = 0; r < headerRow; r++)
    for (const v of sheet.rows[r] ?? []) {
      const t = cellText(v).toLowerCase();
      if (/budget/.test(t)) budget = true;
      if (/utfall|bokfört|redovisat/.test(t)) outcome = true;
    }
  return budget && !outcome;
}
