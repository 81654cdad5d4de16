import { formatMoney } from "../format";
import { issue } from "../messages";
import type { Money } from "../money";
import type { Issue } from "../model/issue";

const SUBTOTAL_LABEL = /^(summa|s:a|totalt|total)(?=$|[\s:.,-])/i;

/** "Summa Hälsa, vård och omsorg", "S:a LSS", "Totalt": a row that sums others, not data. */
export function isSubtotalLabel(text: string): boolean {
  return SUBTOTAL_LABEL.test(text.trim());
}

/** What follows the subtotal word: "Summa Hälsa, vård och omsorg" → "Hälsa, vård och omsorg". */
export function subtotalSubject(text: string): string {
  return text
    .trim()
    .replace(SUBTOTAL_LABEL, "")
    .replace(/^[\s:.,-]+/, "")
    .trim();
}

type Sums = number[];

/**
 * Checks the user's own subtotal rows against the data rows of the same sheet, in the sheet's sign
 * and unit. A subtotal agrees when it equals the rows since the previous subtotal, all rows above
 * it, or the rows of the level it names.
 */
export class SubtotalChecker {
  private readonly all: Sums;
  private block: Sums;
  private readonly byLevel = new Map<string, Sums>();

  constructor(
    private readonly sheet: string,
    private readonly fieldCount: number,
  ) {
    this.all = new Array<number>(fieldCount).fill(0);
    this.block = new Array<number>(fieldCount).fill(0);
  }

  addDataRow(level: string | undefined, raw: readonly number[]): void {
    let levelSums = level === undefined ? undefined : this.byLevel.get(level);
    if (level !== undefined && !levelSums) {
      levelSums = new Array<number>(this.fieldCount).fill(0);
      this.byLevel.set(level, levelSums);
    }
    for (let f = 0; f < this.fieldCount; f++) {
      const v = raw[f] ?? 0;
      this.all[f] = (this.all[f] ?? 0) + v;
      this.block[f] = (this.block[f] ?? 0) + v;
      if (levelSums) levelSums[f] = (levelSums[f] ?? 0) + v;
    }
  }

  /** `shown[f]` is the subtotal's amount of field f (undefined where its cell is empty); `cells[f]` its A1 reference. */
  checkSubtotal(
    label: string,
    level: string | undefined,
    shown: readonly (number | undefined)[],
    cells: readonly string[],
  ): Issue | undefined {
    const named =
      this.byLevel.get(subtotalSubject(label)) ?? (level === undefined ? undefined : this.byLevel.get(level));
    const candidates = [this.block, this.all, ...(named ? [named] : [])];
    const agrees = (sums: Sums): boolean => shown.every((v, f) => v === undefined || v === sums[f]);
    const ok = candidates.some(agrees);
    const reference = named ?? (/^tot/i.test(label.trim()) ? this.all : this.block);
    this.block = new Array<number>(this.fieldCount).fill(0);
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
