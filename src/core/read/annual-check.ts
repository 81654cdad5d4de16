import { formatMoney } from "../format";
import { issue } from "../messages";
import type { Money, Unit } from "../money";
import { unitScaleOre } from "../money";
import type { CellValue } from "../model/grid";
import { cellRef } from "../model/grid";
import type { Issue } from "../model/issue";
import type { CheckColumn } from "./deviation-check";
import { Disagreements, agreesAsShown, checkCellOre } from "./row-check";

export type AnnualCheckOptions = {
  readonly sheet: string;
  /** the sheet's unit: the total's cells are read in it, like the months */
  readonly unit: Unit;
  /** the column beside the budget months that totals them: `Helår`, `Totalt`, `Summa` */
  readonly total: CheckColumn;
};

/**
 * With a budget per month, the annual budget is the sum of the months; a `Helår` (`Totalt`, `Summa`)
 * column beside them is a check, not a second source. A row agrees when its total cell equals the sum
 * of its budget months (same sign) by the rule of agreesAsShown. An empty total cell, or one without a
 * number, is not checked; a row with every month empty sums to 0.
 *
 * Call checkRow once per data row (subtotal rows are the subtotal check's), after its months are
 * read; then issues() gives at most one warning: at the first disagreeing cell, with how many rows
 * disagree.
 */
export class AnnualCheck {
  private readonly tally = new Disagreements();
  private readonly scale: number;

  constructor(private readonly options: AnnualCheckOptions) {
    this.scale = unitScaleOre(options.unit);
  }

  /** `monthSum`: the row's budget months added, in öre as read (NaN when every month cell is empty). */
  checkRow(r: number, row: readonly CellValue[], monthSum: number): void {
    const shown = checkCellOre(row[this.options.total.col], this.options.unit, this.scale);
    if (shown !== shown) return;
    const months = monthSum === monthSum ? monthSum : 0;
    if (agreesAsShown(shown, months, this.scale)) this.tally.agree();
    else this.tally.disagree(r, shown, months, 0);
  }

  issues(): Issue[] {
    const t = this.tally;
    const { sheet, total } = this.options;
    if (t.count === 0) return [];
    return [
      issue(
        "annual-total-disagrees",
        {
          header: total.header.trim(),
          count: t.count,
          checked: t.checked,
          shown: formatMoney(t.firstShown as Money),
          months: formatMoney(t.firstA as Money),
        },
        { sheet, cell: cellRef(t.firstRow, total.col) },
      ),
    ];
  }
}
