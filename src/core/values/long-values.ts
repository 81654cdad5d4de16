import type { CellValue } from "../model/grid";
import { monthFromWord } from "../model/period";

/**
 * The values of long ("tidy") data's kind, period and year cells, read the same way by the scan that
 * decides what they mean and by the reader that adds the amounts. A period is coded as one number,
 * YYYYMM (year × 100 + month), so that the hot loop compares numbers: year 0 when the cell states no
 * year ("augusti", 8), NaN when the cell is no period.
 */

/** The kind cell's value as a key: "Prognos  2" and "prognos 2" are one kind. Empty for a blank cell. */
export function kindKey(value: CellValue | undefined): string {
  if (typeof value === "string") return value.trim().toLowerCase().replace(/\s+/g, " ");
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

/** "2024-08", "2024-08-01", "2024-08-01T00:00:00", "2024/8", "2024M08", "202408", "20240801" */
const NUMERIC_PERIOD = /^(\d{4})(?:[-/.m]?(\d{2})|[-/.m](\d))(?:[-/.]?\d{1,2})?(?:[t ][\d:.]+z?)?$/;
/** "augusti", "aug.", "aug 2024", "augusti-24", "2024 augusti" */
const NAMED_MONTH = /^(?:(\d{4}) )?([a-zåäö]{3,9})\.?(?:[ -]?(\d{4}|\d{2}))?$/;

const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

/**
 * A period cell as YYYYMM: a number 202408 (or 20240801), text as above, ISO date text (the command
 * line turns date cells into "ÅÅÅÅ-MM-DD"), an Excel date serial (45505: the pane passes date cells
 * below the titles as serials), a month's name with or without a year, or a month's number 1–12 (year
 * 0). NaN for anything else, a blank cell included.
 */
export function periodCode(value: CellValue | undefined): number {
  if (typeof value === "number") return numberPeriod(value);
  if (typeof value !== "string") return NaN;
  const text = value.trim().toLowerCase();
  if (text === "") return NaN;
  if (/^\d{1,2}$/.test(text)) return numberPeriod(Number(text));
  const numeric = NUMERIC_PERIOD.exec(text);
  if (numeric?.[1]) return code(Number(numeric[1]), Number(numeric[2] ?? numeric[3]));
  const named = NAMED_MONTH.exec(text);
  const month = named?.[2] ? monthFromWord(named[2]) : undefined;
  if (!named || month === undefined) return NaN;
  const yearText = named[1] ?? named[3];
  if (named[1] && named[3]) return NaN;
  if (yearText === undefined) return month;
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  return code(year, month);
}

/**
 * Excel's date serials of 1950–2099: a date cell as the pane's reader passes it when it did not read
 * the cell's format (only titles' formats are read). Five digits, so never a YYYYMM (six), a year (four)
 * or a month (one or two): the rule decides, nothing is guessed.
 */
const FIRST_SERIAL = 18_264;
const LAST_SERIAL = 73_050;
/** Day 0 of Excel's 1900 date system (1899-12-30, past its phantom 29 February 1900). */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

function numberPeriod(n: number): number {
  if (n >= FIRST_SERIAL && n < LAST_SERIAL + 1) {
    const date = new Date(SERIAL_EPOCH + Math.floor(n) * 86_400_000);
    return code(date.getUTCFullYear(), date.getUTCMonth() + 1);
  }
  if (!Number.isInteger(n)) return NaN;
  if (n >= 1 && n <= 12) return n;
  if (n >= MIN_YEAR * 100 && n <= MAX_YEAR * 100 + 12) return code(Math.floor(n / 100), n % 100);
  if (n >= MIN_YEAR * 10_000 && n <= MAX_YEAR * 10_000 + 1231) {
    const day = n % 100;
    return day >= 1 && day <= 31 ? code(Math.floor(n / 10_000), Math.floor(n / 100) % 100) : NaN;
  }
  return NaN;
}

function code(year: number, month: number): number {
  if (month < 1 || month > 12 || year < MIN_YEAR || year > MAX_YEAR) return NaN;
  return year * 100 + month;
}

/** A year cell ("År": 2024 or "2024"); 0 when it states none. */
export function yearCode(value: CellValue | undefined): number {
  const n = typeof value === "number" ? value : typeof value === "string" ? Number(value.trim()) : NaN;
  return Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR ? n : 0;
}

/**
 * A period code that states no year (a month 1–12) with the year of the row's year cell, or else the
 * one its kind value names ("Budget 2024"); still year 0 when neither does.
 */
export function withYear(month: number, yearCell: number, kindYear: number): number {
  return month + 100 * (yearCell || kindYear);
}

/** The month (1–12) of a period code. */
export function monthOf(period: number): number {
  return period % 100;
}

/** The year of a period code; 0 when it states none. */
export function yearOf(period: number): number {
  return Math.floor(period / 100);
}
