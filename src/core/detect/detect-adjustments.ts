import type { Unit } from "../money";
import type { SheetGrid } from "../model/grid";
import { columnLetter } from "../model/grid";
import type { AdjustmentsSheet } from "../settings/settings";
import { normalizeHeader } from "../values/normalize-text";
import type { HeaderRow } from "./detect-header-row";

/** "Justering", "Justeringar", "Justeringar 2024": a header that says the sheet holds adjustments. */
const ADJUSTMENT_HEADER = /^justering(ar)?(?![\p{L}])/u;

/** The text column of an adjustments sheet: "Justering", "Text", "Beskrivning", "Förklaring". */
const TEXT_HEADER = /^(justering(ar)?|text|beskrivning|benämning|förklaring(ar)?)(?![\p{L}])/u;

/** An adjustments sheet's columns (0-based) and the unit its amount header names. */
export type AdjustmentColumns = { level: number; text: number; amount: number; unit?: Unit };

/**
 * Whether the sheet holds adjustments (justeringar), and in which columns. Its columns are those of an
 * explanations sheet (level, text, amount), so what decides is the sheet's name ("Justeringar") or a
 * header "Justering": without either the sheet stays an explanations sheet. Undefined when neither
 * says so, or when a level, a text or an amount column is missing.
 */
export function adjustmentColumns(sheet: SheetGrid, header: HeaderRow): AdjustmentColumns | undefined {
  const raw = (sheet.rows[header.row] ?? []).map((v) => (typeof v === "string" ? normalizeHeader(v) : ""));
  const named = /justering/i.test(sheet.name);
  if (!named && !raw.some((h) => ADJUSTMENT_HEADER.test(h))) return undefined;
  const level = header.cells.find((c) => c.reading.meaning.kind === "level");
  const amount = header.cells.find((c) => c.reading.meaning.kind === "explanationAmount");
  const text = raw.findIndex((h, col) => col !== level?.col && col !== amount?.col && TEXT_HEADER.test(h));
  if (!level || !amount || text < 0) return undefined;
  return {
    level: level.col,
    text,
    amount: amount.col,
    ...(amount.reading.unit ? { unit: amount.reading.unit } : {}),
  };
}

/** The settings of a detected adjustments sheet; no unit when neither its header nor a note states one. */
export function adjustmentsSettings(
  sheet: SheetGrid,
  headerRow: number,
  columns: AdjustmentColumns,
  statedUnit: Unit | undefined,
): AdjustmentsSheet {
  // the amount's own header first ("Belopp (tkr)"), then a note above the header
  const unit = columns.unit ?? statedUnit;
  return {
    name: sheet.name,
    role: "adjustments",
    headerRow: headerRow + 1,
    ...(unit ? { unit } : {}),
    columns: {
      level: columnLetter(columns.level),
      text: columnLetter(columns.text),
      amount: columnLetter(columns.amount),
    },
  };
}
