/**
 * Excel parses every string written to Range.values or Range.formulas as if it were typed: "=", "+",
 * "-" start formulas, and "010" becomes 10, "2024-06-30" a date, "TRUE" a boolean, "5%" 0.05 (the
 * Range.values reference names formulas and ISO dates; typing parses more shapes than anyone lists).
 * What the product writes is text and must stay that text: two ways keep it so.
 */

/** Excel's number format "Text": whatever is written into such a cell is stored as written, as text. */
export const TEXT_FORMAT = "@";

/** A text as one cell takes it: set `numberFormat` on the cell, then write `value`, in that order. */
export type ExcelTextCell = { value: string; numberFormat: string };

/**
 * How to write a user's text into a cell whose number format the writer sets: the cell is given the
 * text format "@" and the text goes in as it is, so nothing in it is parsed (no number, date, boolean
 * or formula). Queue the number format before the value: a batch's operations run in order, so the
 * value arrives in a text cell. The one exception is a text that begins with an apostrophe: what Excel
 * does with an apostrophe typed into a text cell is not documented, while in a General cell a leading
 * apostrophe is consumed as Excel's text prefix (office-js issue 6687), so such a text goes into a
 * General cell with one more apostrophe, and is read back as written.
 *
 * For a row: `range.numberFormat = [cells.map((c) => c.numberFormat)]; range.values = [cells.map((c) => c.value)]`;
 * a number's cell in the same row takes `null` in the number format row (null leaves a format as it is).
 */
export function excelTextCell(text: string): ExcelTextCell {
  return text.startsWith("'")
    ? { value: `'${text}`, numberFormat: "General" }
    : { value: text, numberFormat: TEXT_FORMAT };
}

/**
 * A text for a cell whose number format is General and stays so (the writer does not set it): the
 * apostrophe, Excel's text prefix, goes before every text, since anything Excel might parse (a number,
 * a date in any of its forms, a boolean, a formula) then stays text. It is consumed on write and not
 * part of the value read back (office-js issue 6687). Not for a cell formatted as text: there use
 * excelTextCell.
 */
export function asExcelText(text: string): string {
  return text === "" ? "" : `'${text}`;
}
