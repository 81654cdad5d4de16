import type { SheetUnit } from "../detect/sheet-units";
import { assumedUnitNote } from "../detect/sheet-units";
import type { Money } from "../money";
import type { Adjustment } from "../read/read-adjustments";
import type { Presentation } from "./cells";
import { amount, formula, ref, shownDeviation, text } from "./cells";
import type { ReportCell } from "./layout";

export const PERIOD_RESULT_LABEL = "Periodens resultat";

export const ADJUSTED_RESULT_LABEL = "Periodens resultat efter justeringar";

/** The column of the period's deviation in a figure table (D): the block's amounts stand under it. */
export const PERIOD_DEVIATION_COLUMN = 3;

export type AdjustmentBlock = {
  adjustments: readonly Adjustment[];
  /** the total's period deviation, and the same with every adjustment added (exact öre) */
  total: { periodDeviation: Money; adjustedPeriodDeviation: Money };
  /** the (1-based) row of the table's total, whose period deviation the block starts from */
  totalRow: number;
  /** the (1-based) row the block's first row lands on: an empty row that sets it off from the table */
  startRow: number;
  p: Presentation;
  /** the unit the adjustments sheet was read in: an assumed one is said under the block */
  unit?: SheetUnit;
};

/**
 * Under the level table: the period's result (a reference to the table's total), each adjustment on a
 * line of its own ("LSS: Upplupen semesterlöneskuld"), and "Periodens resultat efter justeringar", the
 * SUM of those lines with the exact adjusted result as its cached value. The adjustments stay beside
 * the outcome, never in it, and read in the deviation's sign: positive improves the result, whatever
 * sign the report shows costs in.
 */
export function adjustmentRows(block: AdjustmentBlock): (ReportCell | undefined)[][] {
  const { p, total } = block;
  const col = PERIOD_DEVIATION_COLUMN;
  // the label in A, the amount under the table's period deviation
  const line = (label: ReportCell, value: ReportCell): (ReportCell | undefined)[] => [
    label,
    ...Array<undefined>(col - 1).fill(undefined),
    value,
  ];
  const first = block.startRow + 1;
  const last = first + block.adjustments.length;
  const note = block.unit && assumedUnitNote(block.unit);
  return [
    [],
    line(
      text(PERIOD_RESULT_LABEL),
      formula(ref(col, block.totalRow), shownDeviation(total.periodDeviation, p), p, "deviation"),
    ),
    ...block.adjustments.map((a) =>
      line(
        text(a.text === "" ? a.level : `${a.level}: ${a.text}`, "textIndent"),
        amount(shownDeviation(a.amount, p), p, "deviation"),
      ),
    ),
    line(
      text(ADJUSTED_RESULT_LABEL, "textTotal"),
      formula(
        `SUM(${ref(col, first)}:${ref(col, last)})`,
        shownDeviation(total.adjustedPeriodDeviation, p),
        p,
        "deviation",
        "amountTotal",
      ),
    ),
    ...(note ? [[text(note, "note")]] : []),
  ];
}

/**
 * The block for a result, below its table (total in `totalRow`, the block from `startRow`); no rows
 * when it has no adjustments.
 */
export function adjustmentRowsOf(
  result: {
    adjustments: readonly Adjustment[];
    total: { periodDeviation: Money; adjustedPeriodDeviation: Money };
    sheetUnits: readonly SheetUnit[];
  },
  totalRow: number,
  startRow: number,
  p: Presentation,
): (ReportCell | undefined)[][] {
  const adjustments = result.adjustments;
  if (adjustments.length === 0) return [];
  const unit = result.sheetUnits.find((u) => u.role === "adjustments");
  return adjustmentRows({
    adjustments,
    total: result.total,
    totalRow,
    startRow,
    p,
    ...(unit ? { unit } : {}),
  });
}
