import type { Unit } from "../money";
import type { CellValue, SheetGrid } from "../model/grid";
import { cellText, isBlank } from "../model/grid";
import { readAmount } from "../values/parse-amount";
import { isSubtotalLabel, subtotalSubject } from "../values/subtotal-label";

/** One row of a pivot below its header that takes part in the hierarchy. */
export type PivotEntry = {
  /** zero-based sheet row */
  readonly row: number;
  /** "subtotal": a row labelled as the sum of a group ("Barn och unga Summa"); "item": any other */
  readonly kind: "item" | "subtotal";
  /** trimmed text per label column, "" where blank */
  readonly labels: readonly string[];
  /** index (into the label columns) of the rightmost label, -1 when the row has none */
  readonly position: number;
  /** the text at `position`: the row's own label */
  readonly label: string;
  /** öre per amount field; null when every amount cell is blank (a heading: a parent without a subtotal) */
  readonly values: Float64Array | null;
  /** a subtotal row's subject as a key (see labelKey); "" for items */
  readonly subject: string;
};

/** The rows of a pivot sorted out, before its hierarchy is known. */
export type PivotRows = {
  readonly entries: readonly PivotEntry[];
  /** the grand total row ("Totalsumma", "Grand Total"), if any, with its amounts */
  readonly grandTotal:
    { readonly row: number; readonly label: string; readonly values: Float64Array } | undefined;
  /** rows under the grand total that are not blank: not part of the pivot */
  readonly outside: readonly { readonly row: number; readonly hasAmount: boolean }[];
  /** the keys (labelKey) of every subtotal row's subject */
  readonly subjects: ReadonlySet<string>;
};

/** Labels compared as a pivot writes them: case and runs of spaces aside. */
export function labelKey(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * Sorts the rows below `headerRow` into entries, the grand total and what lies under it. A row with
 * nothing in the label and amount columns is skipped. An amount cell that does not read as a number counts as 0 here:
 * the ledger reader reports it at its cell.
 */
export function collectPivotRows(
  sheet: SheetGrid,
  headerRow: number,
  labelColumns: readonly number[],
  amountColumns: readonly number[],
  unit: Unit,
): PivotRows {
  const entries: PivotEntry[] = [];
  const outside: { row: number; hasAmount: boolean }[] = [];
  const subjects = new Set<string>();
  let grandTotal: PivotRows["grandTotal"];
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r];
    if (!cells) continue;
    const labels = labelColumns.map((c) => cellText(cells[c]));
    let position = -1;
    for (let i = labels.length - 1; i >= 0 && position < 0; i--) if (labels[i] !== "") position = i;
    const hasAmount = amountColumns.some((c) => !isBlank(cells[c]));
    if (position < 0 && !hasAmount) continue;
    if (grandTotal) {
      outside.push({ row: r, hasAmount });
      continue;
    }
    const label = position < 0 ? "" : (labels[position] ?? "");
    const values = hasAmount ? readValues(cells, amountColumns, unit) : null;
    const subtotal = label !== "" && isSubtotalLabel(label);
    const subject = subtotal ? subtotalSubject(label) : "";
    if (subtotal && subject === "") {
      grandTotal = { row: r, label, values: values ?? new Float64Array(amountColumns.length) };
      continue;
    }
    if (subtotal) subjects.add(labelKey(subject));
    entries.push({
      row: r,
      kind: subtotal ? "subtotal" : "item",
      labels,
      position,
      label,
      values,
      subject: subtotal ? labelKey(subject) : "",
    });
  }
  return { entries, grandTotal, outside, subjects };
}

function readValues(cells: readonly CellValue[], amountColumns: readonly number[], unit: Unit): Float64Array {
  const values = new Float64Array(amountColumns.length);
  amountColumns.forEach((c, f) => {
    const reading = readAmount(cells[c], unit);
    values[f] = reading.ok ? reading.money : 0;
  });
  return values;
}

/**
 * Running sums of the entries' amounts, to ask in O(fields) whether some later run of rows adds up to
 * a given amount: prefix(i) is the sum of entries 0..i-1, and `reaches(from, target)` is true when
 * prefix(q) − prefix(from) = target for some q > from. The search uses it to drop a reading of the
 * rows as soon as the numbers rule it out, instead of following it to the last row.
 */
export class PrefixIndex {
  private readonly prefix: Float64Array[] = [];
  /** the last q at which each prefix occurs */
  private readonly last = new Map<string, number>();

  constructor(
    entries: readonly PivotEntry[],
    private readonly fields: number,
  ) {
    let running = new Float64Array(fields);
    this.prefix.push(running);
    this.last.set(key(running), 0);
    entries.forEach((e, i) => {
      if (e.values) {
        const next = running.slice();
        for (let f = 0; f < fields; f++) next[f] = (next[f] ?? 0) + (e.values[f] ?? 0);
        running = next;
      }
      this.prefix.push(running);
      this.last.set(key(running), i + 1);
    });
  }

  /** Whether the entries from `from` up to some later q add up to `times` × `target`. */
  reaches(from: number, target: Float64Array, times = 1): boolean {
    const start = this.prefix[from];
    if (!start) return false;
    const wanted = new Float64Array(this.fields);
    for (let f = 0; f < this.fields; f++) wanted[f] = (start[f] ?? 0) + times * (target[f] ?? 0);
    return (this.last.get(key(wanted)) ?? -1) > from;
  }
}

function key(sums: Float64Array): string {
  return sums.join(",");
}
