import type { Unit } from "../money";
import type { CellValue } from "../model/grid";
import { readAmount, wholeOre } from "../values/parse-amount";

/**
 * A cell that is read only to check the figures against (an input `Avvikelse`, a `Helår` beside the
 * budget months), in öre; NaN when it is empty or holds no number. Such a column is never input, so an
 * unreadable cell in it (a dash, #N/A) is no error and no issue: it has nothing to check.
 */
export function checkCellOre(value: CellValue | undefined, unit: Unit, scale: number): number {
  const ore = wholeOre(value, scale);
  if (ore === ore || value === null || value === undefined) return ore;
  if (typeof value === "string" && value.trim() === "") return NaN;
  const reading = readAmount(value, unit);
  return reading.ok ? reading.money : NaN;
}

/**
 * The rule for a check cell and the figure it should equal, both in öre; `scale` is öre per unit of
 * the sheet (100 for kr, 100 000 for tkr, 100 000 000 for mkr).
 *
 * They agree when they are equal to the öre, or when the cell holds fewer decimals than öre — in the
 * sheet's unit, and counting at most down to whole units — and the computed figure, rounded half away
 * from zero to that many decimals, equals it. So in a tkr sheet a deviation typed as 1 920 agrees with
 * 1 919,6 tkr computed from amounts with decimals, and 1 919,6 agrees with 1 919,62, but 1 920 does
 * not agree with 1 919,4, and in kronor 1 234,50 does not agree with 1 234,56. The decimals are those
 * the value carries (trailing zeros do not count: the grid holds values, not formats), so the rule
 * forgives at most half of the last digit written, and never more than half a unit of the sheet.
 */
export function agreesAsShown(shown: number, computed: number, scale: number): boolean {
  if (shown === computed) return true;
  let step = scale;
  while (step > 1 && shown % step !== 0) step /= 10;
  return step > 1 && roundToStep(computed, step) === shown;
}

/** `ore` rounded half away from zero to a multiple of `step` (a power of ten), in integers. */
function roundToStep(ore: number, step: number): number {
  const rest = ore % step; // the sign of `ore`, exact for integers below 2^53
  const down = ore - rest;
  if (2 * Math.abs(rest) < step) return down;
  return ore < 0 ? down - step : down + step;
}

/**
 * The disagreeing rows of one check column: how many rows were checked, how many disagreed, and the
 * first that did (its row, and the figures its message shows). Kept to a few numbers so that a
 * sheet where every row disagrees costs no more than one where none does.
 */
export class Disagreements {
  checked = 0;
  count = 0;
  /** zero-based row of the first disagreeing cell; -1 while none */
  firstRow = -1;
  /** the first disagreeing cell's value and the (at most two) figures it was compared with, in öre */
  firstShown = 0;
  firstA = 0;
  firstB = 0;

  agree(): void {
    this.checked++;
  }

  /** Numbers, not an array: a sheet where every row disagrees allocates nothing per row. */
  disagree(row: number, shown: number, a: number, b: number): void {
    this.checked++;
    if (this.count++ === 0) {
      this.firstRow = row;
      this.firstShown = shown;
      this.firstA = a;
      this.firstB = b;
    }
  }
}
