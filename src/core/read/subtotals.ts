import { formatMoney } from "../format";
import { issue } from "../messages";
import type { Money } from "../money";
import type { Issue } from "../model/issue";

const SUBTOTAL_LABEL = /^(totalsumma|grand\s+total|summa|s:a|totalt|total)(?=$|[\s:.,-])/i;

/** "Total" before a lower-case word: the Swedish adjective ("Total renovering"), not a sum (no `i` flag: it would fold the case of \p{Ll}). */
const TOTAL_ADJECTIVE = /^[Tt][Oo][Tt][Aa][Ll]\s+\p{Ll}/u;

/**
 * A PivotTable's subtotal names its item first: "Barn och unga Summa", "Barn och unga Total", "LSS
 * Totalt". Only a capitalised word counts (no `i` flag): at the end of a sentence the word is lower
 * case, and an explanation "Kostnaderna ökar med 2 mnkr totalt" is data.
 */
const SUFFIX_TOTAL = /[\s:,-]+(Summa|SUMMA|Totalt|TOTALT|Total|TOTAL)[\s:.]*$/u;

/** What is left of "Summa totalt" once its first word is gone: the grand total has no subject. */
const TOTAL_WORD_ONLY = /^(totalsumma|totalt|total)[\s:.]*$/i;

/**
 * "Summa Hälsa, vård och omsorg", "S:a LSS", "Totalt", "Total", "Total: LSS", "Total HVO", and a
 * PivotTable's "Totalsumma", "Grand Total", "Barn och unga Summa": a row that sums others, not data.
 * The one rule for every reader. "Summa", "S:a", "Totalt" and "Totalsumma" are the Swedish words for
 * a sum whatever follows them; "Total" is one alone, before punctuation or before a name (a capital or
 * a digit), but not before a lower-case word, where it is the adjective: a project "Total renovering"
 * is data. After a name, a capitalised "Summa", "Total" or "Totalt" ends a pivot's subtotal label.
 */
export function isSubtotalLabel(text: string): boolean {
  const t = text.trim();
  if (SUBTOTAL_LABEL.test(t)) return !TOTAL_ADJECTIVE.test(t);
  const m = SUFFIX_TOTAL.exec(t);
  return m !== null && /[\p{L}\p{N})]/u.test(t.slice(0, m.index));
}

/**
 * What the subtotal sums: "Summa Hälsa, vård och omsorg" and "Barn och unga Summa" give the level's
 * name; a grand total ("Totalt", "Totalsumma", "Grand Total", "Summa totalt") gives "".
 */
export function subtotalSubject(text: string): string {
  const t = text.trim();
  if (SUBTOTAL_LABEL.test(t)) {
    const rest = t
      .replace(SUBTOTAL_LABEL, "")
      .replace(/^[\s:.,-]+/, "")
      .trim();
    return TOTAL_WORD_ONLY.test(rest) ? "" : rest;
  }
  const m = SUFFIX_TOTAL.exec(t);
  return m === null ? t : t.slice(0, m.index).trim();
}

/** A PivotTable's label for an empty item: "(tom)" in Swedish Excel, "(blank)" in English. */
export function isBlankItem(text: string): boolean {
  return /^\((tom|blank)\)$/i.test(text.trim());
}

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

  /** Adds a data row's amounts; `levelSums` from levelSums(), undefined for a row with no level. */
  addDataRow(levelSums: Sums | undefined, raw: Float64Array): void {
    const sums = levelSums ?? this.unleveled;
    for (let f = 0; f < this.fieldCount; f++) sums[f] = (sums[f] ?? 0) + (raw[f] ?? 0);
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
