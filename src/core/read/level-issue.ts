import { issue } from "../messages";
import type { CellValue } from "../model/grid";
import { cellRef, cellText, isBlank } from "../model/grid";
import type { Issue } from "../model/issue";
import type { Columns, LedgerContext } from "./ledger-cells";

/** Why a data row has no level: its level cell is empty, or its key is empty or not in the mapping. */
export function levelIssue(
  row: readonly CellValue[],
  r: number,
  cols: Columns,
  ctx: LedgerContext,
  sheet: string,
): Issue | undefined {
  if (cols.level !== undefined)
    return issue("level-missing", undefined, { sheet, cell: cellRef(r, cols.level) });
  if (!ctx.mapping || cols.key === undefined) return undefined;
  const place = { sheet, cell: cellRef(r, cols.key) };
  return isBlank(row[cols.key])
    ? issue("level-missing", undefined, place)
    : issue("level-unmapped", { key: cellText(row[cols.key]), dimension: ctx.mapping.dimension }, place);
}
