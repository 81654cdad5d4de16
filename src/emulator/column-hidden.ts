/**
 * Range.columnHidden (ExcelApi 1.2): whether a range's columns are hidden. A column is hidden whole, so
 * the range's rows do not matter. Hiding is formatting columns, which protection may forbid.
 */
import type { Execution } from "./execution";
import type { RangeTarget } from "./range-cells";
import { booleanArg, checkEditable } from "./sheet-rules";

/** True when all of the range's columns are hidden, false when none is, null when some are. */
export function columnHiddenOf(t: RangeTarget): boolean | null {
  const hidden = new Set(t.sheet.hiddenColumns ?? []);
  let count = 0;
  for (let c = t.block.column; c < t.block.column + t.block.columnCount; c++) if (hidden.has(c)) count += 1;
  return count === 0 ? false : count === t.block.columnCount ? true : null;
}

export function setColumnHidden(t: RangeTarget, exec: Execution, value: unknown): void {
  const hide = booleanArg(value, "Range.columnHidden");
  checkEditable(t.sheet, "formatColumns", "Range.columnHidden");
  const hidden = new Set(t.sheet.hiddenColumns ?? []);
  for (let c = t.block.column; c < t.block.column + t.block.columnCount; c++) {
    if (hide) hidden.add(c);
    else hidden.delete(c);
  }
  exec.assign(
    t.sheet,
    "hiddenColumns",
    [...hidden].sort((a, b) => a - b),
  );
}
