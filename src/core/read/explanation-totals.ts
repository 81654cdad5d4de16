import type { Money, Unit } from "../money";
import { ZERO, add, toUnit } from "../money";
import { subtotalSubject } from "../values/subtotal-label";

/** Explanations counted since a heading or a total: their sum and how many. */
type Run = { sum: Money; count: number };

const EMPTY: Run = { sum: ZERO, count: 0 };

const key = (level: string): string => level.trim().toLowerCase();

/**
 * Tells a total row of an explanations list from an explanation that merely starts like one:
 * "Totalt HVO −400" under HVO's explanations sums them, but "Totalt sett lägre kostnader för tolkar 40"
 * explains 40 kr of the deviation. A row labelled like a sum (isSubtotalLabel) is a total when
 *  - its label is the word alone ("Summa") or names its level ("Totalt HVO", "Summa för HVO");
 *  - its amount is the sum of the level's explanations since its heading or its previous total, or of
 *    all explanations since the previous total of the list;
 *  - or its amount is the level's forecast deviation as far as the sheet writes it (−500 tkr for a
 *    deviation of −499 873 kr), with explanations above it: alone under its level, a row equal to the
 *    deviation is the one explanation of all of it, not a total.
 */
export class TotalRows {
  private readonly levels = new Map<string, Run>();
  private all: Run = EMPTY;

  constructor(private readonly unit: Unit) {}

  /** A total of the whole list (in the level column): what follows is counted afresh. */
  startSection(): void {
    this.levels.clear();
    this.all = EMPTY;
  }

  /** A level's heading, or its total: its explanations are counted afresh. */
  startLevel(level: string): void {
    this.levels.delete(key(level));
  }

  addExplanation(level: string, amount: Money): void {
    const run = this.levels.get(key(level)) ?? EMPTY;
    this.levels.set(key(level), { sum: add(run.sum, amount), count: run.count + 1 });
    this.all = { sum: add(this.all.sum, amount), count: this.all.count + 1 };
  }

  /**
   * Whether the row labelled `label` under `level` is a total, by the rule above; `deviation` is the
   * level's forecast deviation, undefined when the level is none of the ledger's. A total starts the
   * count again. A total known by its words whose amount is neither the explanations above it nor the
   * deviation carries what they add up to (`differs`), for a warning: its own figure is not counted.
   */
  isTotal(
    label: string,
    amount: Money,
    level: string,
    deviation: Money | undefined,
  ): { total: boolean; differs?: Money } {
    const subject = subtotalSubject(label).replace(/^för\s+/i, "");
    const run = this.levels.get(key(level)) ?? EMPTY;
    const ofList = this.all.count > 0 && amount === this.all.sum;
    const byWords = subject === "" || key(subject) === key(level);
    const byAmount =
      run.count > 0 && (amount === run.sum || (deviation !== undefined && this.asWritten(amount, deviation)));
    const ofLevel = byWords || byAmount;
    const differs = byWords && !byAmount && !ofList && run.count > 0 ? run.sum : undefined;
    // a level's total also equals the list's while the list has only that level: the level's it is
    if (ofLevel) this.startLevel(level);
    else if (ofList) this.startSection();
    return { total: ofList || ofLevel, ...(differs !== undefined ? { differs } : {}) };
  }

  /** `deviation` rounded to as many decimals of the sheet's unit as `written` has equals it. */
  private asWritten(written: Money, deviation: Money): boolean {
    if (written === deviation) return true;
    // exact: one öre is 10^-8 mkr
    const shown = toUnit(written, this.unit, 8);
    return toUnit(deviation, this.unit, shown.decimalPlaces()).equals(shown);
  }
}
