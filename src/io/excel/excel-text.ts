import type { CellValue } from "../../core/model/grid";

/**
 * Excel runs a string written to `values` or `formulas` that begins with "=", "+", "-" or "@" as a
 * formula; a leading apostrophe makes it text (and is not part of the value). User text is written
 * through this, so it can never run.
 */
export function asExcelText(text: string): string {
  return /^[=+\-@']/.test(text) ? `'${text}` : text;
}

const ERROR_VALUES =
  /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/;

/** A value as office.js returns it to the engine's cell value: "" is empty, "#N/A" is an error value. */
export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") return ERROR_VALUES.test(v) ? { error: v } : v;
  return null;
}
