import type { PivotRows } from "./pivot-rows";
import { PrefixIndex } from "./pivot-rows";
import type { Context, Mismatch, Placement, State } from "./pivot-steps";
import { EMPTY, closeFrom, mismatch, place, same } from "./pivot-steps";

/** One consistent reading of the rows: a placement per entry, leaves at `depth`. */
export type Reading = {
  readonly depth: number;
  readonly placements: readonly Placement[];
  readonly mismatches: readonly Mismatch[];
  /** the leaves add up to the grand total, or there is none */
  readonly totalAgrees: boolean;
};

export type SearchOutcome =
  | { readonly kind: "one"; readonly reading: Reading }
  /** no reading at any depth; `stuckAt` is the entry the furthest attempt could not place */
  | { readonly kind: "none"; readonly stuckAt: number }
  /** two readings that count differently; `differAt` is the first entry they disagree on */
  | { readonly kind: "several"; readonly differAt: number }
  /** the search gave up before it could tell whether the reading is unique */
  | { readonly kind: "too-many" };

type Frame = {
  readonly depth: number;
  readonly next: number;
  readonly state: State;
  readonly placed?: Placement;
};

/**
 * Finds every way to read the entries as a pivot whose leaves all sit at one of `depths` (a tree
 * written in order, each parent above or — as a subtotal row — below its children) and reports one,
 * none or several. Readings whose leaves add up to the grand total come first: another reading
 * counts only when none does. A depth-first search over the few places where the numbers allow a
 * choice; running sums drop a choice as soon as no later run of rows could add up to what it needs,
 * so a consistent pivot is read in about one pass per depth. `budget` bounds the steps for sheets
 * that are not.
 */
export function searchPivot(
  rows: PivotRows,
  labelCount: number,
  fields: number,
  depths: readonly number[],
): SearchOutcome {
  const entries = rows.entries;
  const n = entries.length;
  const ctx: Context = {
    labelCount,
    fields,
    index: new PrefixIndex(entries, fields),
    subjects: rows.subjects,
  };
  const placements: Placement[] = new Array<Placement>(n);
  const budget = 100 * n + 10_000;
  let steps = 0;
  let stuckAt = 0;
  /** [readings that agree with the grand total, readings that do not] */
  const found = [new Found(), new Found()] as const;
  const frames: Frame[] = [...depths].reverse().map((depth) => ({ depth, next: 0, state: EMPTY }));
  for (let frame = frames.pop(); frame; frame = frames.pop()) {
    const d = frame.depth;
    let { next, state } = frame;
    if (frame.placed) placements[next - 1] = frame.placed;
    for (;;) {
      if (++steps > budget) return { kind: "too-many" };
      const entry = entries[next];
      if (!entry) {
        steps += n;
        const reading = finish(state, d, placements, rows, ctx);
        if (!reading) stuckAt = Math.max(stuckAt, n - 1);
        else found[reading.totalAgrees ? 0 : 1].add(reading);
        if (found[0].differAt !== undefined) return { kind: "several", differAt: found[0].differAt };
        break;
      }
      const options = place(entry, next, state, d, ctx);
      const first = options[0];
      if (!first) {
        stuckAt = Math.max(stuckAt, next);
        break;
      }
      for (let o = options.length - 1; o >= 1; o--) {
        const other = options[o];
        if (other) frames.push({ depth: d, next: next + 1, state: other.state, placed: other.placement });
      }
      placements[next] = first.placement;
      state = first.state;
      next++;
    }
  }
  for (const f of found) {
    if (f.differAt !== undefined) return { kind: "several", differAt: f.differAt };
    if (f.first) return { kind: "one", reading: f.first };
  }
  return { kind: "none", stuckAt };
}

/** The first reading of a kind, and where a second one that counts differently departs from it. */
class Found {
  first: Reading | undefined;
  differAt: number | undefined;

  add(reading: Reading): void {
    if (!this.first) this.first = reading;
    else if (this.differAt === undefined) {
      const at = firstDifference(this.first.placements, reading.placements);
      if (at >= 0) this.differAt = at;
    }
  }
}

/** The reading once every row is placed: all groups close, and the grand total is checked against the leaves. */
function finish(
  state: State,
  depth: number,
  placements: readonly Placement[],
  rows: PivotRows,
  ctx: Context,
): Reading | undefined {
  const closed = closeFrom(state, 1, ctx);
  if (!closed || placements.length === 0) return undefined;
  let mismatches = closed.mismatches;
  let totalAgrees = true;
  const total = rows.grandTotal;
  if (total) {
    const leaves = new Float64Array(ctx.fields);
    placements.forEach((p, i) => {
      const values = rows.entries[i]?.values;
      if (p.kind === "leaf" && values)
        for (let f = 0; f < ctx.fields; f++) leaves[f] = (leaves[f] ?? 0) + (values[f] ?? 0);
    });
    totalAgrees = same(total.values, leaves);
    if (!totalAgrees)
      mismatches = { head: mismatch(total.row, total.label, total.values, leaves), tail: mismatches };
  }
  const list: Mismatch[] = [];
  for (let m = mismatches; m; m = m.tail) list.push(m.head);
  return { depth, placements: [...placements], mismatches: list.reverse(), totalAgrees };
}

function firstDifference(a: readonly Placement[], b: readonly Placement[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y || x.kind !== y.kind || x.topId !== y.topId) return i;
  }
  return -1;
}
