import type { PivotEntry } from "./pivot-rows";
import type { PrefixIndex } from "./pivot-rows";
import { labelKey } from "./pivot-rows";

/** Where one entry sits in a reading of the pivot. */
export type Placement = {
  readonly kind: "leaf" | "parent";
  /** 1 is the top level */
  readonly depth: number;
  /** the labels from the top level down to this row's own */
  readonly path: readonly string[];
  /** which top-level group the row belongs to: two readings that agree on kind and group count the same */
  readonly topId: number;
};

/** A parent whose stated amounts are not those of the leaves under it. */
export type Mismatch = {
  readonly row: number;
  readonly label: string;
  readonly shown: Float64Array;
  readonly computed: Float64Array;
};

/**
 * A group of the hierarchy that is still open. `fixed`: placed by the label columns (an outline
 * parent, a tabular group), so its sum is checked and a difference is a warning; otherwise placed by
 * the numbers alone, so a difference rules the reading out.
 */
type Node = {
  readonly depth: number;
  readonly label: string;
  readonly key: string;
  readonly row: number;
  readonly value: Float64Array | null;
  readonly leafSum: Float64Array;
  readonly children: number;
  readonly fixed: boolean;
  readonly topId: number;
  readonly path: readonly string[];
};

export type List<T> = { readonly head: T; readonly tail: List<T> } | null;

export type State = { readonly stack: readonly Node[]; readonly mismatches: List<Mismatch> };

export type Option = { readonly state: State; readonly placement: Placement };

export type Context = {
  readonly labelCount: number;
  readonly fields: number;
  readonly index: PrefixIndex;
  readonly subjects: ReadonlySet<string>;
};

export const EMPTY: State = { stack: [], mismatches: null };

export function place(entry: PivotEntry, i: number, state: State, d: number, ctx: Context): Option[] {
  const opened = openNamedGroups(entry, i, state, ctx);
  if (!opened) return [];
  return entry.kind === "subtotal" ? closeGroup(entry, opened, ctx) : placeItem(entry, i, opened, d, ctx);
}

/** The label column that fixes a row's depth: any but the last, where a compact layout may nest. */
function fixedDepth(entry: PivotEntry, ctx: Context): number | undefined {
  return ctx.labelCount >= 2 && entry.position >= 0 && entry.position < ctx.labelCount - 1
    ? entry.position + 1
    : undefined;
}

/**
 * Tabular form and repeated labels: a label left of the row's own names the group the row is in.
 * The same label as the open group's continues it; another closes it and opens the one named.
 */
function openNamedGroups(entry: PivotEntry, i: number, state: State, ctx: Context): State | undefined {
  let s: State | undefined = state;
  const upTo = Math.min(entry.position, ctx.labelCount - 1);
  for (let c = 0; c < upTo && s; c++) {
    const text = entry.labels[c] ?? "";
    if (text === "" || s.stack[c]?.key === labelKey(text)) continue;
    s = closeFrom(s, c + 1, ctx);
    if (!s || s.stack.length !== c) return undefined;
    s = { ...s, stack: push(s.stack, text, entry.row, null, true, -(i + 1), ctx) };
  }
  return s;
}

function placeItem(entry: PivotEntry, i: number, state: State, d: number, ctx: Context): Option[] {
  const fixed = fixedDepth(entry, ctx);
  const open = state.stack.length;
  const lo = fixed ?? (ctx.labelCount >= 2 ? ctx.labelCount : 1);
  // a label alone is a parent without a subtotal, except in the last of several label columns: a leaf with no amounts
  const canBeLeaf = entry.values !== null || ctx.labelCount >= 2;
  const hi = fixed ?? Math.min(open + 1, canBeLeaf ? d : d - 1);
  const waiting = open > 0 && state.stack[open - 1]?.children === 0;
  const options: Option[] = [];
  for (let k = lo; k <= hi; k++) {
    if (k > open + 1 || (waiting && k !== open + 1)) continue;
    const s = k <= open ? closeFrom(state, k, ctx) : state;
    if (!s) continue;
    // a group left open although its children already add up: the rows still to come in it sum to 0
    const complete = s.stack.some((nd) => !nd.fixed && nd.value !== null && same(nd.value, nd.leafSum));
    if (complete && !ctx.index.reaches(i, new Float64Array(ctx.fields))) continue;
    if (k === d) {
      const parent = s.stack[s.stack.length - 1];
      const stack = addLeaf(s.stack, entry.values ?? new Float64Array(ctx.fields));
      const path = [...(parent?.path ?? []), entry.label];
      options.push({
        state: { ...s, stack },
        placement: { kind: "leaf", depth: k, path, topId: s.stack[0]?.topId ?? i },
      });
      continue;
    }
    // a parent placed by the numbers: some run of the rows below must add up to it (once per level below that carries sums)
    const values = entry.values;
    if (fixed === undefined && values && !reachesAny(ctx.index, i + 1, values, d - k)) continue;
    const stack = push(s.stack, entry.label, entry.row, values, fixed !== undefined, i, ctx);
    const node = stack[stack.length - 1];
    if (node)
      options.push({
        state: { ...s, stack },
        placement: { kind: "parent", depth: k, path: node.path, topId: node.topId },
      });
  }
  return options;
}

function reachesAny(index: PrefixIndex, from: number, target: Float64Array, levels: number): boolean {
  for (let t = 1; t <= levels; t++) if (index.reaches(from, target, t)) return true;
  return false;
}

/** A subtotal row below its group ("Barn och unga Summa"): closes the group it names, or one its sum fits. */
function closeGroup(entry: PivotEntry, state: State, ctx: Context): Option[] {
  const fixed = fixedDepth(entry, ctx);
  const named = state.stack.filter((nd) => nd.key === entry.subject).map((nd) => nd.depth);
  const byLabel = fixed !== undefined || named.length > 0;
  const targets =
    fixed !== undefined
      ? [fixed]
      : named.length > 0
        ? named.reverse()
        : state.stack.map((nd) => nd.depth).reverse();
  const options: Option[] = [];
  for (const j of targets) {
    const s = closeFrom(state, j + 1, ctx);
    const node = s?.stack[j - 1];
    if (!s || !node || node.children === 0) continue;
    let mismatches = s.mismatches;
    if (node.value && !same(node.value, node.leafSum)) {
      if (!node.fixed) continue;
      mismatches = { head: mismatch(node.row, node.label, node.value, node.leafSum), tail: mismatches };
    }
    if (entry.values && !same(entry.values, node.leafSum)) {
      if (!byLabel && !node.fixed) continue;
      mismatches = { head: mismatch(entry.row, entry.label, entry.values, node.leafSum), tail: mismatches };
    }
    options.push({
      state: { stack: s.stack.slice(0, j - 1), mismatches },
      placement: { kind: "parent", depth: j, path: node.path, topId: node.topId },
    });
  }
  return options;
}

/** Closes the open groups at `depth` and deeper; undefined when one of them cannot close here. */
export function closeFrom(state: State, depth: number, ctx: Context): State | undefined {
  let stack = state.stack;
  let mismatches = state.mismatches;
  for (let node = stack[stack.length - 1]; node && node.depth >= depth; node = stack[stack.length - 1]) {
    if (node.children === 0) return undefined;
    // a heading whose subtotal row comes below its children is closed by that row only
    if (!node.fixed && node.value === null && ctx.subjects.has(node.key)) return undefined;
    if (node.value && !same(node.value, node.leafSum)) {
      if (!node.fixed) return undefined;
      mismatches = { head: mismatch(node.row, node.label, node.value, node.leafSum), tail: mismatches };
    }
    stack = stack.slice(0, -1);
  }
  return { stack, mismatches };
}

function push(
  stack: readonly Node[],
  label: string,
  row: number,
  value: Float64Array | null,
  fixed: boolean,
  id: number,
  ctx: Context,
): readonly Node[] {
  const parent = stack[stack.length - 1];
  const node: Node = {
    depth: stack.length + 1,
    label,
    key: labelKey(label),
    row,
    value,
    leafSum: new Float64Array(ctx.fields),
    children: 0,
    fixed,
    topId: stack[0]?.topId ?? id,
    path: [...(parent?.path ?? []), label],
  };
  if (!parent) return [node];
  return [...stack.slice(0, -1), { ...parent, children: parent.children + 1 }, node];
}

/** Adds a leaf to every open group's sum and to its parent's children. */
function addLeaf(stack: readonly Node[], values: Float64Array): readonly Node[] {
  return stack.map((node, i) => {
    const leafSum = node.leafSum.slice();
    for (let f = 0; f < leafSum.length; f++) leafSum[f] = (leafSum[f] ?? 0) + (values[f] ?? 0);
    return { ...node, leafSum, children: i === stack.length - 1 ? node.children + 1 : node.children };
  });
}

export function mismatch(row: number, label: string, shown: Float64Array, computed: Float64Array): Mismatch {
  return { row, label, shown, computed: computed.slice() };
}

export function same(a: Float64Array, b: Float64Array): boolean {
  for (let f = 0; f < a.length; f++) if (a[f] !== b[f]) return false;
  return true;
}
