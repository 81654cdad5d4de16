import { formatMoney } from "../format";
import { issue } from "../messages";
import type { Money, Unit } from "../money";
import { prorate, unitScaleOre } from "../money";
import type { CellValue } from "../model/grid";
import { cellRef } from "../model/grid";
import type { Issue } from "../model/issue";
import { Disagreements, agreesAsShown, checkCellOre } from "./row-check";

/**
 * Where a row's amounts sit in the reader's `raw`: the order of AMOUNT_FIELDS (compute/ledger-totals),
 * held to it by a test. Not imported, so that read/ leans no further on compute/.
 */
export const RAW_ANNUAL = 0;
export const RAW_PERIOD = 1;
export const RAW_OUTCOME = 2;
export const RAW_FORECAST = 3;

/** A column read only as a check: zero-based column and its header as written. */
export type CheckColumn = { readonly col: number; readonly header: string };

export type DeviationCheckOptions = {
  readonly sheet: string;
  /** the sheet's unit: the deviation cells are read in it, like the amounts */
  readonly unit: Unit;
  /** the input's deviation columns (`Avvikelse`, `Avv.`), never read as figures */
  readonly columns: readonly CheckColumn[];
  /**
   * With linear periodisation, the months of the period: a row's period budget is then months/12 of
   * its annual budget, rounded to the öre (as computeResult does for each sum). Leave it out when the
   * row's own period budget is in `raw` (a period-budget column, or the budget months summed).
   */
  readonly linearMonths?: number;
  /**
   * False when the sheet has no forecast: the full-year deviation cannot be had from the row (the
   * engine sets the forecast to the budget), so a cell agrees only with the period deviation.
   */
  readonly hasForecast: boolean;
};

/**
 * The input's own deviation columns, used as a row-by-row check of what was read: a row agrees when
 * its deviation cell equals the row's period deviation (period budget − outcome) or full-year
 * deviation (annual budget − forecast), in either sign — the input's sign convention and which way
 * round it subtracts are its own business — by the rule of agreesAsShown (to the öre, or as rounded to
 * the decimals the cell holds). An empty cell or one without a number is not checked. A disagreement
 * says a column may have been misread (a month taken for the period, a budget for a forecast).
 *
 * Call checkRow once per data row, after its amounts are read; subtotal rows are checked against the
 * data rows by the subtotal check and are not passed here. Then issues() gives one warning per
 * deviation column with a disagreeing row: at the first such cell, with how many rows disagree.
 */
export class DeviationCheck {
  private readonly cols: Int32Array;
  private readonly tallies: Disagreements[];
  private readonly scale: number;
  private readonly linearMonths: number;

  constructor(private readonly options: DeviationCheckOptions) {
    this.cols = Int32Array.from(options.columns, (c) => c.col);
    this.tallies = options.columns.map(() => new Disagreements());
    this.scale = unitScaleOre(options.unit);
    this.linearMonths = options.linearMonths ?? -1;
  }

  /**
   * `r`: the zero-based row; `row`: its cells; `raw`: its amounts in öre as read, before any sign is
   * turned, in the order annual budget, period budget, outcome, forecast (0 where a cell is empty).
   */
  checkRow(r: number, row: readonly CellValue[], raw: Float64Array): void {
    const annual = raw[RAW_ANNUAL] ?? 0;
    const outcome = raw[RAW_OUTCOME] ?? 0;
    const periodBudget =
      this.linearMonths >= 0 ? linearShare(annual, this.linearMonths) : (raw[RAW_PERIOD] ?? 0);
    const period = periodBudget - outcome;
    const year = this.options.hasForecast ? annual - (raw[RAW_FORECAST] ?? 0) : NaN;
    const cols = this.cols;
    for (let i = 0; i < cols.length; i++) {
      const shown = checkCellOre(row[cols[i] ?? 0], this.options.unit, this.scale);
      if (shown !== shown) continue;
      const tally = this.tallies[i];
      if (!tally) continue;
      // either sign: compare sizes (rounding half away from zero is the same on both sides of 0)
      const size = Math.abs(shown);
      const p = Math.abs(period);
      const y = Math.abs(year);
      if (
        size === p ||
        size === y ||
        agreesAsShown(size, p, this.scale) ||
        agreesAsShown(size, y, this.scale)
      )
        tally.agree();
      else tally.disagree(r, shown, period, year);
    }
  }

  issues(): Issue[] {
    const { sheet, columns, hasForecast } = this.options;
    const issues: Issue[] = [];
    this.tallies.forEach((t, i) => {
      const column = columns[i];
      if (t.count === 0 || !column) return;
      issues.push(
        issue(
          "deviation-column-disagrees",
          {
            header: column.header.trim(),
            count: t.count,
            checked: t.checked,
            shown: formatMoney(t.firstShown as Money),
            period: formatMoney(t.firstA as Money),
            fullYear: hasForecast ? formatMoney(t.firstB as Money) : undefined,
          },
          { sheet, cell: cellRef(t.firstRow, column.col) },
        ),
      );
    });
    return issues;
  }
}

/**
 * `annual` × months / 12, rounded half away from zero to the öre: prorate's figure, in integers while
 * the product is exact (the hot loop's case) and by prorate past that.
 */
export function linearShare(annual: number, months: number): number {
  const product = annual * months;
  if (!Number.isSafeInteger(product)) return prorate(annual as Money, months, 12);
  const rest = product % 12;
  const down = (product - rest) / 12;
  if (2 * Math.abs(rest) < 12) return down === 0 ? 0 : down;
  return product < 0 ? down - 1 : down + 1;
}
