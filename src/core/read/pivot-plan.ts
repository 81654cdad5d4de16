import { formatMoney } from "../format";
import { issue } from "../messages";
import type { Money, Unit } from "../money";
import type { SheetGrid } from "../model/grid";
import { cellRef } from "../model/grid";
import type { Issue } from "../model/issue";
import type { PivotEntry, PivotRows } from "./pivot-rows";
import { collectPivotRows } from "./pivot-rows";
import type { Reading } from "./pivot-search";
import type { Mismatch } from "./pivot-steps";
import { searchPivot } from "./pivot-search";
import { isBlankItem } from "../values/subtotal-label";

/**
 * What a row of a PivotTable's output is. "leaf": a row to count. "parent": a group's row — its
 * subtotal above its children, a subtotal row below them ("Barn och unga Summa"), or a label alone —
 * already checked against the leaves under it, never counted. "grandTotal": "Totalsumma" / "Grand
 * Total", checked, never counted. "blank": nothing in its label and amount columns. "outside": under
 * the grand total, not part of the pivot.
 */
export type PivotRowKind = "leaf" | "parent" | "grandTotal" | "blank" | "outside";

export type PivotPlanRow = {
  /** zero-based sheet row */
  readonly row: number;
  readonly kind: PivotRowKind;
  /** 1 is the top level; a leaf's depth is the plan's; 0 for grandTotal, blank and outside */
  readonly depth: number;
  /** leaf and parent: the labels from the top level down to the row's own; "" for "(tom)" / "(blank)" */
  readonly labels: readonly string[];
  /** labels[0], "" when none: the anslagsbindningsnivå, or the key a mapping turns into one */
  readonly topLabel: string;
  /** the row's own label, the last of labels (a leaf's account, say) */
  readonly leafLabel: string;
};

export type PivotPlan = {
  /** the depth of every leaf: the number of row fields in the pivot */
  readonly depth: number;
  /** one per sheet row from the one under the header to the sheet's last, in order */
  readonly rows: readonly PivotPlanRow[];
};

export type PivotPlanInput = {
  readonly sheet: SheetGrid;
  /** zero-based row of the pivot's header ("Radetiketter", "Summa av Budget 2024", …) */
  readonly headerRow: number;
  /**
   * zero-based label columns, left to right: one in compact form ("Radetiketter"), one per row field
   * in outline and tabular form
   */
  readonly labelColumns: readonly number[];
  /** zero-based columns of the amounts ("Summa av …"): every one is checked */
  readonly amountColumns: readonly number[];
  /** the unit the sheet's amounts are in */
  readonly unit: Unit;
};

/** A plan, or none and an error saying why; warnings for parents whose children do not add up either way. */
export type PivotPlanResult = { readonly plan: PivotPlan | undefined; readonly issues: readonly Issue[] };

/**
 * Reads the hierarchy of a PivotTable's output, pasted as values, from its numbers: every leaf of a
 * pivot sits at the same depth, and a parent carries the sum of the leaves under it. Label columns
 * left of the last fix a row's depth (outline and tabular form), and a parent placed so whose sum
 * differs is a warning naming its cell. Within the last label column (compact form) the depth is
 * found from the numbers alone, trying 2–4 levels (more with more label columns): the one reading in
 * which every such parent equals its leaves exactly, in every amount field, in öre. No reading, or
 * two that would count differently, is an error and no plan: never a guess; when readings differ,
 * one whose leaves add up to the grand total wins over those that do not. An amount cell that is not
 * a number counts as 0 here (the ledger reader reports it). Linear in the rows for a consistent
 * pivot; a search budget refuses (as ambiguous) a sheet that would take more.
 */
export function planPivot(input: PivotPlanInput): PivotPlanResult {
  const { sheet, headerRow, labelColumns, amountColumns, unit } = input;
  if (labelColumns.length === 0 || amountColumns.length === 0)
    throw new RangeError("planPivot needs at least one label column and one amount column");
  const rows = collectPivotRows(sheet, headerRow, labelColumns, amountColumns, unit);
  const lowest = Math.max(2, labelColumns.length);
  const highest = Math.max(4, labelColumns.length + 2);
  const depths = Array.from({ length: highest - lowest + 1 }, (_, i) => lowest + i);
  const outcome = searchPivot(rows, labelColumns.length, amountColumns.length, depths);
  const place = { sheet: sheet.name };
  const labelCell = (entry: PivotEntry | undefined): string =>
    entry
      ? cellRef(entry.row, labelColumns[Math.max(entry.position, 0)] ?? 0)
      : cellRef(headerRow, labelColumns[0] ?? 0);
  const outsideIssues = rows.outside
    .filter((o) => o.hasAmount)
    .map((o) =>
      issue("pivot-after-grand-total", undefined, { ...place, cell: cellRef(o.row, labelColumns[0] ?? 0) }),
    );
  const refusal = (i: Issue): PivotPlanResult => ({ plan: undefined, issues: [i, ...outsideIssues] });
  switch (outcome.kind) {
    case "none":
      return refusal(
        issue(
          "pivot-levels-unknown",
          { depths: `${lowest}–${highest}` },
          { ...place, cell: labelCell(rows.entries[outcome.stuckAt]) },
        ),
      );
    case "several":
      return refusal(
        issue("pivot-levels-ambiguous", undefined, {
          ...place,
          cell: labelCell(rows.entries[outcome.differAt]),
        }),
      );
    case "too-many":
      return refusal(issue("pivot-levels-ambiguous", undefined, { ...place, cell: labelCell(undefined) }));
    case "one":
      break;
  }
  const reading = outcome.reading;
  const mismatches = reading.mismatches.map((m) => mismatchIssue(m, amountColumns, sheet.name));
  return { plan: planOf(reading, rows, sheet, headerRow), issues: [...mismatches, ...outsideIssues] };
}

function planOf(reading: Reading, rows: PivotRows, sheet: SheetGrid, headerRow: number): PivotPlan {
  const byRow = new Map<number, PivotPlanRow>();
  rows.entries.forEach((entry, i) => {
    const p = reading.placements[i];
    if (!p) return;
    const labels = p.path.map((l) => (isBlankItem(l) ? "" : l));
    byRow.set(entry.row, {
      row: entry.row,
      kind: p.kind,
      depth: p.depth,
      labels,
      topLabel: labels[0] ?? "",
      leafLabel: labels[labels.length - 1] ?? "",
    });
  });
  const bare = (row: number, kind: PivotRowKind): PivotPlanRow => ({
    row,
    kind,
    depth: 0,
    labels: [],
    topLabel: "",
    leafLabel: "",
  });
  if (rows.grandTotal) byRow.set(rows.grandTotal.row, bare(rows.grandTotal.row, "grandTotal"));
  for (const o of rows.outside) byRow.set(o.row, bare(o.row, "outside"));
  const planRows: PivotPlanRow[] = [];
  for (let r = headerRow + 1; r < sheet.rows.length; r++) planRows.push(byRow.get(r) ?? bare(r, "blank"));
  return { depth: reading.depth, rows: planRows };
}

/** The warning for a parent, at its first amount cell that differs from its leaves. */
function mismatchIssue(m: Mismatch, amountColumns: readonly number[], sheet: string): Issue {
  let f = m.shown.findIndex((v, i) => v !== m.computed[i]);
  if (f < 0) f = 0;
  return issue(
    "pivot-parent-mismatch",
    {
      label: m.label,
      shown: formatMoney((m.shown[f] ?? 0) as Money),
      computed: formatMoney((m.computed[f] ?? 0) as Money),
    },
    { sheet, cell: cellRef(m.row, amountColumns[f] ?? 0) },
  );
}
