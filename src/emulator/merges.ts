/** Range.merge and unmerge: Excel keeps the top-left value of a merged area and clears the rest. */
import { contains, intersects } from "./address";
import { EmulatorError } from "./errors";
import type { Execution } from "./execution";
import type { CellBlock, EmulatedSheet } from "./model";
import { withContent } from "./range-cells";
import { checkEditable } from "./sheet-rules";

export function mergeBlock(sheet: EmulatedSheet, block: CellBlock, across: boolean, exec: Execution): void {
  checkEditable(sheet, "cells", "Range.merge");
  const areas: CellBlock[] = across
    ? Array.from({ length: block.rowCount }, (_, r) => ({ ...block, row: block.row + r, rowCount: 1 }))
    : [block];
  let merges = sheet.merges;
  for (const area of areas) {
    if (area.rowCount * area.columnCount < 2) continue;
    const partial = merges.find((m) => intersects(m, area) && !contains(area, m));
    if (partial !== undefined)
      throw new EmulatorError(
        "MergedRangeConflict",
        "The range overlaps part of a merged area; unmerge it first.",
        "Range.merge",
      );
    merges = [...merges.filter((m) => !contains(area, m)), area];
    for (let r = area.row; r < area.row + area.rowCount; r++)
      for (let c = area.column; c < area.column + area.columnCount; c++) {
        if (r === area.row && c === area.column) continue;
        const old = sheet.cells.get(r, c);
        if (old !== undefined) exec.setCell(sheet, r, c, withContent(old, {}));
      }
  }
  exec.assign(sheet, "merges", merges);
}

export function unmergeBlock(sheet: EmulatedSheet, block: CellBlock, exec: Execution): void {
  checkEditable(sheet, "cells", "Range.unmerge");
  exec.assign(
    sheet,
    "merges",
    sheet.merges.filter((m) => !intersects(m, block)),
  );
}
