/**
 * What Excel stores when a value is written through Range.values or Range.formulas. This is where
 * formula injection happens in real Excel, so it is modelled rather than stored verbatim:
 * - "=…" is a formula;
 * - "+…" and "-…" are formulas ("=+…", "=-…") unless the text is a plain number;
 * - "'…" is text, stored without the apostrophe (Excel's text prefix);
 * - number-like text becomes a number and "TRUE"/"FALSE" a boolean, as typing it would;
 * - in a cell formatted as text ("@") everything is stored as text, formulas included.
 * Dates, percentages, currencies and locale-shaped numbers are not parsed (they stay text).
 */
import { EmulatorError, invalidArgument } from "./errors";
import type { CellScalar } from "./model";

/** The content a write leaves in a cell; "skip" leaves the cell as it was (null in the array). */
export type CellContent = { value?: CellScalar; formula?: string } | "skip";

/** Excel's limits: characters in a cell, and in a formula. */
const MAX_TEXT = 32_767;
const MAX_FORMULA = 8_192;

const PLAIN_NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

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
  if (PLAIN_NUMBER.test(input)) return { value: Number(input) };
  if (/^(true|false)$/i.test(input)) return { value: input.toUpperCase() === "TRUE" };
  if (input.startsWith("=")) return formula(input, location);
  if (input.startsWith("+") || input.startsWith("-")) return formula(`=${input}`, location);
  return { value: input };
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
