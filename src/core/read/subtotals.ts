import { formatMoney } from "../format";
import { issue } from "../messages";
import type { Money } from "../money";
import type { Issue } from "../model/issue";
import { subtotalSubject } from "../values/subtotal-label";

type Sums = Float64Array;

/**
 * Checks the user's own subtotal rows against the data rows of the same sheet, in the sheet's sign
 * and unit. A subtotal agrees when it equals the rows since the previous subtotal, all rows above
 * it, or the rows of the level it names. A data row adds to its level's sums only; all rows and the
 * rows since the last subtotal are worked out from those when a subtotal row comes (integer öre add
 * up exactly in any order).
 */
export class SubtotalChecker {
  private readonly byLevel = new Map<string, Sums>();
  /** the data rows with no level */
  private readonly unleveled: Sums;
  /** all rows at the previous subtotal: the rows since are all rows minus these */
  private blockStart: Sums;

  constructor(
    private readonly sheet: string,
    private readonly fieldCount: number,
  ) {
    this.unleveled = new Float64Array(fieldCount);
    this.blockStart = new Float64Array(fieldCount);
  }

  /** The running sums of `level`'s data rows, to pass to addDataRow. */
  levelSums(level: string): Sums {
    let sums = this.byLevel.get(level);
    if (!sums) {
      sums = new Float64Array(this.fieldCount);
      this.byLevel.set(level, sums);
    }
    return sums;
  }

  /**
   * Adds a data row's amounts of the fields below `fieldEnd` (the others are zero in every row);
   * `levelSums` from levelSums(), undefined for a row with no level.
   */
  addDataRow(levelSums: Sums | undefined, raw: Float64Array, fieldEnd: number): void {
    const sums = levelSums ?? this.unleveled;
    for (let f = 0; f < fieldEnd; f++) sums[f] = (sums[f] ?? 0) + (raw[f] ?? 0);
  }

  /** `shown[f]` is the subtotal's amount of field f (undefined where its cell is empty); `cells[f]` its A1 reference. */
  checkSubtotal(
    label: string,
    level: string | undefined,
    shown: readonly (number | undefined)[],
    cells: readonly string[],
  ): Issue | undefined {
    const all = this.unleveled.slice();
    for (const sums of this.byLevel.values())
      for (let f = 0; f < all.length; f++) all[f] = (all[f] ?? 0) + (sums[f] ?? 0);
    const block = all.map((v, f) => v - (this.blockStart[f] ?? 0));
    this.blockStart = all;
    const named =
      this.byLevel.get(subtotalSubject(label)) ?? (level === undefined ? undefined : this.byLevel.get(level));
    const candidates = [block, all, ...(named ? [named] : [])];
    const agrees = (sums: Sums): boolean => shown.every((v, f) => v === undefined || v === sums[f]);
    const ok = candidates.some(agrees);
    const reference = named ?? (/^tot/i.test(label.trim()) ? all : block);
    if (ok) return undefined;
    const f = shown.findIndex((v, i) => v !== undefined && v !== reference[i]);
    const field = f < 0 ? 0 : f;
    return issue(
      "subtotal-mismatch",
      {
        label: label.trim(),
        shown: formatMoney((shown[field] ?? 0) as Money),
        computed: formatMoney((reference[field] ?? 0) as Money),
      },
      { sheet: this.sheet, cell: cells[field] ?? "" },
    );
  }
}
