import type { CellValue } from "../model/grid";

/** Values remembered per cache at most: a column of a million distinct texts is read without one. */
const MAX_ENTRIES = 50_000;

/**
 * What a label cell's value means (its account code, its level, whether it names Kommunbidrag),
 * worked out once per distinct value: a ledger repeats a few hundred texts over its rows, and the last
 * value is checked first, as sorted ledgers repeat it row after row. Only strings and numbers are kept;
 * `compute` must depend on the value alone.
 */
export class ValueCache<T> {
  private readonly known = new Map<string | number, T>();
  private lastKey: string | number | undefined;
  private lastValue: T | undefined;

  constructor(private readonly compute: (value: CellValue | undefined) => T) {}

  get(value: CellValue | undefined): T {
    if (typeof value !== "string" && typeof value !== "number") return this.compute(value);
    if (value === this.lastKey) return this.lastValue as T;
    let found = this.known.get(value);
    if (found === undefined && !this.known.has(value)) {
      found = this.compute(value);
      if (this.known.size < MAX_ENTRIES) this.known.set(value, found);
    }
    this.lastKey = value;
    this.lastValue = found;
    return found as T;
  }
}
