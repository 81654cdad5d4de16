import { issue } from "../messages";
import type { Unit } from "../money";
import { unitScaleOre } from "../money";
import type { CellValue } from "../model/grid";
import { cellRef } from "../model/grid";
import type { Issue } from "../model/issue";
import { readAmount, wholeOre } from "../values/parse-amount";

/**
 * Reads a ledger row's amount cells to öre, remembering for the row whether one was unreadable (an
 * issue naming its cell) and for the sheet how many were rounded to the öre.
 */
export class AmountReader {
  /** the current row: an amount could not be read */
  bad = false;
  rounded = 0;
  firstRounded = "";
  /** the sum of |amount| over the month cells summed, for the proof of exactness (LedgerTotals) */
  magnitude = 0;
  private row = 0;
  private readonly scale: number;

  constructor(
    private readonly sheet: string,
    private readonly unit: Unit,
    private readonly issues: Issue[],
  ) {
    this.scale = unitScaleOre(unit);
  }

  startRow(row: number): void {
    this.row = row;
    this.bad = false;
  }

  /**
   * The amount of the cell in column `col`, in öre; NaN when empty or unreadable (a number, not
   * undefined, so that the hot loop stays in doubles). The hot loop takes whole öre itself (wholeOre).
   */
  read(value: CellValue | undefined, col: number): number {
    const ore = wholeOre(value, this.scale);
    if (ore === ore) return ore;
    if (value === null || value === undefined) return NaN;
    if (typeof value === "string" && value.trim() === "") return NaN;
    const reading = readAmount(value, this.unit);
    if (!reading.ok) {
      const place = { sheet: this.sheet, cell: cellRef(this.row, col) };
      this.issues.push(issue(`amount-${reading.problem}`, { shown: reading.shown }, place));
      this.bad = true;
      return NaN;
    }
    if (reading.rounded && this.rounded++ === 0) this.firstRounded = cellRef(this.row, col);
    return reading.money;
  }

  /** The sum of the amounts in `cols` (month columns); NaN when all are empty or unreadable. */
  sum(row: readonly CellValue[], cols: readonly number[]): number {
    let total = NaN;
    for (const c of cols) {
      const v = this.read(row[c], c);
      if (v === v) {
        total = total === total ? total + v : v;
        this.magnitude += v < 0 ? -v : v;
      }
    }
    return total;
  }
}
