/**
 * Range.valueTypes (ExcelApi 1.1): the type of each cell's value, Excel.RangeValueType. It is the one
 * way the Excel JavaScript API tells an error from a text, since Range.values gives an error as its
 * text ("Cells that contain an error will return the error string", the Range.values reference): a
 * cell holding the text "#N/A" and one holding the error #N/A read the same in values.
 */
import type { EmulatedCell } from "./model";

/** Excel.RangeValueType as the emulator gives it ("Integer" and "RichValue" it never gives). */
export type RangeValueType = "Boolean" | "Double" | "Empty" | "Error" | "String" | "Unknown";

/**
 * The cell's type: a number is "Double" whether whole or not, as current Excel gives it; a formula
 * whose result the emulator does not know is "Unknown" (its value reads as null, see range-cells.ts).
 */
export function valueTypeOf(cell: EmulatedCell | undefined): RangeValueType {
  const v = cell?.value;
  if (v === undefined) return cell?.formula !== undefined ? "Unknown" : "Empty";
  if (cell?.error === true) return "Error";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  // An empty text is no value, unless a formula gave it (="" is text, as ISTEXT says).
  return v === "" && cell?.formula === undefined ? "Empty" : "String";
}
