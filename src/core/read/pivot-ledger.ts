import type { SheetGrid } from "../model/grid";
import type { Issue } from "../model/issue";
import type { LedgerSheet } from "../settings/settings";
import type { Columns, LedgerContext } from "./ledger-cells";
import { planPivot } from "./pivot-plan";
import { lookupLevel } from "./read-level-mapping";

/** What a pivot's plan tells the ledger reader, row by row. */
export type PivotRows = {
  /** per zero-based sheet row: the level of a leaf row; undefined for every row not to be counted */
  levels: (string | undefined)[];
  /** the leaves' own labels are account numbers: their column is read as the account */
  accountColumn?: number;
  issues: readonly Issue[];
};

/** An account number as a pivot's leaf shows it: "3010", 4610. */
const ACCOUNT = /^\d{3,6}$/;

/**
 * Reads a PivotTable's output through its plan (pivot-plan.ts): the hierarchy comes from the numbers,
 * only leaves are counted, and each leaf belongs to its top-level row — the anslagsbindningsnivå, or a
 * key the mapping turns into one. Parents and the grand total were checked by the plan.
 */
export function pivotRows(
  sheet: SheetGrid,
  layout: LedgerSheet,
  cols: Columns,
  ctx: LedgerContext,
): PivotRows {
  const amountColumns = [...cols.fields, ...cols.months, ...cols.budgetMonths].filter(
    (c): c is number => c !== undefined,
  );
  const firstAmount = Math.min(...amountColumns);
  const labelColumns = cols.labels.filter((c) => c < firstAmount).sort((a, b) => a - b);
  const levels: (string | undefined)[] = [];
  if (labelColumns.length === 0 || amountColumns.length === 0) return { levels, issues: [] };
  const { plan, issues } = planPivot({
    sheet,
    headerRow: layout.headerRow - 1,
    labelColumns,
    amountColumns,
    unit: layout.unit,
  });
  if (!plan) return { levels, issues };
  const leaves = plan.rows.filter((p) => p.kind === "leaf");
  // the top level is the anslagsbindningsnivå unless a mapping says otherwise
  const mapped = (top: string): string => (ctx.mapping ? (lookupLevel(ctx.mapping, top) ?? top) : top);
  for (const leaf of leaves) levels[leaf.row] = mapped(leaf.topLabel);
  const accountsAtLeaves =
    cols.account === undefined &&
    plan.depth > 1 &&
    leaves.length > 0 &&
    leaves.every((l) => ACCOUNT.test(l.leafLabel));
  const last = labelColumns[labelColumns.length - 1];
  return { levels, issues, ...(accountsAtLeaves && last !== undefined ? { accountColumn: last } : {}) };
}
