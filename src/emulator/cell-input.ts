/**
 * What Excel stores when a value is written through Range.values or Range.formulas. Excel parses a
 * written string as if it were typed (the Range.values reference: "+", "-" and "=" start formulas;
 * ISO dates are stored as dates, locale-shaped ones stay text), which is where user text gets changed
 * or run, so it is modelled rather than stored verbatim:
 * - "=…" is a formula; "+…" and "-…" are formulas ("=+…", "=-…") unless the text is a number;
 * - "'…" is text, stored without the apostrophe (Excel's text prefix, consumed: office-js issue 6687);
 * - number-like text becomes a number, "5%" the number 0.05 (formatted "0%"), "TRUE"/"FALSE" a boolean,
 *   an ISO date ("2024-06-30", optionally with "hh:mm[:ss]") a date serial (formatted as a date);
 * - in a cell formatted as text ("@") everything is stored as text, formulas and apostrophes included
 *   (what Excel does with a leading apostrophe in a text cell is not documented: the adapter never
 *   writes one there, and the emulator keeps it so that a test notices if it did).
 * Currencies, month names, fractions and locale-shaped numbers and dates are not parsed (they stay text).
 */
import { EmulatorError, invalidArgument } from "./errors";
import type { CellScalar } from "./model";

/**
 * The content a write leaves in a cell; "skip" leaves the cell as it was (null in the array).
 * `numberFormat` is the format Excel gives the cell along with the value (a date's, a percentage's).
 */
export type CellContent = { value?: CellScalar; formula?: string; numberFormat?: string } | "skip";

/** Excel's limits: characters in a cell, and in a formula. */
const MAX_TEXT = 32_767;
const MAX_FORMULA = 8_192;

const NUMBER = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?`;
const PLAIN_NUMBER = new RegExp(String.raw`^\s*${NUMBER}\s*$`);
const PERCENTAGE = new RegExp(String.raw`^\s*(${NUMBER})\s*%\s*$`);
const ISO_DATE = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$/;

export function toCellContent(
  input: unknown,
  numberFormat: string | undefined,
  location: string,
): CellContent {
  if (input === null || input === undefined) return "skip";
  if (typeof input === "boolean") return { value: input };
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      throw invalidArgument(`${String(input)} is not a value Excel can store.`, location);
    return { value: input };
  }
  if (typeof input !== "string")
    throw invalidArgument("A cell value must be a number, a string or a boolean.", location);
  if (input.length > MAX_TEXT)
    throw invalidArgument(`A cell holds at most ${MAX_TEXT} characters.`, location);
  if (input === "") return {};
  if (numberFormat === "@") return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  const typed = typedValue(input, numberFormat);
  if (typed !== undefined) return typed;
  if (input.startsWith("=")) return formula(input, location);
  if (input.startsWith("+") || input.startsWith("-")) return formula(`=${input}`, location);
  return { value: input };
}

/** A string that Excel reads as a number, a percentage, a date or a boolean, as typing it would. */
function typedValue(input: string, numberFormat: string | undefined): CellContent | undefined {
  // A number past Excel's range (about 1E+308) is not one: it stays text.
  if (PLAIN_NUMBER.test(input)) return Number.isFinite(Number(input)) ? { value: Number(input) } : undefined;
  const percentage = PERCENTAGE.exec(input);
  if (percentage) {
    const number = percentage[1] ?? "";
    const value = Number(number) / 100;
    if (numberFormat !== undefined) return { value };
    return { value, numberFormat: number.includes(".") ? "0.00%" : "0%" };
  }
  const date = isoDate(input);
  if (date !== undefined) {
    if (numberFormat !== undefined && isDateFormat(numberFormat)) return { value: date.serial };
    return { value: date.serial, numberFormat: date.withTime ? "yyyy-mm-dd hh:mm" : "yyyy-mm-dd" };
  }
  if (/^(true|false)$/i.test(input)) return { value: input.toUpperCase() === "TRUE" };
  return undefined;
}

const DAY_MS = 86_400_000;

/**
 * The Excel serial of an ISO date (days since 1899-12-30; before 1 March 1900 one less, because Excel
 * counts a 29 February 1900 that never was). Undefined for text that is no date Excel can store.
 */
function isoDate(input: string): { serial: number; withTime: boolean } | undefined {
  const m = ISO_DATE.exec(input);
  if (!m) return undefined;
  const [year, month, day, hours, minutes, seconds] = m.slice(1, 7).map((p) => Number(p ?? 0));
  if (year === undefined || month === undefined || day === undefined) return undefined;
  if (year < 1900 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return undefined;
  const [h, min, s] = [hours ?? 0, minutes ?? 0, seconds ?? 0];
  if (h > 23 || min > 59 || s > 59) return undefined;
  let serial = (date.getTime() - Date.UTC(1899, 11, 30)) / DAY_MS;
  if (serial < 61) serial -= 1;
  return { serial: serial + (h * 3600 + min * 60 + s) / 86_400, withTime: m[4] !== undefined };
}

/** A number format that shows a date or a time (its codes outside quotes and brackets). */
function isDateFormat(format: string): boolean {
  const codes = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[ymdhs]/i.test(codes);
}

function formula(text: string, location: string): CellContent {
  if (text.trim() === "=") throw invalidArgument("The formula is empty.", location);
  if (text.length > MAX_FORMULA)
    throw new EmulatorError(
      "FormulaLengthExceedsLimit",
      "The formula is longer than Excel allows.",
      location,
    );
  const value = constantValue(text.slice(1).trim());
  return value === undefined ? { formula: text } : { formula: text, value };
}

/**
 * The value of a formula that is a constant ("=12", "=\"text\"", "=TRUE"). Anything else is left unknown:
 * the emulator computes nothing.
 */
function constantValue(body: string): CellScalar | undefined {
  if (PLAIN_NUMBER.test(body)) return Number(body);
  if (/^(true|false)$/i.test(body)) return body.toUpperCase() === "TRUE";
  const m = /^"((?:[^"]|"")*)"$/.exec(body);
  return m === null ? undefined : (m[1] ?? "").replace(/""/g, '"');
}
