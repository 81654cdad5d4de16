import Decimal from "decimal.js";
import { issue } from "../messages";
import type { CellValue, SheetGrid } from "../model/grid";
import { cellRef, cellText, columnIndex, isBlank, isCellError } from "../model/grid";
import type { Issue } from "../model/issue";
import type { KeyFiguresSheet } from "../settings/settings";
import { readKeyFigureHeader } from "../detect/key-figure-headers";
import { parseSwedishNumber } from "../values/parse-number";

/**
 * One key figure (nyckeltal): a measure in its own unit (places, care days, households, per cent),
 * never money. Values are exact decimal strings ("1234.5"), null where the sheet has none.
 */
export type KeyFigure = {
  name: string;
  unit: string | null;
  plan: string | null;
  outcome: string | null;
  lastYearOutcome: string | null;
  forecast: string | null;
  lastYearAnnual: string | null;
  sheet: string;
  /** the name's cell */
  cell: string;
};

export const KEY_FIGURE_VALUES = [
  "plan",
  "outcome",
  "lastYearOutcome",
  "forecast",
  "lastYearAnnual",
] as const;

export type KeyFigureValue = (typeof KEY_FIGURE_VALUES)[number];

/** "–", "-", "..", "…": the statistics' marks for nothing to report or not available. */
const NO_VALUE = /^([-\u2012\u2013\u2014\u2212]+|\.\.|\u2026)$/;

type ValueReading =
  | { ok: true; value: string | null; percent: boolean }
  | { ok: false; code: "key-figure-not-a-number" | "key-figure-error-value"; shown: string };

/**
 * Reads a key figures sheet: one key figure per row with a name and at least one value. A row of only
 * a name is a heading ("Äldreomsorg") and a repeated header row is passed over. A value that is not a
 * number is left out with a warning naming its cell: a measure is not money, and one bad cell should
 * not stop the budget report.
 */
export function readKeyFigures(
  sheet: SheetGrid,
  layout: KeyFiguresSheet,
): { keyFigures: KeyFigure[]; issues: Issue[] } {
  const nameCol = columnIndex(layout.columns.name) ?? 0;
  const unitCol = layout.columns.unit === undefined ? undefined : columnIndex(layout.columns.unit);
  const cols = KEY_FIGURE_VALUES.map((k) => {
    const letter = layout.columns[k];
    return letter === undefined ? undefined : columnIndex(letter);
  });
  const keyFigures: KeyFigure[] = [];
  const issues: Issue[] = [];
  for (let r = layout.headerRow; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    const cells = cols.map((c) => (c === undefined ? null : (row[c] ?? null)));
    if (cells.every((v) => isBlank(v)) || isHeaderAgain(cells)) continue;
    const name = cellText(row[nameCol]);
    if (name === "") {
      issues.push(
        issue("key-figure-name-missing", undefined, { sheet: sheet.name, cell: cellRef(r, nameCol) }),
      );
      continue;
    }
    const statedUnit = unitCol === undefined ? "" : cellText(row[unitCol]);
    const readings = cells.map((v) => readValue(v, statedUnit));
    readings.forEach((reading, i) => {
      if (!reading.ok)
        issues.push(
          issue(
            reading.code,
            { shown: reading.shown, name },
            { sheet: sheet.name, cell: cellRef(r, cols[i] ?? 0) },
          ),
        );
    });
    const value = (i: number): string | null => {
      const reading = readings[i];
      return reading?.ok ? reading.value : null;
    };
    const percent = readings.some((x) => x.ok && x.percent);
    keyFigures.push({
      name,
      // "12,5 %" in a row without a unit says the unit itself
      unit: statedUnit !== "" ? statedUnit : percent ? "%" : null,
      plan: value(0),
      outcome: value(1),
      lastYearOutcome: value(2),
      forecast: value(3),
      lastYearAnnual: value(4),
      sheet: sheet.name,
      cell: cellRef(r, nameCol),
    });
  }
  return { keyFigures, issues };
}

/** Every key figures sheet of the workbook, in order: what the engine reads from Sources.keyFigures. */
export function readKeyFigureSheets(sheets: readonly { sheet: SheetGrid; layout: KeyFiguresSheet }[]): {
  keyFigures: KeyFigure[];
  issues: Issue[];
} {
  const read = sheets.map((s) => readKeyFigures(s.sheet, s.layout));
  return { keyFigures: read.flatMap((r) => r.keyFigures), issues: read.flatMap((r) => r.issues) };
}

/**
 * One value as an exact decimal string: a number as the spreadsheet shows it (15 significant digits,
 * as money.ts reads amounts), Swedish text ("1 234,5", "−3", "12,5 %"), the row's own unit after the
 * number ("120 st") allowed. Empty and the statistics' dashes are null.
 */
export function readValue(v: CellValue | undefined, unit = ""): ValueReading {
  if (isBlank(v) || v === undefined || v === null) return { ok: true, value: null, percent: false };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { ok: false, code: "key-figure-not-a-number", shown: String(v) };
    return { ok: true, value: new Decimal(v.toPrecision(15)).toFixed(), percent: false };
  }
  if (isCellError(v)) return { ok: false, code: "key-figure-error-value", shown: v.error };
  if (typeof v === "boolean")
    return { ok: false, code: "key-figure-not-a-number", shown: v ? "SANT" : "FALSKT" };
  const text = v.trim();
  if (NO_VALUE.test(text)) return { ok: true, value: null, percent: false };
  let number = text;
  const lower = unit.trim().toLowerCase();
  if (lower !== "" && lower !== "%" && number.toLowerCase().endsWith(lower))
    number = number.slice(0, number.length - lower.length);
  const percent = /%\s*$/.test(number);
  if (percent) number = number.replace(/%\s*$/, "");
  const decimal = parseSwedishNumber(number);
  if (decimal === undefined) return { ok: false, code: "key-figure-not-a-number", shown: text };
  return { ok: true, value: new Decimal(decimal).toFixed(), percent };
}

/** A header repeated under the first (a second table, a printed page's header): its cells read as figure headers. */
function isHeaderAgain(cells: readonly CellValue[]): boolean {
  const texts = cells.filter((v): v is string => typeof v === "string" && v.trim() !== "");
  return texts.length > 0 && texts.every((t) => readKeyFigureHeader(t) !== undefined);
}
